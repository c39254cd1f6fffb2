package web

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/assistant/offline"
	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/retrieval/embed"
	vectors "github.com/marsad/marsad/retrieval/embedded"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
)

// seedReference is the date the seed's relative posting dates are read
// from, and the offline planner's "now", as in the planner's own tests.
var seedReference = time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC)

// seedWorld is the real offline assistant over the bundled seed corpus,
// with the indicator store it reads, built once for the package's tests.
type seedWorld struct {
	figures tools.IndicatorStore
	kit     *tools.Kit
}

var seeded struct {
	once  sync.Once
	world seedWorld
	err   error
}

// mustSeed returns the seed world, building it on first use.
func mustSeed(t testing.TB) seedWorld {
	t.Helper()
	seeded.once.Do(func() { seeded.world, seeded.err = buildSeed(context.Background()) })
	if seeded.err != nil {
		t.Fatal(seeded.err)
	}
	return seeded.world
}

// seededChat returns a fresh assistant (its own memory sessions) running
// the offline planner over the seed corpus.
func seededChat(t testing.TB) *assistant.Assistant {
	t.Helper()
	w := mustSeed(t)
	return assistant.New(offline.New(w.kit, func() time.Time { return seedReference }))
}

func buildSeed(ctx context.Context) (seedWorld, error) {
	figures, err := embedded.Open("")
	if err != nil {
		return seedWorld{}, err
	}
	obs, err := ingest.SeedObservations()
	if err != nil {
		return seedWorld{}, err
	}
	if _, err := figures.Load(ctx, obs); err != nil {
		return seedWorld{}, err
	}
	demand, err := embedded.OpenJobMarket("")
	if err != nil {
		return seedWorld{}, err
	}
	emb := embed.NewBuiltin()
	vs, err := vectors.Open("", emb.Dimension())
	if err != nil {
		return seedWorld{}, err
	}
	index, err := retrieval.NewIndex(vs, emb)
	if err != nil {
		return seedWorld{}, err
	}
	p, err := ingest.NewPipeline(ctx, demand, ingest.Options{Now: func() time.Time { return seedReference }, Index: index.Add})
	if err != nil {
		return seedWorld{}, err
	}
	for _, kind := range []string{ingest.KindProfiles, ingest.KindNotes, ingest.KindAds} {
		if err := p.IngestSeed(ctx, kind); err != nil {
			return seedWorld{}, err
		}
	}
	kit := []tools.Tool{tools.SeriesTool{Store: figures}, tools.CompareTool{Store: figures},
		tools.DocumentsTool{Searcher: tools.IndexSearcher{Index: index}, Profiles: demand.Profiles}}
	return seedWorld{figures: figures, kit: tools.NewKit(append(kit, tools.JobMarketTools(demand, nil)...)...)}, nil
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
