package offline

import (
	"encoding/json"
	"github.com/marsad/marsad/retrieval/lang"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"

	"github.com/marsad/marsad/tools"
)

// TestSeekerRouting: a question about an occupation goes to the
// occupation's tools even when its words name an indicator (unless it asks
// a rate) or a ranking; a person looking for work gets ads; a salary asked
// is a profile question that opens on the salary; a field of work near a
// word of work is the trade, given to the tools as its code.
func TestSeekerRouting(t *testing.T) {
	cases := []struct {
		msg, tool, occupation string
		salary                bool
	}{
		{"chômage des électriciens", tools.NameOccupationProfile, "électriciens", false},
		{"je suis infirmière au chômage", tools.NameSearchJobAds, "infirmière", false},
		{"I'm an unemployed nurse in Oujda, any jobs?", tools.NameSearchJobAds, "nurse", false},
		{"khdmat l'electricien", tools.NameOccupationProfile, "electricien", false},
		{"Quels sont les métiers les plus demandés ?", tools.NameTopOccupations, "", false},
		{"les métiers les plus demandés pour un soudeur", tools.NameTopOccupations, "soudeur", false},
		{"khddam f lmikanik, kayn chi khedma f agadir?", tools.NameSearchJobAds, "7231", false},
		{"كنخدم ف الميكانيك، كاين شي خدمة؟", tools.NameSearchJobAds, "7231", false},
		{"Combien gagne un électricien ?", tools.NameOccupationProfile, "électricien", true},
		{"شحال الخلصة ديال العساس ف أكادير؟", tools.NameOccupationProfile, "عساس", true},
		{"how much does a cashier earn in Casablanca?", tools.NameOccupationProfile, "cashier", true},
	}
	for _, c := range cases {
		q := understand(lang.Read(c.msg), now())
		_, got := followUpAny(q, readMarketAsk(lang.Read(c.msg), q), refs{}, state{})
		if got.tool != c.tool || got.occupation != c.occupation || got.salary != c.salary {
			t.Errorf("%q: tool %q, occupation %q, salary %v; want %q, %q, %v", c.msg, got.tool, got.occupation, got.salary,
				c.tool, c.occupation, c.salary)
		}
	}
	// An official rate asked stays on the indicator tables.
	q := understand(lang.Read("taux de chômage des ingénieurs"), now())
	if q2, a := followUpAny(q, readMarketAsk(lang.Read("taux de chômage des ingénieurs"), q), refs{}, state{}); a.tool != "" || q2.indicator == "" {
		t.Errorf("a rate asked: tool %q, indicator %q; want the indicator", a.tool, q2.indicator)
	}
}

func TestNamesAlone(t *testing.T) {
	cases := []struct {
		arg, code string
		want      bool
	}{
		{"électricien", "7411", true}, {"technicien hydraulique", "3113", true}, // the tools read "technicien" in it
		{"lmikanik", "7231", false}, {"ميكانيك", "7231", false}, // alone, the skill
	}
	for _, c := range cases {
		if got := namesAlone(c.arg, c.code); got != c.want {
			t.Errorf("namesAlone(%q, %s) = %v, want %v", c.arg, c.code, got, c.want)
		}
	}
}

// TestAdSearchFindsThePostOfTheSameName: "réceptionniste" names a hotel
// profile (4224) and the front-desk one (4226); the Ouarzazate riad's post
// and the question are placed by the one classifier, so the first search
// finds the post.
func TestAdSearchFindsThePostOfTheSameName(t *testing.T) {
	turn, _ := runTurn(t, seededPlanner(t), nil, "offres de réceptionniste à Ouarzazate")
	if len(turn.ToolCalls) == 0 || turn.ToolCalls[0].Name != tools.NameSearchJobAds || !strings.Contains(turn.Answer, "posts/2227") {
		t.Fatalf("calls %d, answer:\n%s", len(turn.ToolCalls), turn.Answer)
	}
}

// TestSalaryAnswerOpensOnTheSalary: the first line of a salary answer
// holds the range its ads state, how many ads and over which months, and
// says what the figures are, in the question's language.
func TestSalaryAnswerOpensOnTheSalary(t *testing.T) {
	p := seededPlanner(t)
	cases := []struct{ msg, want string }{
		{"Combien gagne un électricien ?", "offres d'emploi qui en indiquent un"},
		{"how much does an electrician earn?", "job ads that state one"},
		{"كم راتب الكهربائي؟", "من إعلانات الشغل التي تذكره"},
		{"شحال كيخلص التريسيان؟", "ديال الإعلانات اللي كيقولو الخلصة"},
		{"ch7al kaykhles trisyan?", "d les annonces li katgoul lkhlas"},
	}
	for _, c := range cases {
		turn, _ := runTurn(t, p, nil, c.msg)
		first, _, _ := strings.Cut(turn.Answer, "\n")
		if !strings.Contains(first, c.want) || !firstLineFromTools(turn, first) {
			t.Errorf("%q: first line %q, want %q and numbers from the tools", c.msg, first, c.want)
		}
	}
}

// firstLineFromTools reports whether the line has numbers, all of them in
// the turn's tool results.
func firstLineFromTools(turn assistant.Turn, line string) bool {
	results, _ := json.Marshal(turn.ToolCalls)
	allowed := assistant.NumbersIn(string(results))
	ns := assistant.NumbersIn(line)
	for _, n := range ns {
		if !containsValue(allowed, n) {
			return false
		}
	}
	return len(ns) > 0
}
