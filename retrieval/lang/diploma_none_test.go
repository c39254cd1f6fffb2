package lang

import "testing"

// Those without a diploma are named by a negation before the diploma
// word, in every language and script: never the graduates.
func TestNegatedDiplomaIsNone(t *testing.T) {
	for _, text := range []string{
		"nsbat chomage 3nd nas li ma3ndhom 7ta diplome f 2024 ch7al?",
		"chomage 3nd li ma3ndhomch diplome f 2024",
		"ch7al chomage 3nd nas li ma 3ndhoum 7ta diplome?",
		"chomage dyal nas bla diplome f 2023",
		"chomage 3nd li ma3ndhom 7ta chahada",
		"taux de chômage des personnes sans diplôme en 2024",
		"taux de chômage de ceux qui n'ont pas de diplôme en 2024",
		"taux de chômage des sans-diplôme en 2024",
		"معدل البطالة عند الناس اللي ما عندهمش ديبلوم ف 2024",
		"شحال البطالة عند اللي ماعندهم حتى ديبلوم ف 2024؟",
		"شحال البطالة عند الناس بلا ديبلوم؟",
		"شحال البطالة عند اللي ما عندهم حتى شهادة؟",
		"ما هو معدل البطالة لدى غير الحاصلين على شهادة سنة 2024؟",
		"ما هو معدل البطالة لدى الأشخاص الذين لا يحملون شهادة؟",
		"what was the unemployment rate of people without a diploma in 2024?",
		"unemployment rate for people with no diploma in 2024",
		"unemployment rate of those who don't have a diploma",
	} {
		none, graduate := false, false
		for _, m := range FindConcepts(text) {
			none = none || m.Concept == Concept{KindDiploma, "none"}
			graduate = graduate || m.Concept.Kind == KindDiploma && m.Concept.Value != "none"
		}
		if !none || graduate {
			t.Errorf("FindConcepts(%q): diploma none %v, another diploma %v; want none alone", text, none, graduate)
		}
	}
}
