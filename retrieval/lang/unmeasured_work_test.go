package lang

import "testing"

// A count of the people who work in, with, for or as something that is
// no sector asks a figure Marsad lacks, in the five languages: its words
// from the verb are what the question asks figures on, and what they
// name (a firm read as an occupation, telework, an occupation) is not
// what is asked. Counts of the people working in a sector, a place or
// more than 48 hours are indicators.
func TestCountsOfPeopleWorking(t *testing.T) {
	cases := map[string]string{
		"ch7al mn wa7d kaykhdm m3a Glovo f lmghrib?":                  "kaykhdm m3a Glovo",
		"ch7al mn wa7d kaykhdm mn dar f lmghrib?":                     "kaykhdm mn dar",
		"شحال من واحد كيخدم بالتيليتراڤاي من الدار ف المغرب؟":         "كيخدم بالتيليتراڤاي من الدار",
		"شحال من واحد خدام ف الكول سنتر؟":                             "خدام ف الكول سنتر",
		"كم عدد الذين يعملون عن بعد في المغرب؟":                       "يعملون عن بعد",
		"combien de personnes travaillent comme infirmier au Maroc ?": "travaillent comme infirmier",
		"combien de personnes font du télétravail au Maroc ?":         "font du télétravail",
		"how many people work for Glovo in Morocco?":                  "work for Glovo",
		"how many people work from home in Morocco?":                  "work from home",
		"how many people telework in Morocco?":                        "telework",
		"عدد الأجراء الذين يعملون عن بعد سنة 2023":                    "يعملون عن بعد",
	}
	for text, want := range cases {
		if got, _ := FindUnmeasured(text); got != want {
			t.Errorf("FindUnmeasured(%q) = %q, want %q", text, got, want)
		}
		for _, m := range FindConcepts(text) {
			if m.Concept.Kind == KindOccupation || m.Concept.Kind == KindTopic || m.Concept.Kind == KindSex {
				t.Errorf("FindConcepts(%q) holds %v, not what is asked", text, m.Concept)
			}
		}
	}
	for text, want := range map[string]string{
		"شحال من واحد خدام ف الفلاحة؟":                             "employed_persons_agriculture",
		"combien de gens travaillent dans le BTP ?":                "employed_persons_construction",
		"ch7al mn wa7ed kaykhdem ktar mn 48 sa3a f simana f 2023?": "excessive_hours_share",
		"how many people work in the informal sector?":             "informal_sector_employment_share_nonagri",
		"كم عدد المشتغلين في قطاع الصناعة سنة 2024؟":               "employed_persons_industry",
	} {
		if got := askedIndicator(text); got != want {
			t.Errorf("%q asks %q, want %s", text, got, want)
		}
		if got, _ := FindUnmeasured(text); got != "" {
			t.Errorf("FindUnmeasured(%q) = %q, want none", text, got)
		}
	}
}

// A count of the people of an occupation asks how many do that job,
// which Marsad does not count, in the five languages; a count of its job
// ads, of those hired or needed, or its pay is a job-market question.
func TestCountsOfAnOccupation(t *testing.T) {
	cases := map[string]string{
		"how many Glovo couriers are there in Morocco?": "how many Glovo couriers",
		"nombre de livreurs Glovo au Maroc ?":           "nombre de livreurs Glovo",
		"كم عدد الممرضين في المغرب؟":                    "كم عدد الممرضين",
		"شحال من فرملي كاين ف المغرب؟":                  "شحال من فرملي",
		"ch7al mn fermli kayn f lmghrib?":               "ch7al mn fermli",
	}
	for text, want := range cases {
		if got, _ := FindUnmeasured(text); got != want {
			t.Errorf("FindUnmeasured(%q) = %q, want %q", text, got, want)
		}
		for _, m := range FindConcepts(text) {
			if m.Concept.Kind == KindOccupation {
				t.Errorf("FindConcepts(%q) holds %v, not what is asked", text, m.Concept)
			}
		}
	}
	for _, text := range []string{
		"how many nurses are needed in Morocco?", "combien d'offres pour plombier à Casablanca ?", "combien gagne un plombier ?",
		"شحال من فرملي مطلوب ف كازا؟", "ch7al mn offre dyal plombi f casa?",
	} {
		if got, _ := FindUnmeasured(text); got != "" {
			t.Errorf("FindUnmeasured(%q) = %q, want none", text, got)
		}
		if len(FindConcepts(text)) == 0 {
			t.Errorf("FindConcepts(%q) is empty, want its occupation", text)
		}
	}
}
