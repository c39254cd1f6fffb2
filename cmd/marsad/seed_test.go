package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
)

// A data folder filled by the previous seed (no administrative counts of
// age all, no interval or dated period) and corrected by an operator takes
// every new figure at the next start, keeps the correction and the
// operator's own figure, and reads the same after another restart.
func TestSeedIndicatorsUpgradesAPreviousDataFolder(t *testing.T) {
	ctx := context.Background()
	seed, err := ingest.SeedObservations()
	if err != nil {
		t.Fatal(err)
	}
	var previous []tools.Observation
	for _, o := range seed {
		if o.Age != tools.AgeAll && len(o.Period) <= len("2024-Q3") {
			previous = append(previous, o)
		}
	}
	corrected := pick(t, seed, tools.Key{Indicator: "unemployment_rate", Geo: "MA", Area: "total", Sex: "total", Age: "15+", Diploma: "total", Period: "2024"})
	corrected.Value, corrected.ReportedBy = corrected.Value+0.1, "operator correction"
	own := corrected
	own.Period, own.Value = "2026-Q1", 12.9
	path := filepath.Join(t.TempDir(), "indicators.csv")
	s := mustOpenIndicators(t, path)
	if _, err := s.Load(ctx, append(previous, corrected, own)); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s = mustOpenIndicators(t, path)
	if err := seedIndicators(ctx, s); err != nil {
		t.Fatal(err)
	}
	s.Close()
	stored := allFigures(t, mustOpenIndicators(t, path))
	if len(stored) != len(seed)+1 || len(previous) >= len(seed) {
		t.Errorf("store holds %d figures, want the seed's %d and the operator's own (the previous seed had %d)", len(stored), len(seed), len(previous))
	}
	for _, o := range seed {
		if _, ok := stored[o.Key()]; !ok {
			t.Errorf("seed figure %v not loaded", o.Key())
		}
	}
	for _, want := range []tools.Observation{corrected, own} {
		if got := stored[want.Key()]; got != want {
			t.Errorf("operator's figure %v became %+v", want.Key(), got)
		}
	}
}

func pick(t *testing.T, obs []tools.Observation, k tools.Key) tools.Observation {
	t.Helper()
	for _, o := range obs {
		if o.Key() == k {
			return o
		}
	}
	t.Fatalf("seed has no %v", k)
	return tools.Observation{}
}

func mustOpenIndicators(t *testing.T, path string) *embedded.Store {
	t.Helper()
	s, err := embedded.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// allFigures reads every figure of a store, cell by cell.
func allFigures(t *testing.T, s tools.IndicatorStore) map[tools.Key]tools.Observation {
	t.Helper()
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := map[tools.Key]tools.Observation{}
	for _, ind := range dims.Indicators {
		cells, err := s.Cells(ctx, ind)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cells {
			obs, err := s.Series(ctx, tools.SeriesQuery{Indicator: ind, Cell: c})
			if err != nil {
				t.Fatal(err)
			}
			for _, o := range obs {
				out[o.Key()] = o
			}
		}
	}
	return out
}
