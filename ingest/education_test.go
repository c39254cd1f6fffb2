package ingest

import "testing"

func TestParseEducation(t *testing.T) {
	cases := map[string]string{
		"Bac+2": "bac+2", "BAC + 2": "bac+2", "Technicien Spécialisé (OFPPT)": "bac+2", "DUT / BTS": "bac+2",
		"Bac+3/4": "bac+3", "Licence professionnelle": "bac+3", "إجازة": "bac+3",
		"Bac+5 (école d'ingénieurs ou master)": "bac+5", "Ingénieur d'État": "bac+5", "ماستر": "bac+5",
		"Doctorat": "doctorate", "Niveau Baccalauréat": "bac", "مستوى الباكالوريا": "bac",
		"Diplôme OFPPT (Technicien)": "vocational", "دبلوم التأهيل المهني": "vocational",
		"Niveau 9ème AF": "lower_secondary", "مستوى الإعدادي": "lower_secondary",
		"Niveau primaire accepté": "primary", "Sans diplôme": "none", "لا يشترط مستوى دراسي": "none",
		"": "", "Bonne présentation": "",
	}
	for in, want := range cases {
		if got := parseEducation(in); got != want {
			t.Errorf("parseEducation(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseExperience(t *testing.T) {
	cases := []struct {
		in   string
		want int
		ok   bool
	}{
		{"2 ans minimum", 2, true}, {"2 à 5 ans", 2, true}, {"Confirmé (2-3 ans)", 2, true}, {"+5 ans", 5, true},
		{"5-10 ans", 5, true}, {"Plus de 5 ans", 5, true}, {"6 mois à 1 an", 0, true}, {"0-1 an", 0, true},
		{"Débutant(e)s accepté(e)s", 0, true}, {"Sans expérience", 0, true}, {"Jeune diplômé", 0, true},
		{"تجربة 3 سنوات", 3, true}, {"سنتان على الأقل", 2, true}, {"تجربة سنة على الأقل", 1, true},
		{"المبتدئون مقبولون", 0, true}, {"3 years", 3, true},
		{"", 0, false}, {"Expérience exigée", 0, false},
		{"99999999 ans", 0, false}, {"99999999999999999999 ans", 0, false}, {"9000 mois", 0, false},
	}
	for _, c := range cases {
		got, ok := parseExperience(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("parseExperience(%q) = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
