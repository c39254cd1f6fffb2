package lang

import (
	"fmt"
	"testing"
)

// "The same year" is the conversation's year, in the five languages: a
// relative year (SameYear) a quarter or a month binds to, whose words are
// a period and name nothing else.
func TestSameYear(t *testing.T) {
	cases := map[string]string{
		"et au troisième trimestre de la même année ?": "-3/3/0=troisième trimestre de la même année",
		"la même année, pour les femmes ?":             "-3/0/0=la même année",
		"وفي الفصل الثالث من السنة نفسها؟":             "-3/3/0=الفصل الثالث من السنة نفسها",
		"والربع الثاني من نفس العام؟":                  "-3/2/0=والربع الثاني من نفس العام",
		"وعند النساء في نفس السنة؟":                    "-3/0/0=نفس السنة",
		"والتريمستر التالت ديال نفس العام؟":            "-3/3/0=والتريمستر التالت ديال نفس العام",
		"و العيالات ف ديك العام؟":                      "-3/0/0=ديك العام",
		"w trimestre talt dyal dik l3am?":              "-3/3/0=trimestre talt dyal dik l3am",
		"w 3nd l3yalat f nafs l3am?":                   "-3/0/0=nafs l3am",
		"and in the third quarter of the same year?":   "-3/3/0=third quarter of the same year",
		"what about women that same year?":             "-3/0/0=that same year",
	}
	for text, want := range cases {
		ps := FindPeriods(text)
		var got []string
		for _, p := range ps {
			got = append(got, fmt.Sprintf("%d/%d/%d=%s", p.Year, p.Quarter, p.Month, p.Surface))
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("FindPeriods(%q) = %v, want [%s]", text, got, want)
		}
		if u := FindUnresolved(text); u != nil {
			t.Errorf("FindUnresolved(%q) = %+v, want nil", text, u)
		}
	}
}
