package offline

import (
	"context"
	"encoding/json"
	"github.com/marsad/marsad/retrieval/lang"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
	"github.com/marsad/marsad/tools/toolstest"
)

var now = func() time.Time { return time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC) }

func TestUnderstandSlots(t *testing.T) {
	cases := []struct {
		msg  string
		want question
	}{
		{"Quel était le taux de chômage des femmes en 2024 ?", question{lang: "fr", indicator: "unemployment_rate", cell: tools.Cell{Sex: "female"}, year: 2024}},
		{"ch7al taux dyal chomage f casa 2024?", question{lang: "ary-Latn", indicator: "unemployment_rate", cell: tools.Cell{Geo: "MA-06"}, geos: []string{"MA-06"}, asked: "casa", year: 2024}},
		{"شحال كاينة البطالة عند العيالات ف 2024؟", question{lang: "ary", indicator: "unemployment_rate", cell: tools.Cell{Sex: "female"}, year: 2024}},
		{"ما هو معدل البطالة في الوسط القروي خلال الفصل الثالث من سنة 2024؟", question{lang: "ar", indicator: "unemployment_rate", cell: tools.Cell{Area: "rural"}, year: 2024, quarter: 3, define: true}},
		{"chomage f tanja trimestre lowel 2025", question{lang: "ary-Latn", indicator: "unemployment_rate", cell: tools.Cell{Geo: "MA-01"}, geos: []string{"MA-01"}, asked: "tanja", year: 2025, quarter: 1}},
		{"Comparer le chômage des hommes et des femmes en 2024", question{lang: "fr", indicator: "unemployment_rate", compareBy: "sex", year: 2024}},
		{"Which region had the highest unemployment rate in 2024?", question{lang: "en", indicator: "unemployment_rate", compareBy: "geo", year: 2024}},
		{"Évolution du taux de chômage depuis 2019", question{lang: "fr", indicator: "unemployment_rate", trend: true, fromYear: 2019}},
		{"Création nette d'emplois dans les services en 2024", question{lang: "fr", indicator: "net_jobs_created_services", year: 2024}},
		{"chomage l3am li fat", question{lang: "ary-Latn", indicator: "unemployment_rate", year: 2025}},
		{"Taux de chômage des jeunes de 15 à 24 ans en 2024", question{lang: "fr", indicator: "unemployment_rate", cell: tools.Cell{Age: "15-24"}, year: 2024}},
	}
	for _, c := range cases {
		got := understand(lang.Read(c.msg), now())
		if d := cmp.Diff(c.want, got, cmp.AllowUnexported(question{})); d != "" {
			t.Errorf("understand(%q) (-want +got):\n%s", c.msg, d)
		}
	}
}

func newPlanner(t *testing.T) *Planner {
	t.Helper()
	s, err := embedded.Open("")
	if err != nil {
		t.Fatal(err)
	}
	fix := append(toolstest.Fixture(),
		tools.Observation{Indicator: "unemployment_rate", Geo: "MA-SUD", Area: "total", Sex: "total", Age: "15+", Diploma: "total", Period: "2023", Value: 21.0, Unit: "percent", Publisher: "HCP", SourceURL: "https://example.ma/sud"})
	if _, err := s.Load(context.Background(), fix); err != nil {
		t.Fatal(err)
	}
	return New(tools.NewKit(tools.SeriesTool{Store: s}, tools.CompareTool{Store: s}), now)
}

func runTurn(t *testing.T, p *Planner, history []assistant.Turn, msg string) (assistant.Turn, []assistant.Event) {
	t.Helper()
	var evs []assistant.Event
	turn, err := p.Run(context.Background(), history, lang.Read(msg), func(e assistant.Event) error { evs = append(evs, e); return nil })
	if err != nil {
		t.Fatalf("Run(%q): %v", msg, err)
	}
	return turn, evs
}

func TestAnswersCarryFigurePeriodAndSource(t *testing.T) {
	p := newPlanner(t)
	cases := []struct{ msg, want string }{
		{"Quel était le taux de chômage des femmes en 2024 ?", "19,4 %"},
		{"ch7al chomage 3nd l3yalat f 2024?", "19,4%"},
		{"What was the unemployment rate in Q3 2024?", "13.6%"},
		{"ما هو معدل البطالة سنة 2023؟", "13%"},
		{"taux de chômage", "13,3 %"}, // latest annual figure, after the 2024 quarters
	}
	for _, c := range cases {
		turn, _ := runTurn(t, p, nil, c.msg)
		// the source travels in the turn's citations, the one list of
		// sources clients show, not in the answer's text
		if !strings.Contains(turn.Answer, c.want) || len(turn.Citations) == 0 ||
			!strings.HasPrefix(turn.Citations[0].URL, "https://example.ma/") || len(turn.Citations[0].Supports) == 0 {
			t.Errorf("%q answered %q citing %+v; want %s with its source and period", c.msg, turn.Answer, turn.Citations, c.want)
		}
		if strings.Contains(turn.Answer, "https://") {
			t.Errorf("%q: the answer lists its sources itself, which its citations do:\n%s", c.msg, turn.Answer)
		}
	}
}

