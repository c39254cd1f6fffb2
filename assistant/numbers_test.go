package assistant

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNumbersIn(t *testing.T) {
	cases := []struct {
		text string
		want []float64
	}{
		{"19,4 %", []float64{19.4}},
		{"13.3%", []float64{13.3}},
		{"1\u00a0580\u00a0000 personnes", []float64{1580000}},
		{"1 580 000", []float64{1580000}},
		{"1.580.000 et 1,580,000", []float64{1580000, 1580000}},
		{"١٣٫٣ في المائة", []float64{13.3}},
		{"۱۹,۴", []float64{19.4}},
		{"-137\u00a0000 emplois", []float64{-137000}},
		{"15-24 ans en 2024", []float64{15, 24, 2024}},
		{"3nd l3yalat ra9m f 2024", []float64{2024}},
		{"T3 2024 : 13,6", []float64{2024, 13.6}},
		{"en 2023, 2024", []float64{2023, 2024}},
		{"no numbers", nil},
	}
	for _, c := range cases {
		if d := cmp.Diff(c.want, NumbersIn(c.text)); d != "" {
			t.Errorf("NumbersIn(%q) (-want +got):\n%s", c.text, d)
		}
	}
}

func TestContainsNumberComparesValues(t *testing.T) {
	found := NumbersIn("Le taux est de 10,0 % et 1\u00a0580\u00a0000 chômeurs")
	for _, want := range []string{"10", "10.0", "1580000", "1 580 000"} {
		if !containsNumber(found, want) {
			t.Errorf("containsNumber(%v, %q) = false", found, want)
		}
	}
	if containsNumber(found, "11") {
		t.Error("11 found in a text without it")
	}
}

func FuzzNumbersIn(f *testing.F) {
	for _, s := range []string{"19,4 %", "1 580 000", "3nd", "١٣٫٣", "-5", "1,2,3.4.5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = NumbersIn(s) // must not panic
	})
}

// Numbers gives where each number starts, in runes of the text as given
// (Arabic-Indic digits and a minus sign included).
func TestNumbersSayWhereTheyStart(t *testing.T) {
	text := "معدل ١٩٫٤ ثم -3 و 1 580 000"
	got := Numbers(text)
	want := []Number{{19.4, 5}, {-3, 13}, {1580000, 18}}
	if len(got) != len(want) {
		t.Fatalf("Numbers(%q) = %v, want %v", text, got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("number %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}
