// Package seedtest builds, for tests, the world the command serves on its
// embedded default: the official figures and the demo corpus (profiles,
// notes, ads) loaded through the ingestion pipeline into the embedded
// stores, and the kit of tools over them.
package seedtest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/retrieval/embed"
	vectors "github.com/marsad/marsad/retrieval/embedded"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
)

// Reference is the date the tests read the seed's relative posting dates
// from, and the offline planner's "now" in them.
var Reference = time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC)

var shared struct {
	once  sync.Once
	world World
	err   error
}

// Shared returns the world built at Reference, built once for the test
// binary; it fails t when the seed does not load.
func Shared(t testing.TB) World {
	t.Helper()
	shared.once.Do(func() { shared.world, shared.err = Build(context.Background(), Reference) })
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return shared.world
}

// World is the seed loaded in memory: its figures, the kit of every
// tool over figures, ads, profiles and notes, and the job-market store
// (for tools built on their own, such as forecast_demand's Profiles).
type World struct {
	Figures tools.IndicatorStore
	Kit     *tools.Kit
	Market  tools.JobMarketStore
}

// Build loads the seed, reading its relative posting dates from now. Each
// call builds a new world in memory (a few seconds): packages keep one.
func Build(ctx context.Context, now time.Time) (World, error) {
	figures, err := embedded.Open("")
	if err != nil {
		return World{}, err
	}
	obs, err := ingest.SeedObservations()
	if err != nil {
		return World{}, err
	}
	if _, err := figures.Load(ctx, obs); err != nil {
		return World{}, err
	}
	market, err := embedded.OpenJobMarket("")
	if err != nil {
		return World{}, err
	}
	emb := embed.NewBuiltin()
	vs, err := vectors.Open("", emb.Dimension())
	if err != nil {
		return World{}, err
	}
	index, err := retrieval.NewIndex(vs, emb)
	if err != nil {
		return World{}, err
	}
	p, err := ingest.NewPipeline(ctx, market, ingest.Options{Now: func() time.Time { return now }, Index: index.Add})
	if err != nil {
		return World{}, err
	}
	for _, kind := range []string{ingest.KindProfiles, ingest.KindNotes, ingest.KindAds} {
		if err := p.IngestSeed(ctx, kind); err != nil {
			return World{}, err
		}
	}
	kit := []tools.Tool{tools.SeriesTool{Store: figures}, tools.CompareTool{Store: figures},
		tools.DocumentsTool{Searcher: tools.IndexSearcher{Index: index}, Profiles: market.Profiles}}
	return World{Figures: figures, Kit: tools.NewKit(append(kit, tools.JobMarketTools(market, nil)...)...), Market: market}, nil
}
