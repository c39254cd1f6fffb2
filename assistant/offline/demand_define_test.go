package offline

import (
	"testing"

	"github.com/marsad/marsad/retrieval/lang"
)

// Definitions and explanations go to the notes even when they name an
// indicator; the definition of an occupation is its profile; "the most in
// demand" phrased with talab/الطلب is a ranking of occupations.
func TestRoutingDefinitionsAndDemandPhrasings(t *testing.T) {
	cases := []routeCase{
		{"Comment le HCP définit-il le chômage ?", "fr", toolDocuments},
		{"quelle est la différence entre chômage et sous-emploi", "fr", toolDocuments},
		{"ما هو تعريف الشغل الناقص؟", "ar", toolDocuments},
		{"شنو معنى الشوماج؟ بغيت شرح", "ary", toolDocuments},
		{"chno lfar9 bin chomage w sous-emploi", "ary-Latn", toolDocuments},
		{"what is the definition of underemployment", "en", toolDocuments},
		{"عطيني تعريف ديال مهنة الفرملي", "ary", toolProfile},
		{"أريد وصفا لمهنة المحاسب", "ar", toolProfile},
		{"شنو هوما الخدمات اللي فيهم الطلب كتر ف طنجة", "ary", toolTop},
		{"ina metiers li fihom talab kter f rabat", "ary-Latn", toolTop},
		{"ما هي التكوينات التي تؤدي إلى مهنة كهربائي؟", "ar", toolTraining},
		// a figure asked stays an indicator question
		{"ch7al taux de chomage f 2024?", "ary-Latn", ""},
	}
	for _, c := range cases {
		q := understand(lang.Read(c.msg), now())
		_, got := followUpAny(q, readDemand(lang.Read(c.msg), q), refs{}, state{})
		if string(q.lang) != c.lang || got.tool != c.tool {
			t.Errorf("%q: lang %s, tool %q; want %s, %q", c.msg, q.lang, got.tool, c.lang, c.tool)
		}
	}
}
