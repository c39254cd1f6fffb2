package offline

import (
	"context"
	"encoding/json"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// TestHonestySet scores assistant/testdata/honesty.jsonl (issue 15 items 3
// and 6: unknown places, occupations, indicators and periods; small talk
// and scope) with marsad eval's scorer over the seed corpus, and fails on
// any failed check.
func TestHonestySet(t *testing.T) {
	f, err := os.Open("../testdata/honesty.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := assistant.ReadCases(f, "honesty.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	a := assistant.New(seededPlanner(t), assistant.WithSessions(assistant.NewMemorySessions(assistant.MemoryLimits{})))
	report, err := assistant.Evaluate(context.Background(), a.Chat, cases)
	if err != nil {
		t.Fatal(err)
	}
	for _, fl := range report.Failures {
		t.Errorf("%s: %s: want %s, got %s\n%s", fl.ID, fl.Check, fl.Want, fl.Got, fl.Answer)
	}
	for _, row := range report.ByCategory {
		t.Logf("%s: %d cases, %.2f passed", row.Category, row.Cases, row.Passed)
	}
}

func TestUnknownPlaceCallsNoToolAndNamesIt(t *testing.T) {
	for msg, name := range map[string]string{"Taux de chômage à Lyon en 2024": "Lyon", "شحال البطالة ف جهة الوسط؟": "الوسط",
		"offres de soudeur à Madrid": "Madrid", "Quels sont les métiers les plus demandés à Sidi Boukhrissa ?": "Sidi Boukhrissa"} {
		turn, _ := runTurn(t, seededPlanner(t), nil, msg)
		if len(turn.ToolCalls) != 0 || !strings.Contains(turn.Answer, name) || !prompts.SaysUnknown(turn.Lang, turn.Answer) || strings.Contains(turn.Answer, "%") {
			t.Errorf("%q: calls %v, answer:\n%s", msg, toolsCalled(turn), turn.Answer)
		}
	}
}

func TestPartialComparisonNamesWhatIsMissing(t *testing.T) {
	turn, _ := runTurn(t, seededPlanner(t), nil, "Comparer le taux de chômage à Casablanca, Lyon et Rabat en 2024")
	for _, want := range []string{"Casablanca-Settat : 15 %", "Pas de chiffre à cette période pour : Rabat-Salé-Kénitra", "« Lyon »"} {
		if !strings.Contains(turn.Answer, want) {
			t.Errorf("answer lacks %q:\n%s", want, turn.Answer)
		}
	}
}

func TestMadeUpOccupationIsNotAnsweredWithTheOneItHolds(t *testing.T) {
	for _, msg := range []string{"Que fait un astro-boulanger quantique ?", "What does a quantum astro-baker do?", "ما هي مهنة الخباز الكمومي الفضائي؟"} {
		turn, _ := runTurn(t, seededPlanner(t), nil, msg)
		if len(turn.ToolCalls) != 0 || !prompts.SaysUnknown(turn.Lang, turn.Answer) {
			t.Errorf("%q: calls %v, answer:\n%s", msg, toolsCalled(turn), turn.Answer)
		}
	}
	turn, _ := runTurn(t, seededPlanner(t), nil, "Que fait un astro-boulanger quantique ?")
	if !strings.Contains(turn.Answer, "Boulanger-pâtissier") || strings.Contains(turn.Answer, "pétrissage") {
		t.Errorf("want the baker offered, not described:\n%s", turn.Answer)
	}
}

func TestUnknownOccupationIsAskedNotAllAds(t *testing.T) {
	turn, _ := runTurn(t, seededPlanner(t), nil, "Quelles compétences pour un toiletteur canin ?")
	var args tools.SkillsArgs
	if len(turn.ToolCalls) != 1 || json.Unmarshal(turn.ToolCalls[0].Arguments, &args) != nil || args.Occupation != "toiletteur canin" {
		t.Fatalf("calls %+v", turn.ToolCalls)
	}
	if !strings.Contains(turn.Answer, "« toiletteur canin »") || assistantHasNumber(turn.Answer) {
		t.Errorf("answer:\n%s", turn.Answer)
	}
}

// TestProfileNamesAreKnown: no title or alias of a seed profile, asked in
// an occupation frame, is answered as unknown (the profiles' words need
// not be the lexicon's).
func TestProfileNamesAreKnown(t *testing.T) {
	p := seededPlanner(t)
	set, err := (&turn{planner: p}).profiles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range set.Codes() {
		for _, pr := range set.ByCode(code) {
			for _, name := range namesOf(pr) {
				for _, msg := range []string{"Que fait un " + name + " ?", "khdma dyal " + name, "ما هي مهنة " + name + "؟"} {
					if s, ok := unknownAnswer(t, p, msg); ok {
						t.Errorf("%q answered as unknown:\n%s", msg, s)
					}
				}
			}
		}
	}
}

// TestQuestionSetsNameNothingUnknown: the questions of the existing sets
// are answered as before, none as unknown.
func TestQuestionSetsNameNothingUnknown(t *testing.T) {
	p := seededPlanner(t)
	for _, file := range []string{"indicators", "heldout", "demand", "heldout_demand"} {
		f, err := os.Open("../testdata/" + file + ".jsonl")
		if err != nil {
			t.Fatal(err)
		}
		cases, err := assistant.ReadCases(f, file)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			if s, ok := unknownAnswer(t, p, c.Question); ok && c.Question != "" {
				t.Errorf("%s %q answered as unknown:\n%s", c.ID, c.Question, s)
			}
		}
	}
}

func TestFutureYearSaysSoWithTheYearsThatExist(t *testing.T) {
	turn, _ := runTurn(t, seededPlanner(t), nil, "Quel sera le taux de chômage en 2031 ?")
	for _, want := range []string{"« 2031 »", "pas encore passée", "de 2014 à 2025"} {
		if !strings.Contains(turn.Answer, want) {
			t.Errorf("answer lacks %q:\n%s", want, turn.Answer)
		}
	}
	turn, _ = runTurn(t, seededPlanner(t), nil, "Taux de chômage en 2050")
	if len(turn.ToolCalls) != 1 || !strings.Contains(turn.Answer, "« 2050 »") || strings.Contains(turn.Answer, "%") {
		t.Errorf("a year the period reader leaves out: calls %v, answer:\n%s", toolsCalled(turn), turn.Answer)
	}
}

func TestAdsOfAPeriodWithoutAdsAreNotWidened(t *testing.T) {
	for _, msg := range []string{"compétences d'un soudeur en 2031", "offres de soudeur en 2019"} {
		turn, _ := runTurn(t, seededPlanner(t), nil, msg)
		if len(turn.ToolCalls) != 1 || !prompts.SaysUnknown("fr", turn.Answer) || !strings.Contains(turn.Answer, "novembre 2025") {
			t.Errorf("%q: calls %v, answer:\n%s", msg, toolsCalled(turn), turn.Answer)
		}
	}
}

// unknownAnswer returns the answer the planner gives msg when it names
// something Marsad does not know, and whether it does, without running
// the tools.
func unknownAnswer(t *testing.T, p *Planner, msg string) (string, bool) {
	t.Helper()
	q, ask := p.read(lang.Read(msg), nil)
	tt := &turn{planner: p, q: q, ask: ask}
	s, ok, err := tt.unknown(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s, ok
}

// namesOf returns a profile's titles, each part of a title that names
// two ("Agent immobilier / Conseiller commercial immobilier"), and its
// aliases, as written.
func namesOf(p tools.Profile) []string {
	var out []string
	for _, title := range slices.Sorted(maps.Values(p.Titles)) {
		out = append(out, title)
		if parts := strings.Split(title, " / "); len(parts) > 1 {
			out = append(out, parts...)
		}
	}
	return append(out, p.Aliases...)
}

// TestOccupationWithCueWordsIsKnown: an occupation frame's words that
// hold a known occupation and, besides it, only the planner's cue words
// (in demand, a future) and small words name that occupation; other words
// make it one Marsad does not know.
func TestOccupationWithCueWordsIsKnown(t *testing.T) {
	cases := []struct {
		msg   string
		known bool
	}{
		{"wach lkhedma dyal chifour fiha lmosta9bal?", true},
		{"khdma dyal plombi matlouba?", true},
		{"مهنة الممرض عليها الطلب؟", true},
		{"الخدمة ديال الفرملي فيها المستقبل؟", true},
		{"métier de plombier d'avenir", true},
		{"c'est quoi le métier d'astro-boulanger quantique", false},
		{"ما هي مهنة الخباز الكمومي الفضائي؟", false},
		{"What does a quantum astro-baker do?", false},
		{"khdma dyal astro-boulanger", false},
		{"شنو كيدير المهندس ديال التيليبورتاسيون", false},
	}
	for _, c := range cases {
		var u *lang.Unresolved
		for _, x := range lang.Read(c.msg).Unresolved {
			if x.Kind == lang.KindOccupation && x.Inside != (lang.Concept{}) {
				u = &x
			}
		}
		if u == nil {
			t.Errorf("%q: no unresolved occupation holding a known one", c.msg)
			continue
		}
		if got := cuesBeyond(*u); got != c.known {
			t.Errorf("cuesBeyond(%q in %q) = %v, want %v", u.Surface, c.msg, got, c.known)
		}
	}
}
