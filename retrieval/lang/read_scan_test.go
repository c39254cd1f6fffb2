package lang

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// Read shares one scan between FindUnresolved and FindUnmeasured: over
// every question of Marsad's question sets, it finds what each finds
// alone.
func TestReadFindsWhatTheFindersFindAlone(t *testing.T) {
	files, _ := filepath.Glob("../../assistant/testdata/*.jsonl")
	n := 0
	for _, f := range files {
		file, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(file)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var c struct {
				Question string `json:"question"`
				Turns    []struct {
					Question string `json:"question"`
				} `json:"turns"`
			}
			if line := bytes.TrimSpace(sc.Bytes()); len(line) == 0 || line[0] == '#' {
				continue // a comment
			}
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			qs := []string{c.Question}
			for _, turn := range c.Turns {
				qs = append(qs, turn.Question)
			}
			for _, q := range qs {
				if q == "" {
					continue
				}
				n++
				r := Read(q)
				un, _ := FindUnmeasured(r.Rest)
				if got, want := r.Unresolved, FindUnresolved(r.Rest); !reflect.DeepEqual(got, want) || r.Unmeasured != un {
					t.Errorf("%q: Read found %v / %q, the finders alone %v / %q", q, got, r.Unmeasured, want, un)
				}
			}
		}
		file.Close()
	}
	t.Logf("%d questions", n)
	if n < 500 {
		t.Fatalf("%d questions read, want the question sets' (over 500)", n)
	}
}
