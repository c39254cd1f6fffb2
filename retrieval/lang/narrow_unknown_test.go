package lang

import "testing"

// An indicator asked of something Marsad keeps no figure on names no
// indicator, whatever population its words also name, and its words are
// what the question asks figures on: an indicator frame of an unknown
// head ("taux de syndicalisation des salariés"), or a population an
// unknown word qualifies ("salariés syndiqués", "employees who are union
// members"), in the five languages.
func TestIndicatorsOfUnknownThings(t *testing.T) {
	cases := map[string]string{
		"taux de syndicalisation des salariés en 2023 ?":              "taux de syndicalisation",
		"taux d'absentéisme des salariés en 2022":                     "taux d'absentéisme",
		"part des salariés syndiqués en 2023":                         "salariés syndiqués",
		"union membership rate among employees in 2023":               "union membership rate",
		"turnover rate of employees in 2023":                          "turnover rate",
		"share of employees who are union members in 2023":            "employees who are union members",
		"ما هي نسبة الانخراط النقابي لدى الأجراء سنة 2023؟":           "نسبة الانخراط النقابي",
		"نسبة الأجراء المنخرطين في النقابات سنة 2023":                 "الأجراء المنخرطين",
		"نسبة النقابيين ف الخدامة ف 2023":                             "نسبة النقابيين",
		"شحال ف المية من الخدامة اللي داخلين ف النقابة؟":              "الخدامة اللي داخلين ف النقابة",
		"nisbat nniqabiyin f lkhdama f 2023":                          "nisbat nniqabiyin",
		"ch7al f lmya mn lkhdama li m9ayydin f nniqaba?":              "lkhdama li m9ayydin f nniqaba",
		"quelle part des salariés est propriétaire de son logement ?": "salariés est propriétaire de son logement",
		"what is the burnout rate among nurses?":                      "burnout rate",
		"nombre de salariés en télétravail en 2023":                   "salariés en télétravail",
	}
	for text, want := range cases {
		if got := askedIndicator(text); got != "" {
			t.Errorf("%q asks %s, want no indicator", text, got)
		}
		if got, _ := FindUnmeasured(text); got != want {
			t.Errorf("FindUnmeasured(%q) = %q, want %q", text, got, want)
		}
		for _, m := range FindConcepts(text) {
			if m.Concept.Kind == KindOccupation {
				t.Errorf("FindConcepts(%q) holds %v, the population of what is asked", text, m.Concept)
			}
		}
	}
}

// A verb or an adverb after the people an indicator counts is no
// qualifier Marsad lacks, and neither is a qualifier a rule reads.
func TestKnownIndicatorsAfterUnknownWords(t *testing.T) {
	cases := map[string]string{
		"Combien de chômeurs comptait le Maroc au deuxième trimestre de 2025 ?":            "unemployed_persons",
		"On average how many months does an unemployed person stay without work?":          "mean_unemployment_duration",
		"عدد العاطلين حاليا":                                                               "unemployed_persons",
		"what share of the unemployed had been jobless for a year or more in 2025":         "long_term_unemployment_share",
		"What share of CNSS-declared employees earned less than the minimum wage in 2019?": "cnss_share_below_smig",
		"ما هو عدد أفراد الجالية المغربية المسجلين في القنصليات؟":                          "moroccans_abroad_consular_registered",
		"نسبة العاطلين الذين يعيشون في المدن سنة 2024":                                     "unemployment_rate",
		"combien de chômeurs qui habitent à Casablanca en 2024 ?":                          "unemployed_persons",
		"nombre de nouveaux emplois créés en 2024":                                         "net_jobs_created",
	}
	for text, want := range cases {
		if got := askedIndicator(text); got != want {
			t.Errorf("%q asks %q, want %s", text, got, want)
		}
	}
}
