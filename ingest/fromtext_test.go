package ingest

import (
	"testing"

	"github.com/marsad/marsad/retrieval/lang"

	"github.com/marsad/marsad/tools"
)

func TestFromTextReadsSalaryContractAndDiplomaInProse(t *testing.T) {
	cases := []struct {
		desc             string
		min, max         float64
		note             string
		contract, degree string
	}{
		{"Bghina serveur l café f Maarif, salaire 2800dh + pourboires.", 2800, 2800, "", "", ""},
		{"مطلوب سائق رخصة C، الأجرة 4500 درهم فالشهر + الضمان الاجتماعي.", 4500, 4500, "", "", ""},
		{"Recrutement : 20 téléconseillers. 4000 à 5500 DH selon profil, bac minimum.", 4000, 5500, "", "", "bac"},
		{"خدمة فالفلاحة: جني الفريز، 100 درهم لنهار، النقل موجود.", 2600, 2600, "daily*26", "", ""},
		{"maçon l chantier f Tetouan, 150dh/nhar, 3 chhour.", 3900, 3900, "daily*26", "", ""},
		{"Centre de soutien f Salé: prof dyal français, 80dh/sa3a.", 15280, 15280, "hourly*191", "", ""},
		{"Technicien de maintenance, bac+2 électromécanique, 6500dh, CDI.", 6500, 6500, "", "cdi", "bac+2"},
		{"عون أمن خاص، 2800 درهم، CDD ديال 6 أشهر قابل للتجديد.", 2800, 2800, "", "cdd", ""},
		{"Comptable, bac+3 exigé, master apprécié. Salaire à négocier.", 0, 0, "", "", "bac+3"},
		{"Appelez le 06 12 34 56 78 avant 2025, 5 ans d'expérience.", 0, 0, "", "", ""},
		{"Inscription via l'ANAPEC, 3000 dh.", 3000, 3000, "", "", ""},
	}
	for _, c := range cases {
		ad := tools.Ad{Description: c.desc}
		meta := map[string]string{}
		fromText(&ad, meta, lang.FindConcepts(ad.Description))
		if ad.SalaryMin != c.min || ad.SalaryMax != c.max || ad.SalaryNote != c.note {
			t.Errorf("%q: salary %v-%v %q (read from %q), want %v-%v %q", c.desc, ad.SalaryMin, ad.SalaryMax, ad.SalaryNote, ad.SalaryText, c.min, c.max, c.note)
		}
		if ad.Contract != c.contract || ad.Education != c.degree {
			t.Errorf("%q: contract %q education %q, want %q %q", c.desc, ad.Contract, ad.Education, c.contract, c.degree)
		}
		if c.min > 0 && meta["salary_from"] != "description" {
			t.Errorf("%q: meta does not say the salary came from the description: %v", c.desc, meta)
		}
	}
}

func TestSalaryInTextKeepsOnlyTheSalary(t *testing.T) {
	for in, want := range map[string]string{
		"maçon l chantier f Tetouan, 150dh/nhar, lkhedma ghadi tdom 3 chhour.": "150dh/nhar",
		"CDD ديال 6 أشهر، 2800 درهم، CDD ديال 6 أشهر":                          "2800 درهم",
		"Salaire : 4 500 à 6 000 DH par mois + primes":                         "4 500 à 6 000 DH par mois",
		"الأجرة 4500 درهم فالشهر + الضمان":                                     "4500 درهم فالشهر",
		"Livreur, 3000-4000dh, khass permis":                                   "3000-4000dh",
	} {
		if got := salaryInText(in); got != want {
			t.Errorf("salaryInText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFromTextLeavesFieldsTheColumnsFilled(t *testing.T) {
	ad := tools.Ad{Description: "CDD, 2800 dh, bac+2", SalaryText: "5000 DH", SalaryMin: 5000, SalaryMax: 5000, Contract: "cdi", Education: "bac+5"}
	fromText(&ad, map[string]string{}, lang.FindConcepts(ad.Description))
	if ad.SalaryMin != 5000 || ad.Contract != "cdi" || ad.Education != "bac+5" {
		t.Errorf("columns overwritten by the description: %+v", ad)
	}
}

func TestTitleFromText(t *testing.T) {
	for in, want := range map[string]string{
		"Bghina serveur\nf Maarif": "Bghina serveur",
		"Court.":                   "Court",
		"مطلوب ممرضة مجازة فوجدة.":                                                                                 "مطلوب ممرضة مجازة فوجدة",
		"Recrutement urgent : 20 téléconseillers (français) pour un centre d'appels à Rabat Agdal, 4000 à 5500 DH": "Recrutement urgent : 20 téléconseillers (français) pour un centre d'appels à…",
	} {
		if got := titleFromText(in); got != want {
			t.Errorf("titleFromText(%q) = %q, want %q", in, got, want)
		}
	}
}
