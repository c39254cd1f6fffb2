package tokens

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

func mustChunker(t testing.TB, size, overlap int) *Chunker {
	t.Helper()
	c, err := NewChunker(size, overlap)
	if err != nil {
		t.Fatalf("NewChunker(%d, %d): %v", size, overlap, err)
	}
	return c
}

func TestCount(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"", 0},
		{"hello world", 2},
		{"<|endoftext|>", 7}, // counted as ordinary text
	} {
		got, err := Count(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("Count(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

func TestNewChunkerRejectsBadSizes(t *testing.T) {
	for _, c := range [][2]int{{0, 0}, {10, 10}, {10, -1}, {-5, 0}} {
		if _, err := NewChunker(c[0], c[1]); err == nil {
			t.Errorf("NewChunker(%d, %d) succeeded", c[0], c[1])
		}
	}
}

func TestWordsKeepNumbersWhole(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"1 580 000 chômeurs", []string{"1 580 000", "chômeurs"}},
		{"taux de 13,3 % en 2024", []string{"taux", "de", "13,3 %", "en", "2024"}},
		{"en 2024 100 postes", []string{"en", "2024 100", "postes"}}, // ambiguous: kept whole
		{"  البطالة  بلغت 13,3٪ ", []string{"البطالة", "بلغت", "13,3٪"}},
		{"« bonjour »", []string{"«", "bonjour »"}},
		{"12 3456", []string{"12", "3456"}},
	} {
		var got []string
		for _, w := range words(tc.text) {
			got = append(got, tc.text[w.start:w.end])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("words(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestSplitBoundsTokensAndOverlaps(t *testing.T) {
	text := strings.Repeat("Le taux de chômage atteint 13,3 % en 2024 selon le HCP. ", 40)
	c := mustChunker(t, 60, 10) // a sentence (16 tokens) fits in the last 30%
	spans := c.Split(text)
	if len(spans) < 10 {
		t.Fatalf("got %d spans for ~%d tokens", len(spans), 40*16)
	}
	for i, s := range spans {
		if s.Tokens > 60 {
			t.Errorf("span %d has %d tokens > 60", i, s.Tokens)
		}
		if n, _ := Count(s.Text); n > 60+2 {
			t.Errorf("span %d counts %d tokens alone", i, n)
		}
		if i > 0 && s.Start >= spans[i-1].End {
			t.Errorf("span %d does not overlap the previous one", i)
		}
		if !strings.HasSuffix(s.Text, ".") && i < len(spans)-1 {
			t.Errorf("span %d does not end on a sentence: %q", i, s.Text[len(s.Text)-20:])
		}
	}
	checkSpans(t, c, text)
}

func TestSplitLongWordStandsAlone(t *testing.T) {
	long := strings.Repeat("x9", 200)
	c := mustChunker(t, 20, 5)
	spans := c.Split("avant " + long + " après")
	var found bool
	for _, s := range spans {
		if strings.Contains(s.Text, "x9x9") {
			found = true
			if s.Text != long {
				t.Errorf("long word shares its passage: %q", s.Text)
			}
		}
	}
	if !found {
		t.Error("long word lost")
	}
}

func TestSplitEmpty(t *testing.T) {
	if got := mustChunker(t, 10, 2).Split(" \n\t "); got != nil {
		t.Errorf("Split(blank) = %v", got)
	}
}

// checkSpans verifies the invariants of Split on text: spans start and end
// on word boundaries, progress, and the non-shared parts joined give the
// text without white space.
func checkSpans(t *testing.T, c *Chunker, text string) {
	t.Helper()
	spans := c.Split(text)
	var b strings.Builder
	prevEnd, prevStart := 0, -1
	for i, s := range spans {
		if text[s.Start:s.End] != s.Text || s.Text == "" {
			t.Fatalf("span %d text %q is not text[%d:%d]", i, s.Text, s.Start, s.End)
		}
		if s.Start <= prevStart {
			t.Fatalf("span %d starts at %d, previous at %d", i, s.Start, prevStart)
		}
		if !boundaryBefore(text, s.Start) || !boundaryAfter(text, s.End) {
			t.Fatalf("span %d [%d:%d] cuts a word in %q", i, s.Start, s.End, text)
		}
		if strings.TrimSpace(text[prevEnd:max(prevEnd, s.Start)]) != "" {
			t.Fatalf("gap before span %d holds text", i)
		}
		// Each part without its spaces: joined first, the invalid bytes
		// ending one part and starting the next could decode as a space
		// ("\xe2\x80" + "\xa8" is U+2028) that is none in the text.
		b.WriteString(dropSpace(text[max(prevEnd, s.Start):s.End]))
		prevEnd, prevStart = s.End, s.Start
	}
	if strings.TrimSpace(text[prevEnd:]) != "" {
		t.Fatalf("text after the last span lost: %q", text[prevEnd:])
	}
	if got, want := b.String(), dropSpace(text); got != want {
		t.Fatalf("joined spans lose text:\n got %q\nwant %q", got, want)
	}
}

func boundaryBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return i == 0 || unicode.IsSpace(r)
}

func boundaryAfter(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return i == len(text) || unicode.IsSpace(r)
}

// dropSpace removes white-space runes from s, keeping invalid bytes as
// they are.
func dropSpace(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"", "a", "1 580 000 chômeurs", "taux de 13,3 % en 2024.", "chno homa l5edmat li kayna f tanja?",
		"البطالة بلغت 13,3٪ سنة 2024. وفي الدار البيضاء", "\xff\xfe bad utf8 \xc3", "a\u00a0000 b",
	} {
		f.Add(s, 8, 2)
	}
	f.Fuzz(func(t *testing.T, text string, size, overlap int) {
		size = 1 + abs(size)%64
		overlap = abs(overlap) % size
		checkSpans(t, mustChunker(t, size, overlap), text)
	})
}

func abs(x int) int {
	if x < 0 {
		if -x < 0 {
			return 0
		}
		return -x
	}
	return x
}

// A text may hold a run the encoder's pattern does not split (a base64
// image, a line of dashes, a page of spaces glued to a sign): byte-pair
// merging is quadratic in such a run, and a 256 kB one took minutes.
func TestSplitLongRunsInLinearTime(t *testing.T) {
	c := mustChunker(t, 512, 64)
	for name, text := range map[string]string{
		"letters":       strings.Repeat("x", 256<<10),
		"spaces glued":  "a" + strings.Repeat("\u00a0", 128<<10) + "%",
		"accented runs": strings.Repeat("é", 128<<10),
	} {
		done := make(chan []Span, 1)
		go func() { done <- c.Split(text) }()
		select {
		case spans := <-done:
			if len(spans) != 1 || spans[0].Text != text {
				t.Errorf("%s: %d spans; want the run whole in one", name, len(spans))
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: Split of a %d-byte run still running after 10 s", name, len(text))
		}
	}
}
