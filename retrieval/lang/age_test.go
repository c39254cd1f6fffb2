package lang

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAgeRanges(t *testing.T) {
	cases := []struct {
		text string
		want []string // "band=surface"
	}{
		{"nisbat lbitala bin 25 w 34 3am", []string{"25-34=25 w 34 3am"}},
		{"البطالة بين 25 و34 سنة", []string{"25-34=25 و34 سنة"}},
		{"الشوماج من 25 حتى ل 34 عام", []string{"25-34=25 حتى ل 34 عام"}},
		{"من 35 ل 44 عام فالعروبية", []string{"35-44=35 ل 44 عام"}},
		{"men 15 hta l 24 3am", []string{"15-24=15 hta l 24 3am"}},
		{"le chômage entre 25 et 34 ans", []string{"25-34=25 et 34 ans"}},
		{"les actifs de 25 à 34 ans", []string{"25-34=25 à 34 ans"}},
		{"actifs de 15 à 24 ans révolus", []string{"15-24=15 à 24 ans révolus"}},
		{"people aged 25 to 34", []string{"25-34=25 to 34"}},
		{"between 35 and 44 years old", []string{"35-44=35 and 44 years old"}},
		{"the 35 to 44 year olds", []string{"35-44=35 to 44 year olds"}},
		{"tranche 25-34", []string{"25-34=25-34"}},
		{"fi2at 15 24", []string{"15-24=15 24"}},
		{"15/24 ans", []string{"15-24=15/24 ans"}},
		{"45 ans et plus", []string{"45+=45 ans et plus"}},
		{"chômeurs de plus de 45 ans", []string{"45+=plus de 45 ans"}},
		{"nas 45 w ktar", []string{"45+=45 w ktar"}},
		{"45 3am w ktar", []string{"45+=45 3am w ktar"}},
		{"الناس 45 فما فوق", []string{"45+=45 فما فوق"}},
		{"45 سنة وما فوق", []string{"45+=45 سنة وما فوق"}},
		{"workers aged 45 and above", []string{"45+=45 and above"}},
		{"45+", []string{"45+=45+"}},

		{"18-30 ans", nil},
		{"entre 15 et 24 %", nil},
		{"25-34 DH", nil},
		{"15 000 DH", nil},
		{"bin 25 w 40 3am", nil},
		{"45+5", nil},
		{"en 2015 24 personnes", nil},
	}
	for _, c := range cases {
		var got []string
		for _, m := range FindConcepts(c.text) {
			if m.Concept.Kind == KindAge {
				got = append(got, m.Concept.Value+"="+m.Surface)
			}
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("ages of %q (-want +got):\n%s", c.text, diff)
		}
	}
}

func TestYouthWordsAre15To24(t *testing.T) {
	for _, text := range []string{"chabab", "drari", "الشباب", "jeunes", "young people", "youth", "الدراري", "lchabab"} {
		got := FindConcepts(text)
		if len(got) != 1 || got[0].Concept != (Concept{KindAge, "15-24"}) {
			t.Errorf("FindConcepts(%q) = %+v, want age 15-24", text, got)
		}
	}
}
