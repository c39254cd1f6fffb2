package offline

import (
	"testing"

	"github.com/marsad/marsad/retrieval/lang"

	"github.com/marsad/marsad/tools"
)

// Explanations go to the notes even when they name an indicator, and so
// does the definition of anything but an indicator; the definition of an
// indicator is its own (tool "": indicator_series, opening on the
// definition); the definition of an occupation is its profile; "the most
// in demand" phrased with talab/الطلب is a ranking of occupations.
func TestRoutingDefinitionsAndDemandPhrasings(t *testing.T) {
	cases := []routeCase{
		{"Comment le HCP définit-il le chômage ?", "fr", ""},
		{"quelle est la différence entre chômage et sous-emploi", "fr", tools.NameSearchDocuments},
		{"ما هو تعريف الشغل الناقص؟", "ar", ""},
		{"شنو معنى الشوماج؟ بغيت شرح", "ary", tools.NameSearchDocuments},
		{"chno lfar9 bin chomage w sous-emploi", "ary-Latn", tools.NameSearchDocuments},
		{"what is the definition of underemployment", "en", ""},
		{"définition de l'emploi informel", "fr", ""},
		{"شنو معنى NEET", "ary", ""},
		{"How does HCP define informal employment? I need the official explanation, not numbers.", "en", tools.NameSearchDocuments},
		{"définition de la flexisécurité", "fr", tools.NameSearchDocuments},
		{"what is the meaning of flexicurity", "en", tools.NameSearchDocuments},
		{"عطيني تعريف ديال مهنة الفرملي", "ary", tools.NameOccupationProfile},
		{"أريد وصفا لمهنة المحاسب", "ar", tools.NameOccupationProfile},
		{"شنو هوما الخدمات اللي فيهم الطلب كتر ف طنجة", "ary", tools.NameTopOccupations},
		{"ina metiers li fihom talab kter f rabat", "ary-Latn", tools.NameTopOccupations},
		{"ما هي التكوينات التي تؤدي إلى مهنة كهربائي؟", "ar", tools.NameTrainingPaths},
		// a figure asked stays an indicator question
		{"ch7al taux de chomage f 2024?", "ary-Latn", ""},
	}
	for _, c := range cases {
		q := understand(lang.Read(c.msg), now())
		_, got := followUpAny(q, readMarketAsk(lang.Read(c.msg), q), refs{}, state{})
		if string(q.lang) != c.lang || got.tool != c.tool {
			t.Errorf("%q: lang %s, tool %q; want %s, %q", c.msg, q.lang, got.tool, c.lang, c.tool)
		}
	}
}
