package postgres

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
)

// seedFiles are the official figures bundled with the product.
const seedFiles = "../../ingest/seed/indicators/*.csv"

// readSeed reads the long-format CSVs of the seed folder.
func readSeed(tb testing.TB) []tools.Observation {
	tb.Helper()
	files, _ := filepath.Glob(seedFiles)
	if len(files) == 0 {
		tb.Fatalf("no seed file matches %s", seedFiles)
	}
	var out []tools.Observation
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			tb.Fatal(err)
		}
		recs, err := csv.NewReader(fh).ReadAll()
		fh.Close()
		if err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		for i, r := range recs[1:] {
			v, err := strconv.ParseFloat(r[7], 64)
			if err != nil {
				tb.Fatalf("%s:%d: %v", f, i+2, err)
			}
			out = append(out, tools.Observation{Indicator: r[0], Geo: r[1], Area: r[2], Sex: r[3], Age: r[4], Diploma: r[5],
				Period: r[6], Value: v, Unit: r[8], Publisher: r[9], ReportedBy: r[10], SourceURL: r[11]})
		}
	}
	return out
}

func TestSeedLoadsLikeEmbeddedAndReloadsUnchanged(t *testing.T) {
	seed := readSeed(t)
	pg := mustOpen(t, newSchema(t))
	ref, _ := embedded.Open("")
	ctx := context.Background()
	want, err := ref.Load(ctx, seed)
	if err != nil {
		t.Fatal(err)
	}
	got, err := pg.Load(ctx, seed)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got); d != "" || got.Inserted != len(seed) {
		t.Fatalf("seed load of %d rows (-embedded +postgres):\n%s", len(seed), d)
	}
	again, err := pg.Load(ctx, seed)
	if err != nil {
		t.Fatal(err)
	}
	if again.Unchanged != len(seed) || again.Inserted != 0 || again.Updated != 0 {
		t.Fatalf("seed reload = %+v, want %d unchanged", again, len(seed))
	}
	compareStores(t, ref, pg, []string{"", "2016", "2024-Q2", "2025-03", "2022-01/2022-07"})
}

// BenchmarkLoadSeed times a Load of the seed figures into a store that
// already holds them (the usual run of `marsad ingest` at start).
func BenchmarkLoadSeed(b *testing.B) {
	seed := readSeed(b)
	s := mustOpen(b, newSchema(b))
	ctx := context.Background()
	if _, err := s.Load(ctx, seed); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if _, err := s.Load(ctx, seed); err != nil {
			b.Fatal(err)
		}
	}
}
