package lang

import "testing"

// Darija past tense (كانو مصرحين, كان كيخدم) and counts asked in figures
// (شحال من واحد, شحال من ساعة) name the indicator their words describe,
// and no frame of an unknown indicator or of a count of people takes
// them.
func TestPastTenseAndCountsNameTheirIndicator(t *testing.T) {
	for text, want := range map[string]string{
		"شحال من واحد كانو مصرحين بيهم ف الضمان الاجتماعي CNSS ف 2022؟":               "cnss_declared_employees",
		"شحال من واحد مصرح بيه ف CNSS ف 2022؟":                                        "cnss_declared_employees",
		"شحال كانو الخدامة المصرحين ف الضمان الاجتماعي ف 2021؟":                       "cnss_declared_employees",
		"ch7al mn wa7d kanou mdeclarin f cnss f 2022?":                                "cnss_declared_employees",
		"Combien de salariés étaient déclarés à la CNSS en 2022 ?":                    "cnss_declared_employees",
		"كم كان عدد الأجراء المصرح بهم لدى الصندوق الوطني للضمان الاجتماعي سنة 2022؟": "cnss_declared_employees",
		"How many employees were declared to the CNSS in 2022?":                       "cnss_declared_employees",
		"شحال من ساعة كان كيخدم الواحد ف السيمانة ف 2020؟":                            "avg_weekly_hours_worked",
		"شحال من ساعة كانو كيخدمو الناس فالأسبوع ف 2020؟":                             "avg_weekly_hours_worked",
		"ch7al mn sa3a kaykhdm f simana f 2020?":                                      "avg_weekly_hours_worked",
		"ch7al mn sa3a kan kaykhdm nas f simana f 2020?":                              "avg_weekly_hours_worked",
		"Combien d'heures travaillait-on par semaine en 2020 ?":                       "avg_weekly_hours_worked",
		"كم ساعة كان يعمل المغاربة في الأسبوع سنة 2020؟":                              "avg_weekly_hours_worked",
		"ch7al mn sa3a kano kaykhdmo nas f l2osbo3 f 2020?":                           "avg_weekly_hours_worked",
		"شحال من واحد كانو مسجلين ف الضمان الاجتماعي ف 2022؟":                         "cnss_declared_employees",
		"How many hours a week did people work in 2020?":                              "avg_weekly_hours_worked",
	} {
		if got := askedIndicator(text); got != want {
			t.Errorf("askedIndicator(%q) = %q, want %q", text, got, want)
		}
		for _, u := range FindUnresolved(text) {
			if u.Kind == KindIndicator {
				t.Errorf("FindUnresolved(%q) claims the unknown indicator %q", text, u.Surface)
			}
		}
	}
}

// A past auxiliary (كانو, kano, étaient) is no unknown word: the frame of
// a count of people does not make it an indicator Marsad lacks.
func TestPastAuxiliaryIsNoUnknownIndicator(t *testing.T) {
	for _, text := range []string{"ch7al mn wa7d kano khddamin f 2022?", "شحال من واحد كانو خدامين ف 2022؟", "ch7al mn wa7d kanou chomeurs f 2020?"} {
		for _, u := range FindUnresolved(text) {
			if u.Kind == KindIndicator {
				t.Errorf("FindUnresolved(%q) claims the unknown indicator %q", text, u.Surface)
			}
		}
	}
}
