package chart

import (
	"context"
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

// seedReference is the offline planner's "now" and the date the seed's
// relative posting dates are read from, as in the planner's own tests.
var seedReference = time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC)

var seeded struct {
	once sync.Once
	kit  *tools.Kit
	err  error
}

// seedKit returns the real tools over the embedded default data: the
// official figures and the demo corpus (profiles, notes, ads), built
// once for the package's tests.
func seedKit(t testing.TB) *tools.Kit {
	t.Helper()
	seeded.once.Do(func() { seeded.kit, seeded.err = buildSeedKit(context.Background()) })
	if seeded.err != nil {
		t.Fatal(seeded.err)
	}
	return seeded.kit
}

func buildSeedKit(ctx context.Context) (*tools.Kit, error) {
	figures, err := embedded.Open("")
	if err != nil {
		return nil, err
	}
	obs, err := ingest.SeedObservations()
	if err != nil {
		return nil, err
	}
	if _, err := figures.Load(ctx, obs); err != nil {
		return nil, err
	}
	demand, err := embedded.OpenJobMarket("")
	if err != nil {
		return nil, err
	}
	emb := embed.NewBuiltin()
	vs, err := vectors.Open("", emb.Dimension())
	if err != nil {
		return nil, err
	}
	index, err := retrieval.NewIndex(vs, emb)
	if err != nil {
		return nil, err
	}
	p, err := ingest.NewPipeline(ctx, demand, ingest.Options{Now: func() time.Time { return seedReference }, Index: index.Add})
	if err != nil {
		return nil, err
	}
	for _, kind := range []string{ingest.KindProfiles, ingest.KindNotes, ingest.KindAds} {
		if err := p.IngestSeed(ctx, kind); err != nil {
			return nil, err
		}
	}
	kit := []tools.Tool{tools.SeriesTool{Store: figures}, tools.CompareTool{Store: figures},
		tools.DocumentsTool{Searcher: tools.IndexSearcher{Index: index}, Profiles: demand.Profiles}}
	return tools.NewKit(append(kit, tools.JobMarketTools(demand, nil)...)...), nil
}

// ask answers question with the real offline assistant over the seed,
// its charts made by a Maker storing in a temporary folder, and returns
// the turn and the store.
func ask(t testing.TB, question string) (assistant.Turn, *Store) {
	t.Helper()
	store := mustStore(t)
	var failed error
	a := assistant.New(offline.New(seedKit(t), func() time.Time { return seedReference }),
		assistant.WithCharts(NewMaker(store).Charts, func(err error) { failed = err }))
	turn, err := a.Chat(context.Background(), assistant.Request{Message: question}, func(assistant.Event) error { return nil })
	if err != nil {
		t.Fatalf("%s: %v", question, err)
	}
	if failed != nil {
		t.Fatalf("%s: charts failed: %v", question, failed)
	}
	return turn, store
}

func mustStore(t testing.TB) *Store {
	t.Helper()
	s, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return s
}
