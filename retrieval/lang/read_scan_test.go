package lang_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/lang"
)

// Read shares one scan between FindUnresolved and FindUnmeasured: over
// every question of Marsad's question sets, it finds what each finds
// alone.
func TestReadFindsWhatTheFindersFindAlone(t *testing.T) {
	files, _ := filepath.Glob("../../assistant/testdata/*.jsonl")
	n := 0
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		cases, err := assistant.ReadCases(f, name)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			qs := []string{c.Question}
			for _, turn := range c.Turns {
				qs = append(qs, turn.Question)
			}
			for _, q := range qs {
				if q == "" {
					continue
				}
				n++
				r := lang.Read(q)
				un, _ := lang.FindUnmeasured(r.Rest)
				if got, want := r.Unresolved, lang.FindUnresolved(r.Rest); !reflect.DeepEqual(got, want) || r.Unmeasured != un {
					t.Errorf("%q: Read found %v / %q, the finders alone %v / %q", q, got, r.Unmeasured, want, un)
				}
			}
		}
	}
	if n < 2000 {
		t.Fatalf("%d questions read, want the question sets' (over 2,000)", n)
	}
}
