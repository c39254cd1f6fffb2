package match

import "testing"

func TestJobText(t *testing.T) {
	for clause, want := range map[string]string{
		"LANGUES : anglais (moyen)":                         "",
		"Centres d'intérêt : lecture, voyage":               "",
		" 26 ans":                                           "",
		"Smiya : 25 3am":                                    "",
		"chef d'équipe (60 ouvriers)":                       "chef d'équipe ( )",
		"Licence, Faculté des sciences juridiques de Rabat": "Licence,",
		"2020: الإجازة في الاقتصاد، كلية العلوم القانونية": "2020: الإجازة في الاقتصاد،",
		"Expérience : 20 ans":   "Expérience :  ",
		"professeur de langues": "professeur de langues",
	} {
		if got := jobText(clause); got != want {
			t.Errorf("jobText(%q) = %q, want %q", clause, got, want)
		}
	}
}

func TestAgeClause(t *testing.T) {
	for clause, want := range map[string]bool{
		" 26 ans":             true,
		"Smiya : 24 3am":      true,
		" 27 عام":             true,
		"Expérience : 20 ans": false,
		" 5 ans":              false,
		"soudeur 20 ans":      false,
	} {
		if got := ageClause(clause); got != want {
			t.Errorf("ageClause(%q) = %v, want %v", clause, got, want)
		}
	}
}
