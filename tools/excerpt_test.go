package tools

import (
	"strings"
	"testing"
)

// runeExcerpt is excerpt as it was first written, on a whole text
// converted to runes: the reference of TestExcerptCutsAsByRunes.
func runeExcerpt(s string, n int) string {
	if len([]rune(s)) <= n {
		return s
	}
	rs := []rune(s)[:n]
	for i := len(rs) - 1; i > n/2; i-- {
		if rs[i] == ' ' {
			return string(rs[:i]) + "…"
		}
	}
	return string(rs) + "…"
}

// excerpt cuts by byte offsets where it can: the same cut as by runes,
// in Latin and Arabic script, with spaces anywhere or nowhere, and on
// invalid UTF-8.
func TestExcerptCutsAsByRunes(t *testing.T) {
	words := []string{"Technicien", "تقني", "de", "في", "maintenance", "الصيانة", "é", "—", "x"}
	var texts []string
	for k := range 60 {
		var b strings.Builder
		for i := range k {
			b.WriteString(words[(i*7+k)%len(words)])
			if (i+k)%5 != 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	texts = append(texts, strings.Repeat("a", 300), strings.Repeat("ب ", 200), "café\xffcrème au lait "+strings.Repeat("z", 30))
	for _, s := range texts {
		for _, n := range []int{1, 2, 5, 10, 17, 40, 240} {
			if got, want := excerpt(s, n), runeExcerpt(s, n); got != want {
				t.Errorf("excerpt(%q, %d) = %q, by runes %q", s, n, got, want)
			}
		}
	}
}
