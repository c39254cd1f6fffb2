package embedded_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
)

// BenchmarkOpenJobMarket opens a folder of MARSAD_BENCH_OPEN_ADS ads
// (default 200,000) with 384-dimension vectors, sources and skills, as
// `marsad serve` does at start-up: from the snapshot written by Close, and
// replaying the whole log (the snapshot removed), the cost before it.
func BenchmarkOpenJobMarket(b *testing.B) {
	n := 200_000
	if v, err := strconv.Atoi(os.Getenv("MARSAD_BENCH_OPEN_ADS")); err == nil && v > 0 {
		n = v
	}
	dir := filepath.Join(b.TempDir(), "demand")
	fillStore(b, dir, n)
	snap, err := os.ReadFile(filepath.Join(dir, embedded.SnapshotFile))
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name     string
		snapshot bool
	}{{"snapshot", true}, {"replay", false}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				path := filepath.Join(dir, embedded.SnapshotFile)
				os.Remove(path)
				if c.snapshot {
					if err := os.WriteFile(path, snap, 0o644); err != nil {
						b.Fatal(err)
					}
				}
				b.StartTimer()
				s, err := embedded.OpenJobMarket(dir)
				if err != nil {
					b.Fatal(err)
				}
				if got := s.Len(); got != n {
					b.Fatalf("%d ads, want %d", got, n)
				}
				b.StopTimer()
				os.Remove(path) // Close must not write one the next round reads
				s.Close()
				b.StartTimer()
			}
		})
	}
}

// fillStore stores n ads in dir and closes it (writing its snapshot).
func fillStore(b *testing.B, dir string, n int) {
	s, err := embedded.OpenJobMarket(dir)
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	occs := []string{"2512", "7212", "4222", "2221", "2411", "5120", "8322"}
	ads := make([]tools.Ad, 0, 4096)
	vec := make([]float32, 384)
	for i := range n {
		for k := range vec {
			vec[k] = float32(rng.NormFloat64())
		}
		ads = append(ads, tools.Ad{ID: fmt.Sprintf("%016x", i), Title: "Technicien de maintenance industrielle H/F", Employer: "Société " + strconv.Itoa(i%500),
			Occupation: occs[i%len(occs)], Region: fmt.Sprintf("MA-%02d", 1+i%12), Sector: "industrie", SourceSite: "rekrute.com",
			Posted: fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28), Skills: []string{"maintenance", "électricité", "automatisme"},
			Meta: map[string]string{"source_id": strconv.Itoa(i)}, Vector: retrieval.QuantizeInt8(vec)})
		if len(ads) == cap(ads) || i == n-1 {
			if _, err := s.AddAds(context.Background(), ads); err != nil {
				b.Fatal(err)
			}
			ads = ads[:0]
		}
	}
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
}
