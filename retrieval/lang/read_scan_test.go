package lang_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/lang"
)

// Read prepares a message once for all its finders and shares one scan
// between FindUnresolved and FindUnmeasured: over every question of
// Marsad's question sets, it reads what the finders read alone, each
// preparing the text again.
func TestReadFindsWhatTheFindersFindAlone(t *testing.T) {
	for _, q := range setQuestions(t) {
		if got, want := lang.Read(q), lang.ReadAlone(q); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: Read found\n%+v\nthe finders alone\n%+v", q, got, want)
		}
	}
}

// BenchmarkReadQuestions reads every question of the question sets once
// an iteration: the cost of reading the messages Marsad is asked.
func BenchmarkReadQuestions(b *testing.B) {
	qs := setQuestions(b)
	b.ResetTimer()
	for b.Loop() {
		for _, q := range qs {
			lang.Read(q)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(qs)), "ns/question")
}

// setQuestions returns every question of Marsad's question sets, the
// follow-up turns included, in file order; it fails tb when there are
// fewer than 2,000.
func setQuestions(tb testing.TB) []string {
	files, _ := filepath.Glob("../../assistant/testdata/*.jsonl")
	var qs []string
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			tb.Fatal(err)
		}
		cases, err := assistant.ReadCases(f, name)
		f.Close()
		if err != nil {
			tb.Fatal(err)
		}
		for _, c := range cases {
			for _, q := range append([]string{c.Question}, turnQuestions(c)...) {
				if q != "" {
					qs = append(qs, q)
				}
			}
		}
	}
	if len(qs) < 2000 {
		tb.Fatalf("%d questions read, want the question sets' (over 2,000)", len(qs))
	}
	return qs
}

func turnQuestions(c assistant.Case) []string {
	var qs []string
	for _, turn := range c.Turns {
		qs = append(qs, turn.Question)
	}
	return qs
}
