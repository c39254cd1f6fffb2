package prompts

import "testing"

// Intervals and dates are worded as what they are, never as their year.
func TestPeriodWordsForIntervalsAndDates(t *testing.T) {
	cases := []struct{ lang, p, phrase, label string }{
		{"fr", "2022-01/2022-07", "de janvier à juillet 2022", "janvier-juillet 2022"},
		{"fr", "2022-07/2023-06", "de juillet 2022 à juin 2023", "juillet 2022-juin 2023"},
		{"ar", "2023-01/2023-07", "من يناير إلى يوليوز 2023", "يناير-يوليوز 2023"},
		{"ary", "2023-01/2023-07", "من يناير حتى يوليوز 2023", "يناير-يوليوز 2023"},
		{"ary-Latn", "2023-01/2023-07", "men janvier l juillet 2023", "janvier-juillet 2023"},
		{"en", "2023-01/2023-07", "from January to July 2023", "January-July 2023"},
		{"fr", "2021-04-30", "au 30 avril 2021", "30 avril 2021"},
		{"ar", "2021-04-30", "في 30 أبريل 2021", "30 أبريل 2021"},
		{"en", "2021-04-05", "on 5 April 2021", "5 April 2021"},
		{"fr", "2024", "en 2024", "2024"},
	}
	for _, c := range cases {
		if got := PeriodPhrase(c.lang, c.p); got != c.phrase {
			t.Errorf("PeriodPhrase(%s, %s) = %q, want %q", c.lang, c.p, got, c.phrase)
		}
		if got := PeriodLabel(c.lang, c.p); got != c.label {
			t.Errorf("PeriodLabel(%s, %s) = %q, want %q", c.lang, c.p, got, c.label)
		}
	}
}

// A unit is written in the answer's language with the source's qualifier,
// a percentage of anything with the percent sign.
func TestValueWordsUnitsAndKeepsQualifiers(t *testing.T) {
	cases := []struct {
		lang string
		v    float64
		unit string
		want string
	}{
		{"fr", 35.3, "percent of employed (>48 h/week)", "35,3 % (plus de 48 h par semaine)"},
		{"en", 21.3, "percent (RGPH census definition, not ENE)", "21.3% (census (RGPH) definition, not the labour survey's)"},
		{"fr", 72319, "insertions (January-July cumulative)", "72\u00a0319 insertions"},
		{"ar", 9508, "persons (validated Tahfiz protocols)", "9508 شخص (اتفاقيات تحفيز المصادق عليها)"},
		{"ar", 5152, "MAD per month", "5152 درهم شهريا"},
		{"ary-Latn", 110.8, "billion MAD (as restated in the 2023 annual report)", "110,8 milliard dirham (kif tsa7a7 f rapport annuel dyal 2023)"},
		{"en", 3, "widgets (a new note)", "3 widgets (a new note)"},
		{"fr", 13.3, "percent", "13,3 %"},
		{"en", 45.2, "hours per week", "45.2 hours a week"},
	}
	for _, c := range cases {
		if got := Value(c.lang, c.v, c.unit); got != c.want {
			t.Errorf("Value(%s, %v, %q) = %q, want %q", c.lang, c.v, c.unit, got, c.want)
		}
	}
}

func TestFrenchArticlesOfIndicatorNames(t *testing.T) {
	for name, want := range map[string]string{
		"taux de chômage":                   "du taux de chômage",
		"part de l'emploi informel":         "de la part de l'emploi informel",
		"insertions du programme Idmaj":     "des insertions du programme Idmaj",
		"entreprises affiliées à la CNSS":   "des entreprises affiliées à la CNSS",
		"Marocains du monde immatriculés":   "des Marocains du monde immatriculés",
		"actifs occupés dans l'agriculture": "des actifs occupés dans l'agriculture",
		"emploi informel":                   "de l'emploi informel",
	} {
		if got := frOf(name); got != want {
			t.Errorf("frOf(%q) = %q, want %q", name, got, want)
		}
	}
}

// Every break the tools know is worded in every language.
func TestBreakNotesInEveryLanguage(t *testing.T) {
	for _, id := range []string{"ene_2017", "hcp_revision_2019"} {
		for _, l := range Languages {
			if BreakNote(l, id) == "" || l != "fr" && BreakNote(l, id) == BreakNote("fr", id) {
				t.Errorf("break %s has no %s wording", id, l)
			}
		}
	}
	if BreakNote("fr", "unknown") != "" {
		t.Error("an unknown break is worded")
	}
}
