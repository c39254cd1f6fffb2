package offline

import (
	"context"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
)

// runConversations scores conversations written as marsad eval's JSON
// lines, each in one session, and fails on any wrong turn.
func runConversations(t *testing.T, lines string) {
	t.Helper()
	cases, err := assistant.ReadCases(strings.NewReader(lines), t.Name())
	if err != nil {
		t.Fatal(err)
	}
	a := assistant.New(seededPlanner(t), assistant.WithSessions(jsonSessions{assistant.NewMemorySessions(assistant.MemoryLimits{})}))
	report, err := assistant.Evaluate(context.Background(), a.Chat, cases)
	if err != nil {
		t.Fatal(err)
	}
	for _, fl := range report.Failures {
		t.Errorf("%s: %s: want %s, got %s\n%s", fl.ID, fl.Check, fl.Want, fl.Got, fl.Answer)
	}
}

// TestSameThingForOpensAnEllipsis: "et 2025 alors ?", "same thing but for
// women?", "pareil pour les femmes", "نفس الشي للعيالات", "b7al b7al
// l3yalat" ask the last question again with the dimension they change.
func TestSameThingForOpensAnEllipsis(t *testing.T) {
	runConversations(t, `
{"id":"fr-alors","turns":[{"question":"taux de chômage dans l'Oriental en 2023 ?","expect":{"tool":"indicator_series","args":{"geo":"MA-02","period":"2023"}}},{"question":"et 2025 alors ?","expect":{"lang":"fr","tool":"indicator_series","args":{"geo":"MA-02","period":"2025","indicator":"unemployment_rate"}}}]}
{"id":"fr-pareil","turns":[{"question":"taux de chômage des 15-24 ans en 2022","expect":{"tool":"indicator_series"}},{"question":"pareil pour les femmes","expect":{"lang":"fr","tool":"indicator_series","args":{"sex":"female","period":"2022","indicator":"unemployment_rate"}}}]}
{"id":"fr-meme","turns":[{"question":"taux de chômage en 2022","expect":{"tool":"indicator_series"}},{"question":"la même chose mais pour les femmes ?","expect":{"lang":"fr","tool":"indicator_series","args":{"sex":"female","period":"2022","indicator":"unemployment_rate"}}}]}
{"id":"en-same","turns":[{"question":"what was the unemployment rate for 15-24 year olds in 2022?","expect":{"tool":"indicator_series"}},{"question":"same thing but for women?","expect":{"lang":"en","tool":"indicator_series","args":{"sex":"female","period":"2022","indicator":"unemployment_rate","age":"15+"}}}]}
{"id":"en-the-same","turns":[{"question":"unemployment rate in 2022","expect":{"tool":"indicator_series"}},{"question":"the same for men please","expect":{"lang":"en","tool":"indicator_series","args":{"sex":"male","period":"2022","indicator":"unemployment_rate"}}}]}
{"id":"en-so","turns":[{"question":"unemployment rate in Fes in 2023","expect":{"tool":"indicator_series"}},{"question":"and 2025 then?","expect":{"lang":"en","tool":"indicator_series","args":{"geo":"MA-03","period":"2025","indicator":"unemployment_rate"}}}]}
{"id":"ar-nafs","turns":[{"question":"ما هو معدل البطالة في 2022؟","expect":{"tool":"indicator_series"}},{"question":"نفس الشيء بالنسبة للنساء","expect":{"tool":"indicator_series","args":{"sex":"female","period":"2022","indicator":"unemployment_rate"}}}]}
{"id":"ary-nafs","turns":[{"question":"شحال نسبة البطالة ف 2022؟","expect":{"tool":"indicator_series"}},{"question":"نفس الشي للعيالات","expect":{"lang":"ary","tool":"indicator_series","args":{"sex":"female","period":"2022","indicator":"unemployment_rate"}}}]}
{"id":"lat-b7al","turns":[{"question":"ch7al nisbat chomage f 2022?","expect":{"tool":"indicator_series"}},{"question":"b7al b7al l3yalat","expect":{"lang":"ary-Latn","tool":"indicator_series","args":{"sex":"female","period":"2022","indicator":"unemployment_rate"}}}]}
{"id":"lat-nafs","turns":[{"question":"ch7al nisbat chomage f 2022?","expect":{"tool":"indicator_series"}},{"question":"nafs l7aja l3yalat?","expect":{"lang":"ary-Latn","tool":"indicator_series","args":{"sex":"female","period":"2022","indicator":"unemployment_rate"}}}]}
`)
}
