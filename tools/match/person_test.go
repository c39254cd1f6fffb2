package match

import (
	"slices"
	"testing"
)

func TestLevelsIn(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Bac+2 à Bac+5 (OFPPT TS Comptabilité, DUT, licence, ENCG)", []string{"bac+2", "bac+3", "bac+5"}},
		{"Niveau bac; débutants acceptés", []string{"bac"}},
		{"Sans diplôme exigé à niveau bac", []string{"none", "bac"}},
		{"Technicien spécialisé en électromécanique", []string{"bac+2"}},
		{"حاصل على إجازة في القانون", []string{"bac+3"}},
		{"3andi lisans f droit", []string{"bac+3"}},
		{"عندي الباك", []string{"bac"}},
		{"Doctorat en médecine", []string{"doctorate"}},
		{"I have a BSc in computer science", []string{"bac+3"}},
		{"an MSc in finance", []string{"bac+5"}},
		{"j'aime le contact", nil},
	} {
		var got []string
		for _, i := range levelsIn(tc.text) {
			got = append(got, Levels[i])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("levelsIn(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestYearsIn(t *testing.T) {
	for text, want := range map[string]float64{
		"3 ans d'expérience":                           3,
		"6 years of TIG welding":                       6,
		"خدمت 5 سنين":                                  5,
		"خبرة سنتين في شركة":                           2,
		"khdemt 4 snin f garage":                       4,
		"Bac+2 en 2019":                                0,
		"j'ai 24 ans, bac pro":                         0,
		"2021-2023 : Aide-comptable, Fiduciaire Atlas": 2,
		"2019-2021 : Technicien Spécialisé en gestion": 0,
		"I am 30 years old":                            0,
		"j'ai 3 ans d'expérience":                      3,
		"stage de 6 mois":                              0,
		"100 ans de savoir-faire":                      0,
		"experienced, many projects":                   0,
	} {
		if got := yearsIn(text); got != want {
			t.Errorf("yearsIn(%q) = %g, want %g", text, got, want)
		}
	}
}

func TestFieldsIn(t *testing.T) {
	for text, want := range map[string]string{
		"Licence en économie":                                                 "économie",
		"technicien spécialisé en électromécanique":                           "électromécanique",
		"bachelor's degree in computer science":                               "computer science",
		"I have a BSc in computer science":                                    "computer science",
		"M.Sc. in data science":                                               "data science",
		"حاصل على إجازة في القانون الخاص":                                     "القانون الخاص",
		"3andi bac+2 f l'informatique":                                        "l'informatique",
		"Je parle bien français":                                              "",
		"3andi licence f gestion w kan3ref excel":                             "gestion",
		"BTS en froid et climatisation":                                       "froid et climatisation",
		"3andi diplome d electricite batiment":                                "electricite batiment",
		"diplome de technicien spécialisé en gestion des entreprises (OFPPT)": "gestion des entreprises",
		"عندي باك+2 ف التسيير":                                                "التسيير",
		"Recent graduate in English studies":                                  "English studies",
		"Agronomy engineer (Ingénieur d'État)":                                "Agronomy",
		"مهندس دولة في الهندسة الكهربائية":                                    "الهندسة الكهربائية",
		"Mechanical engineer specialised in HVAC":                             "Mechanical",
		"4 years as site engineer on road projects":                           "",
		"Technicien spécialisé f gestion hôtelière (ISTAH Agadir)":            "gestion hôtelière",
	} {
		got := ""
		if fs := fieldsIn(text); len(fs) > 0 {
			got = fs[0]
		}
		if got != want {
			t.Errorf("fieldsIn(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestWishes(t *testing.T) {
	for text, want := range map[string]bool{
		"Je cherche un poste de comptable":     true,
		"bghit nwelli fermli":                  true,
		"أرغب في العمل في مكتب محاماة":         true,
		"I would like to work with data":       true,
		"J'ai travaillé 3 ans comme soudeur":   false,
		"خدمت خمس سنين شيفور":                  false,
		"khdemt livreur b moto f glovo 2 snin": false,
	} {
		if got := wishes(text); got != want {
			t.Errorf("wishes(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestReadPlace(t *testing.T) {
	m := seedMatcher(t)
	for text, want := range map[string]string{
		"Licence en économie, je ne sais pas quoi faire. Casablanca.":     "MA-06",
		"J'habite à Fès mais je veux travailler à Tanger comme comptable": "MA-01",
		"bghit nkhdem f casa": "MA-06",
		"comptable":           "",
	} {
		if got := m.read(text).Region; got != want {
			t.Errorf("read(%q).Region = %q, want %q", text, got, want)
		}
	}
}
