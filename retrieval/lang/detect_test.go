package lang

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

// detectCase is one labelled sentence of testdata/detect.tsv.
type detectCase struct {
	want  Tag
	text  string
	fresh bool // written after tuning
}

func mustReadDetectCases(t *testing.T) []detectCase {
	t.Helper()
	f, err := os.Open("testdata/detect.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []detectCase
	fresh := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "# fresh") {
			fresh = true
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		tag, text, ok := strings.Cut(line, "\t")
		if !ok || !Tag(tag).Valid() {
			t.Fatalf("bad line %q", line)
		}
		cases = append(cases, detectCase{want: Tag(tag), text: text, fresh: fresh})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// score counts right answers per tag.
type score struct{ right, total map[Tag]int }

func newScore() score { return score{right: map[Tag]int{}, total: map[Tag]int{}} }

func (s score) add(want, got Tag) {
	s.total[want]++
	if want == got {
		s.right[want]++
	}
}

func (s score) overall() (int, int) {
	r, n := 0, 0
	for _, t := range Tags {
		r += s.right[t]
		n += s.total[t]
	}
	return r, n
}

func TestDetect(t *testing.T) {
	cases := mustReadDetectCases(t)
	if len(cases) < 180 {
		t.Errorf("%d sentences, want at least 180", len(cases))
	}
	all, tuning, fresh := newScore(), newScore(), newScore()
	for _, c := range cases {
		got := Detect(c.text)
		all.add(c.want, got)
		if c.fresh {
			fresh.add(c.want, got)
		} else {
			tuning.add(c.want, got)
		}
		if got != c.want {
			t.Logf("miss: want %s got %s: %s", c.want, got, c.text)
		}
	}
	t.Logf("%-9s %14s %14s %14s", "lang", "tuning", "fresh", "all")
	for _, tag := range Tags {
		t.Logf("%-9s %14s %14s %14s", tag, ratio(tuning, tag), ratio(fresh, tag), ratio(all, tag))
		if r, n := all.right[tag], all.total[tag]; n < 30 || float64(r) < 0.9*float64(n) {
			t.Errorf("%s: %d/%d right, want at least 30 sentences and 90%%", tag, r, n)
		}
	}
	r, n := all.overall()
	tr, tn := tuning.overall()
	fr, fn := fresh.overall()
	t.Logf("%-9s %14s %14s %14s", "overall", pct(tr, tn), pct(fr, fn), pct(r, n))
	if float64(r) < 0.95*float64(n) {
		t.Errorf("overall accuracy %d/%d, want at least 95%%", r, n)
	}
}

func ratio(s score, t Tag) string { return pct(s.right[t], s.total[t]) }

func pct(r, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d (%.0f%%)", r, n, 100*float64(r)/float64(n))
}
