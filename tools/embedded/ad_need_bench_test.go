package embedded_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
	"github.com/marsad/marsad/tools/toolstest"
)

// BenchmarkSearchAdsNeed ranks by a need over 200,000 persisted ads
// (1,000,000 with MARSAD_BENCH_1M=1) with vectors of 384 dimensions: a
// need alone (the NeedWindow newest ads, their rows read from the copy
// of the side file by recency) and a
// need within one occupation. copy-s is how long the first search took
// with the writing of the copy by recency it started, copied the share
// of the ads in the copy then.
func BenchmarkSearchAdsNeed(b *testing.B) {
	n, dim := 200_000, 384
	if os.Getenv("MARSAD_BENCH_1M") == "1" {
		n = 1_000_000
	}
	s, err := embedded.OpenJobMarket(filepath.Join(b.TempDir(), "demand"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	randVec := func() []float32 {
		v := make([]float32, dim)
		for i := range v {
			v[i] = float32(rng.NormFloat64())
		}
		return v
	}
	occs := []string{"2512", "7212", "4222", "2221", "2411"}
	ads := make([]tools.Ad, 0, 4096)
	for i := range n {
		ads = append(ads, tools.Ad{ID: fmt.Sprintf("%016x", i), Title: "Poste", Occupation: occs[i%len(occs)],
			Posted: fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28), Vector: retrieval.QuantizeInt8(randVec())})
		if len(ads) == cap(ads) || i == n-1 {
			if _, err := s.AddAds(context.Background(), ads); err != nil {
				b.Fatal(err)
			}
			ads = ads[:0]
		}
	}
	need := randVec()
	// The searches after a store filled write a copy of its vectors by
	// recency: the figures are of the searches once it is written.
	start := time.Now()
	if _, err := s.SearchAds(context.Background(), tools.AdQuery{Need: need}); err != nil {
		b.Fatal(err)
	}
	covered := embedded.WaitRecent(s)
	copyTime := time.Since(start)
	for _, q := range []tools.AdQuery{{Need: need}, {Need: need, Occupations: []string{"7212"}}} {
		b.Run(fmt.Sprintf("occupations=%d", len(q.Occupations)), func(b *testing.B) {
			toolstest.MeasureLatency(b, func(int) error {
				_, err := s.SearchAds(context.Background(), q)
				return err
			})
		})
	}
	// The first search after AddAds merges the new ads into the recency
	// order: one ad added, then the search timed (the AddAds is not).
	b.Run("after-add", func(b *testing.B) {
		lat := make([]time.Duration, 0, b.N)
		for i := range b.N {
			ad := tools.Ad{ID: fmt.Sprintf("new%013x", i), Title: "Poste", Occupation: "7212", Posted: "2025-06-15",
				Vector: retrieval.QuantizeInt8(randVec())}
			if _, err := s.AddAds(context.Background(), []tools.Ad{ad}); err != nil {
				b.Fatal(err)
			}
			t := time.Now()
			if _, err := s.SearchAds(context.Background(), tools.AdQuery{Need: need}); err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Since(t))
		}
		slices.Sort(lat)
		b.ReportMetric(float64(lat[len(lat)/2])/1e6, "p50-ms")
		b.ReportMetric(float64(lat[max(0, len(lat)*99/100-1)])/1e6, "p99-ms")
		b.ReportMetric(copyTime.Seconds(), "copy-s")
		b.ReportMetric(float64(covered)/float64(n), "copied")
	})
}
