package chart

import (
	"strconv"
	"strings"
	"testing"

	"github.com/marsad/marsad/prompts"
)

// hostile is a figure whose every text is markup or carries characters
// XML cannot hold, as a label from an ingested file could.
func hostile(line bool, l string) figure {
	bad := `<script>alert("x")</script> & ]]> ` + "\x00\x1b"
	f := figure{line: line, lang: l, title: bad, caption: bad, unit: bad, legend: bad, columns: []string{"a", "b"}}
	for i := range 3 {
		f.points = append(f.points, point{label: bad, value: float64(i) - 1, text: bad, mark: bad, pos: 12 * i})
	}
	f.breaks = []seriesBreak{{at: 1, label: bad}}
	return f
}

func TestEveryTextIsEscaped(t *testing.T) {
	for _, line := range []bool{true, false} {
		for _, l := range []string{"fr", "ar"} {
			svg := hostile(line, l).svg()
			doc := mustParse(t, svg) // fails on markup, <script or a NUL
			if !strings.Contains(doc.Title, `<script>alert("x")</script>`) {
				t.Errorf("title read back as %q, want the text kept as text", doc.Title)
			}
		}
	}
}

func TestNiceScaleCoversTheValuesWithRoundTicks(t *testing.T) {
	for _, c := range []struct {
		min, max float64
		zero     bool
		want     string
	}{
		{9.2, 13, false, "9 10 11 12 13"},
		{0, 3, true, "0 1 2 3"},
		{21.4, 21.4, true, "0 10 20 30"},
		{-432000, 120000, true, "-600000 -400000 -200000 0 200000"},
		{0.12, 0.47, false, "0.1 0.2 0.3 0.4 0.5"},
	} {
		s := niceScale(c.min, c.max, 4, c.zero)
		var parts []string
		for _, v := range s.ticks() {
			parts = append(parts, strconv.FormatFloat(v, 'f', -1, 64))
		}
		if strings.Join(parts, " ") != c.want || s.lo > c.min || s.hi < c.max {
			t.Errorf("niceScale(%v, %v) ticks %v [%v, %v], want %s", c.min, c.max, parts, s.lo, s.hi, c.want)
		}
	}
}

func TestWrapKeepsEveryWordWithinTheLines(t *testing.T) {
	title := "Métiers les plus demandés dans les offres d'emploi dans la région Tanger-Tétouan-Al Hoceïma"
	ls := wrap(title, 300, titleSize, 9)
	if strings.Join(ls, " ") != title || len(ls) < 2 {
		t.Errorf("wrap = %q", ls)
	}
	for _, l := range ls {
		if textWidth(l, titleSize) > 300 && !strings.Contains(l, " ") {
			continue // one word longer than a line stays whole
		}
		if textWidth(l, titleSize) > 300 {
			t.Errorf("line %q is wider than 300", l)
		}
	}
	if cut := wrap(title, 200, titleSize, 2); len(cut) != 2 || !strings.HasSuffix(cut[1], "…") {
		t.Errorf("wrap to 2 lines = %q, want the second ending with …", cut)
	}
}

func TestWrapBreaksNeitherARegionNorANumber(t *testing.T) {
	ls := wrap("Taux de chômage dans la région Fès - Meknès : 1\u00a0580\u00a0000 personnes", 150, titleSize, 9)
	joined := strings.Join(ls, "\n")
	if !strings.Contains(joined, "Fès\u00a0-\u00a0Meknès") || !strings.Contains(joined, "1\u00a0580\u00a0000") {
		t.Errorf("wrap = %q, want the region name and the number on one line each", ls)
	}
}

func TestUnitLabelLeavesOutAFiguresQualifier(t *testing.T) {
	for _, c := range []struct{ lang, unit, want string }{
		{"fr", "percent", "%"},
		{"ar", "percent", "%"},
		{"fr", "persons", "personnes"},
		{"fr", "billion MAD (as restated in the 2023 annual report)", "milliards de dirhams"},
		{"fr", "jobs (year on year)", "emplois (en glissement annuel)"},
		{"en", "percent of employed", "%"},
		{"en", "jobs (year on year)", "jobs (year on year)"},
	} {
		if got := unitLabel(c.lang, c.unit); got != c.want {
			t.Errorf("unitLabel(%s, %q) = %q, want %q", c.lang, c.unit, got, c.want)
		}
	}
}

func TestNegativeValuesKeepTheirSignInFrontInArabic(t *testing.T) {
	f := figure{line: true, lang: "ar", title: "صافي إحداث مناصب الشغل", caption: "المصدر: HCP", unit: "منصب شغل"}
	for i, v := range []float64{-432000, 230000, -24000} {
		s := prompts.Number("ar", v)
		f.points = append(f.points, point{label: strconv.Itoa(2020 + i), value: v, text: s, mark: s, pos: 12 * (2020 + i)})
	}
	doc := mustParse(t, f.svg())
	found := false
	for _, tx := range doc.Texts {
		if strings.Contains(tx.Text, "-432") {
			found = true
			if !strings.HasPrefix(tx.Text, "\u2066-") || !strings.HasSuffix(tx.Text, "\u2069") {
				t.Errorf("label %q, want it isolated left to right", tx.Text)
			}
		}
	}
	if !found {
		t.Error("no label of -432 000")
	}
}
