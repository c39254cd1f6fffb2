package web

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/assistant/offline"
	"github.com/marsad/marsad/ingest/seedtest"
	"github.com/marsad/marsad/tools"
)

// seedReference is the date the seed's relative posting dates are read
// from, and the offline planner's "now", as in the planner's own tests.
var seedReference = seedtest.Reference

// seedWorld is the real offline assistant over the bundled seed corpus,
// with the indicator store it reads, built once for the package's tests.
type seedWorld struct {
	figures tools.IndicatorStore
	kit     *tools.Kit
}

// mustSeed returns the seed world, building it on first use.
func mustSeed(t testing.TB) seedWorld {
	t.Helper()
	w := seedtest.Shared(t)
	return seedWorld{figures: w.Figures, kit: w.Kit}
}

// seededChat returns a fresh assistant (its own memory sessions) running
// the offline planner over the seed corpus.
func seededChat(t testing.TB) *assistant.Assistant {
	t.Helper()
	w := mustSeed(t)
	return assistant.New(offline.New(w.kit, func() time.Time { return seedReference }))
}

// seedQuestions returns every question of assistant/testdata/*.jsonl: the
// "question" of each case and the questions of a conversation's "turns",
// in file order.
func seedQuestions(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("../assistant/testdata/*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no question files: %v", err)
	}
	var out []string
	for _, name := range files {
		out = append(out, readQuestions(t, name)...)
	}
	return out
}

func readQuestions(t testing.TB, name string) []string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var c struct {
			Question string `json:"question"`
			Turns    []struct {
				Question string `json:"question"`
			} `json:"turns"`
		}
		if len(sc.Bytes()) == 0 || sc.Bytes()[0] == '#' {
			continue
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if c.Question != "" {
			out = append(out, c.Question)
		}
		for _, turn := range c.Turns {
			out = append(out, turn.Question)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