func TestSouthernRegionFallsBackToHCPGroup(t *testing.T) {
	turn, _ := runTurn(t, newPlanner(t), nil, "Taux de chômage à Laâyoune en 2024")
	if !strings.Contains(turn.Answer, "17,8 %") || !strings.Contains(turn.Answer, "Sud") || len(turn.ToolCalls) != 2 {
		t.Fatalf("answer %q with %d calls", turn.Answer, len(turn.ToolCalls))
	}
}

func TestMissingFigureSaysSoAndOffersWhatExists(t *testing.T) {
	turn, _ := runTurn(t, newPlanner(t), nil, "Taux de chômage des femmes en 2019")
	for _, want := range []string{"pas de chiffre", "2024"} {
		if !strings.Contains(turn.Answer, want) {
			t.Errorf("answer %q lacks %q", turn.Answer, want)
		}
	}
	if strings.Contains(turn.Answer, "19,4") {
		t.Errorf("answer %q states a figure for another period as the one asked", turn.Answer)
	}
}

func TestUnknownQuestionGetsHelpInItsLanguage(t *testing.T) {
	turn, evs := runTurn(t, newPlanner(t), nil, "chno homa a7san tajine f mrakch?")
	if len(turn.ToolCalls) != 0 || turn.Lang != "ary-Latn" || !strings.Contains(turn.Answer, "Kanjaweb") {
		t.Fatalf("turn %+v", turn)
	}
	if evs[0].Type != assistant.EventToken {
		t.Fatalf("first event %s, want token", evs[0].Type)
	}
}

func TestFollowUpReusesPreviousIndicator(t *testing.T) {
	p := newPlanner(t)
	first, _ := runTurn(t, p, nil, "Taux de chômage des femmes en 2024")
	second, _ := runTurn(t, p, []assistant.Turn{first}, "et les hommes ?")
	var args tools.SeriesArgs
	if len(second.ToolCalls) != 1 || json.Unmarshal(second.ToolCalls[0].Arguments, &args) != nil {
		t.Fatalf("follow-up calls %+v", second.ToolCalls)
	}
	if args.Indicator != "unemployment_rate" || args.Sex != "male" || args.From != "2024" || args.To != "2024" || !strings.Contains(second.Answer, "11,6") {
		t.Fatalf("follow-up args %+v answer %q", args, second.Answer)
	}
	// a follow-up naming its own period keeps it
	third, _ := runTurn(t, p, []assistant.Turn{first, second}, "w f 2023?")
	if json.Unmarshal(third.ToolCalls[0].Arguments, &args) != nil || args.From != "2023" || args.Sex != "male" {
		t.Errorf("follow-up with a year: args %+v", args)
	}
}

func TestCompareRanksRegions(t *testing.T) {
	turn, _ := runTurn(t, newPlanner(t), nil, "Quelle région a le taux de chômage le plus élevé en 2024 ?")
	first := strings.Index(turn.Answer, "21,1")
	last := strings.Index(turn.Answer, "8,8")
	if turn.ToolCalls[0].Name != "compare_indicator" || first < 0 || last < first {
		t.Fatalf("answer %q", turn.Answer)
	}
}

func TestEveryAnswerNumberComesFromTheTurnsTools(t *testing.T) {
	p := newPlanner(t)
	for _, msg := range []string{"Évolution du taux de chômage depuis 2022", "Quelle région a le taux de chômage le plus élevé en 2024 ?", "chomage 3nd l3yalat f 2024", "معدل البطالة لدى النساء سنة 2024"} {
		turn, _ := runTurn(t, p, nil, msg)
		results, _ := json.Marshal(turn.ToolCalls)
		allowed := assistant.NumbersIn(string(results))
		for _, n := range assistant.NumbersIn(turn.Answer) {
			if !containsValue(allowed, n) {
				t.Errorf("%q: answer number %v is in no tool result\n%s", msg, n, turn.Answer)
			}
		}
	}
}

func containsValue(set []float64, v float64) bool {
	for _, s := range set {
		if s == v || s == -v {
			return true
		}
	}
	return false
}

func TestSouthernGroupWithItsCitiesIsOnePlace(t *testing.T) {
	q := understand(lang.Read("ما معدل البطالة في جهات الجنوب (العيون والداخلة وكلميم) سنة 2024؟"), now())
	if q.compareBy != "" || q.cell.Geo != "MA-SUD" {
		t.Fatalf("geo %q compareBy %q geos %v; want MA-SUD, no comparison", q.cell.Geo, q.compareBy, q.geos)
	}
}

func TestLowestFirstWhenAskedForTheLowest(t *testing.T) {
	turn, _ := runTurn(t, newPlanner(t), nil, "Quelle région a le taux de chômage le plus bas en 2024 ?")
	low, high := strings.Index(turn.Answer, "8,8"), strings.Index(turn.Answer, "21,1")
	if low < 0 || high < low || !strings.Contains(turn.Answer, "1. ") {
		t.Fatalf("answer %q: want lowest first, ranked from 1", turn.Answer)
	}
}

func TestAlternativeBetweenTwoPlacesCompares(t *testing.T) {
	q := understand(lang.Read("chomage f casa wla sla f 2024?"), now())
	if q.compareBy != "geo" || len(q.geos) != 2 {
		t.Fatalf("compareBy %q geos %v; want geo comparison of two places", q.compareBy, q.geos)
	}
}
