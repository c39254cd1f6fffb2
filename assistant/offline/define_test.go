package offline

import (
	"strings"
	"testing"
)

// TestWhatAnIndicatorMeans: a question asking what an indicator means is
// answered with its definition, in the question's language, then its
// latest figure; one naming a period asks the figure only.
func TestWhatAnIndicatorMeans(t *testing.T) {
	p := seededPlanner(t)
	for msg, want := range map[string][]string{
		"qu'est-ce que le NEET ?":                {"15 à 24 ans", "ni en emploi", "25,2 %"},
		"c'est quoi le sous-emploi lié au temps": {"moins de 48 heures", "sous-emploi lié à la durée du travail"},
		"what does NEET mean?":                   {"aged 15 to 24", "25.2%"},
		"ما هو الشغل الناقص؟":                    {"48 ساعة", "10,9%"},
	} {
		turn, _ := runTurn(t, p, nil, msg)
		for _, w := range want {
			if !strings.Contains(turn.Answer, w) {
				t.Errorf("%q: answer lacks %q:\n%s", msg, w, turn.Answer)
			}
		}
	}
	turn, _ := runTurn(t, p, nil, "what is the unemployment rate in 2024?")
	if strings.Contains(turn.Answer, "ILO") || !strings.Contains(turn.Answer, "13.3%") {
		t.Errorf("a figure asked for a year gets no definition:\n%s", turn.Answer)
	}
}
