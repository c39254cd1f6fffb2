package embedded_test

import (
	"context"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
	"github.com/marsad/marsad/tools/toolstest"
)

// benchRows is the size of the volume the benchmarks query.
const benchRows = 1_000_000

var bench struct {
	once    sync.Once
	store   *embedded.Store
	series  []tools.SeriesQuery
	compare []tools.CompareQuery
	err     error
}

// benchStore loads toolstest.Volume(benchRows) once per process; only
// benchmarks call it, so `go test` without -bench builds no volume.
func benchStore(b *testing.B) *embedded.Store {
	b.Helper()
	bench.once.Do(func() {
		start := time.Now()
		obs := toolstest.Volume(benchRows, 1)
		bench.series, bench.compare = toolstest.VolumeQueries(obs, 10_000, 2)
		if bench.store, bench.err = embedded.Open(""); bench.err != nil {
			return
		}
		_, bench.err = bench.store.Load(context.Background(), obs)
		b.Logf("loaded %d rows in %s", bench.store.Len(), time.Since(start).Round(time.Millisecond))
	})
	if bench.err != nil {
		b.Fatal(bench.err)
	}
	runtime.GC() // the volume's garbage is not the next benchmark's cost
	return bench.store
}

func BenchmarkSeries(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	toolstest.MeasureLatency(b, func(i int) error {
		_, err := s.Series(ctx, bench.series[i%len(bench.series)])
		return err
	})
}

func BenchmarkCompare(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	toolstest.MeasureLatency(b, func(i int) error {
		_, err := s.Compare(ctx, bench.compare[i%len(bench.compare)])
		return err
	})
}

// TestVolumeIsValidDistinctAndRepeatable checks the benchmarks' data on a
// prefix small enough for every `go test` run.
func TestVolumeIsValidDistinctAndRepeatable(t *testing.T) {
	const n = 50_000
	obs := toolstest.Volume(n, 1)
	if len(obs) != n {
		t.Fatalf("Volume(%d) made %d rows", n, len(obs))
	}
	seen := make(map[tools.Key]bool, n)
	for i, o := range obs {
		if err := tools.ValidateObservation(o); err != nil {
			t.Fatalf("row %d %+v: %v", i, o, err)
		}
		if seen[o.Key()] {
			t.Fatalf("row %d repeats key %+v", i, o.Key())
		}
		seen[o.Key()] = true
	}
	again := toolstest.Volume(n, 1)
	for i := range obs {
		if obs[i] != again[i] {
			t.Fatalf("row %d differs between two runs with one seed: %+v / %+v", i, obs[i], again[i])
		}
	}
	if toolstest.VolumeMax < benchRows {
		t.Fatalf("VolumeMax = %d, below the %d rows the benchmarks need", toolstest.VolumeMax, benchRows)
	}
}
