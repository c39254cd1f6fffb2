package lang

import "testing"

// Synonyms users write name the indicator they mean, not a shorter one
// inside them (issue 15: informal employment answered with net jobs in
// agriculture, remittances with unrelated notes, excessive hours not
// understood).
func TestIndicatorSynonyms(t *testing.T) {
	cases := map[string]string{
		"Quelle est la part de l'emploi informel ?":                       "informal_sector_employment_share_nonagri",
		"ما هي حصة القطاع غير المهيكل من الشغل؟":                          "informal_sector_employment_share_nonagri",
		"informal employment in Morocco":                                  "informal_sector_employment_share_nonagri",
		"les transferts des MRE en 2024":                                  "remittances_received",
		"تحويلات المغاربة المقيمين بالخارج سنة 2023":                      "remittances_received",
		"chhal transferts dyal MRE f 2023":                                "remittances_received",
		"remittances in 2024":                                             "remittances_received",
		"part des actifs occupés à durée excessive":                       "excessive_hours_share",
		"chhal men wa7d kaykhdmo bzaf dyal swaye3":                        "excessive_hours_share",
		"نسبة الشغل الناقص ف 2025":                                        "underemployment_rate",
		"salaire moyen déclaré à la CNSS en 2020":                         "cnss_avg_monthly_declared_wage",
		"insertions Idmaj en 2022":                                        "anapec_idmaj_insertions",
		"taux de chômage en 2024":                                         "unemployment_rate",
		"taux de chômage du recensement 2024":                             "unemployment_rate_census",
		"معدل البطالة حسب الإحصاء العام للسكان":                           "unemployment_rate_census",
		"population active en 2023":                                       "labour_force",
		"taux d'activité en 2023":                                         "activity_rate",
		"labour force participation rate 2023":                            "activity_rate",
		"durée moyenne du chômage":                                        "mean_unemployment_duration",
		"Marocains immatriculés dans les consulats":                       "moroccans_abroad_consular_registered",
		"part de la France dans les transferts des MRE":                   "remittances_share_from_france",
		"taux de sous-emploi lié au revenu":                               "income_related_underemployment_rate",
		"c'est quoi le sous-emploi lié au temps":                          "time_related_underemployment_rate",
		"part de l'agriculture dans l'emploi":                             "employment_share_agriculture",
		"youth unemployment rate 2024":                                    "unemployment_rate",
		"salariés déclarés selon le rapport statistique et démographique": "cnss_declared_employees_sdr",
	}
	for msg, want := range cases {
		if got := firstIndicator(msg); got != want {
			t.Errorf("%q: first indicator %q, want %q (concepts %v)", msg, got, want, FindConcepts(msg))
		}
	}
}

// A programme's name alone stays the ANAPEC contract of job ads.
func TestProgrammeNamesStayContracts(t *testing.T) {
	for _, msg := range []string{"offres Idmaj à Casablanca", "contrat Tahfiz", "خدمة ف إدماج"} {
		if ind := firstIndicator(msg); ind != "" {
			t.Errorf("%q read as the indicator %s", msg, ind)
		}
	}
}

// Age bands written with numbers win over the youth word before them:
// HCP's NEET figures split 15-24 into 15-17 and 18-24.
func TestAgeBandsOverYouthWords(t *testing.T) {
	cases := map[string]string{
		"taux de NEET des jeunes de 15 à 17 ans":      "15-17",
		"الشباب البالغين من العمر 18-24 سنة":          "18-24",
		"chabab dyal 15-17 3am":                       "15-17",
		"chômage des jeunes":                          "15-24",
		"chômage des jeunes de 15 à 24 ans":           "15-24",
		"nisbat lbitala 3nd li 3ndhom 45 3am w lfou9": "45+",
	}
	for msg, want := range cases {
		var ages []string
		for _, m := range FindConcepts(msg) {
			if m.Concept.Kind == KindAge {
				ages = append(ages, m.Concept.Value)
			}
		}
		if len(ages) != 1 || ages[0] != want {
			t.Errorf("%q: ages %v, want [%s]", msg, ages, want)
		}
	}
}

func firstIndicator(msg string) string {
	for _, m := range FindConcepts(msg) {
		if m.Concept.Kind == KindIndicator {
			return m.Concept.Value
		}
	}
	return ""
}
