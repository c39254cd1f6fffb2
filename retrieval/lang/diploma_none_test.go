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

// A negation a few small words before a graduates' word turns it into
// those without a diploma, whatever the lexicon's phrases hold.
func TestNegationBeforeDiplomaWord(t *testing.T) {
	for _, text := range []string{
		"chomage 3nd li ma 3ndhomch chi diplome f 2024",
		"ch7al chomage 3nd nas ma 3ndhom ta chi diplome?",
		"taux de chômage des personnes n'ayant aucun diplôme en 2024",
		"taux de chômage chez ceux qui ne possèdent pas de diplôme",
		"شحال البطالة عند اللي ماعندهومش حتى شي ديبلوم؟",
		"ما هو معدل البطالة لدى الذين لا يملكون الديبلوم؟",
		"unemployment rate of people who are not graduates in 2024",
		"chomage 3nd nas li ma khdawch chi diplome f 2024",
		"شحال البطالة عند اللي ما خداوش حتى ديبلوم؟",
		"ما هو معدل البطالة عند الذين لم يحصلوا على الديبلوم؟",
		"taux de chômage de ceux qui n'ont pas obtenu de diplôme",
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
	for _, text := range []string{"chomage 3nd li 3ndhom diplome f 2024", "Is unemployment not higher among graduates?", "البطالة عند اللي عندهم ديبلوم"} {
		for _, m := range FindConcepts(text) {
			if m.Concept == (Concept{KindDiploma, "none"}) {
				t.Errorf("FindConcepts(%q) names those without a diploma", text)
			}
		}
	}
}
