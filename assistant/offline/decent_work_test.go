package offline

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
)

// answersHold asks each message alone and reports the words its answer
// lacks (want) or holds (not, when set).
func answersHold(t *testing.T, p *Planner, want map[string][]string, not map[string]string) {
	t.Helper()
	for msg, ws := range want {
		turn, _ := runTurn(t, p, nil, msg)
		for _, w := range ws {
			if !strings.Contains(turn.Answer, w) {
				t.Errorf("%q: answer lacks %q:\n%s", msg, w, turn.Answer)
			}
		}
		if n := not[msg]; n != "" && strings.Contains(turn.Answer, n) {
			t.Errorf("%q: answer holds %q:\n%s", msg, n, turn.Answer)
		}
	}
}

// TestSpanOfMonths: a span of months asks the interval figure (ANAPEC's
// cumulated January–July counts), worded as such; a follow-up naming a
// year asks the same months of that year; a span no figure covers is
// said missing with the periods that exist.
func TestSpanOfMonths(t *testing.T) {
	p := seededPlanner(t)
	answersHold(t, p, map[string][]string{
		"insertions idmaj de janvier a juillet 2023":                {"319 insertions de janvier à juillet 2023"},
		"tahfiz ch7al mn charika stafdat mn janvier l juillet 2023": {"4095"},
		"Idmaj insertions january to july 2022":                     {"335 placements from January to July 2022"},
	}, nil)
	first, _ := runTurn(t, p, nil, "Idmaj insertions january to july 2022")
	next, _ := runTurn(t, p, []assistant.Turn{first}, "and the same months of 2023?")
	if !strings.Contains(next.Answer, "319 placements from January to July 2023") {
		t.Errorf("the same months of 2023:\n%s", next.Answer)
	}
	none, _ := runTurn(t, p, nil, "Idmaj insertions january to july 2021")
	if !strings.Contains(none.Answer, "I have no figure") || strings.Contains(none.Answer, "placements from") {
		t.Errorf("a span without a figure:\n%s", none.Answer)
	}
}

// TestFollowUpQualifiesTheIndicator: a follow-up naming no indicator but
// a qualifier of the last one asks the narrower indicator, in the last
// question's period; one that only changes the population does not
// ("drari" after girls being the boys); one naming the survey after the
// census asks the survey's series.
func TestFollowUpQualifiesTheIndicator(t *testing.T) {
	p := seededPlanner(t)
	for _, c := range []struct{ first, next, want string }{
		{"What was the time-related underemployment rate in 2024?", "and the income-related one?", "4.6%"},
		{"شحال دخلو التحويلات ديال الجالية ف 2023", "و شحال منها جا من فرنسا؟", "30,8"},
		{"How many NEET youth were there in 2022?", "what share of them are women?", "72.8%"},
		{"taux de NEET en 2022 ?", "et pour les femmes ?", "37,3"},
		{"ch7al nisba dyal NEET 3nd lbnat f 2017", "w drari?", "13%"},
		{"le chomage selon le recensement de 2024", "et selon l'enquête emploi ?", "13,3"},
	} {
		first, _ := runTurn(t, p, nil, c.first)
		next, _ := runTurn(t, p, []assistant.Turn{first}, c.next)
		if !strings.Contains(next.Answer, c.want) {
			t.Errorf("%q then %q: answer lacks %q:\n%s", c.first, c.next, c.want, next.Answer)
		}
	}
}

// TestWhichSector: "which sector" of an indicator with sector series ranks
// the sectors' figures for one period, in the question's language; an
// indicator without them is asked as usual.
func TestWhichSector(t *testing.T) {
	answersHold(t, seededPlanner(t), map[string][]string{
		"quel secteur a créé le plus d'emplois en 2024":                {"par secteur", "1. services : 160", "industrie : 46"},
		"فاش قطاع كيخدمو الناس ساعات زايدة بزاف ف 2023؟":               {"قطاع بقطاع", "1. الخدمات: 40,3%", "4. الفلاحة: 27,6%"},
		"which sector has the most underemployment in 2022":            {"by sector", "16.4%", "6.2%"},
		"parts de l'emploi par secteur en 2023":                        {"part de chaque secteur dans l'emploi", "1. services : 48,3 %", "4. BTP"},
		"combien de personnes travaillent dans chaque secteur en 2023": {"par secteur", "1. services : 5"},
		"quel secteur a le taux de chômage le plus élevé en 2024 ?":    nil,
	}, map[string]string{"quel secteur a le taux de chômage le plus élevé en 2024 ?": "par secteur"}) // unemployment has no sector series
}

// TestCensusAndSurvey: a question naming both sources gets each series'
// figure on its own, the census's said to be the census's.
func TestCensusAndSurvey(t *testing.T) {
	p := seededPlanner(t)
	turn, _ := runTurn(t, p, nil, "taux de chômage 2024 selon le recensement et selon l'enquête emploi")
	if !strings.Contains(turn.Answer, "21,3 %") || !strings.Contains(turn.Answer, "13,3 %") || len(turn.ToolCalls) != 2 {
		t.Errorf("both sources, two calls:\n%s", turn.Answer)
	}
}

// TestRangeFromAQuarter: a range from a quarter to a year shows that
// quarter, then the years, and says the series break it straddles.
func TestRangeFromAQuarter(t *testing.T) {
	p := seededPlanner(t)
	turn, _ := runTurn(t, p, nil, "évolution du sous-emploi du T3 2018 à 2024")
	for _, w := range []string{"T3 2018 : 9,7 %", "2019 : 9,2 %", "2024 : 10,1 %", "Rupture de série"} {
		if !strings.Contains(turn.Answer, w) {
			t.Errorf("answer lacks %q:\n%s", w, turn.Answer)
		}
	}
}

// TestCountedAbroad: people living or placed abroad are not said to be
// "in Morocco".
func TestCountedAbroad(t *testing.T) {
	answersHold(t, seededPlanner(t), map[string][]string{
		"combien de marocains vivent a l'etranger ?":                 {"personnes au 30 avril 2021"},
		"how many moroccans live abroad":                             {"people on 30 April 2021"},
		"How many international placements did ANAPEC make in 2022?": {"placements in 2022"},
	}, map[string]string{
		"combien de marocains vivent a l'etranger ?":                 "au Maroc",
		"how many moroccans live abroad":                             "in Morocco",
		"How many international placements did ANAPEC make in 2022?": "in Morocco",
	})
}
