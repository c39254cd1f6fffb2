package offline

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

// seedReference is the date the seed's relative posting dates are read
// from, as the command's demo corpus does.
var seedReference = time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC)

var seeded struct {
	once sync.Once
	kit  *tools.Kit
	err  error
}

// seededKit returns a kit of every tool over the seed corpus (official
// figures, profiles, notes and ads loaded through the ingestion pipeline),
// built once for the package's tests.
func seededKit(t testing.TB) *tools.Kit {
	t.Helper()
	seeded.once.Do(func() { seeded.kit, seeded.err = buildSeededKit(context.Background()) })
	if seeded.err != nil {
		t.Fatal(seeded.err)
	}
	return seeded.kit
}

func buildSeededKit(ctx context.Context) (*tools.Kit, error) {
	figures, err := embedded.Open("")
	if err != nil {
		return nil, err
	}
	if err := loadSeedFigures(ctx, figures); err != nil {
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

func loadSeedFigures(ctx context.Context, s tools.IndicatorStore) error {
	obs, err := ingest.SeedObservations()
	if err != nil {
		return err
	}
	_, err = s.Load(ctx, obs)
	return err
}
