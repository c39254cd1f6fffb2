package offline

import (
	"context"
	"testing"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/seedtest"
	"github.com/marsad/marsad/tools"
)

// seedReference is the date the seed's relative posting dates are read
// from, as the command's demo corpus does.
var seedReference = seedtest.Reference

// seededKit returns a kit of every tool over the seed corpus (official
// figures, profiles, notes and ads loaded through the ingestion pipeline),
// built once for the package's tests.
func seededKit(t testing.TB) *tools.Kit {
	t.Helper()
	return seedtest.Shared(t).Kit
}

func loadSeedFigures(ctx context.Context, s tools.IndicatorStore) error {
	obs, err := ingest.SeedObservations()
	if err != nil {
		return err
	}
	_, err = s.Load(ctx, obs)
	return err
}
