package retrievaltest

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/marsad/marsad/retrieval"
)

// randomRecords returns n records with random vectors of dimension dim
// over m documents and sparse vectors over 50 terms.
func randomRecords(rng *rand.Rand, n, dim int) []retrieval.Record {
	recs := make([]retrieval.Record, n)
	for i := range recs {
		v := make([]float32, dim)
		for j := range v {
			v[j] = float32(rng.NormFloat64())
		}
		sp := map[uint32]float32{}
		for range 1 + rng.IntN(5) {
			sp[uint32(rng.IntN(50))] = 0.5 + rng.Float32()
		}
		recs[i] = Rec(fmt.Sprintf("doc%d", i/3), i%3, v, sp)
		recs[i].Chunk.Region = []string{"MA-01", "MA-06", "MA-07"}[i%3]
	}
	return recs
}

func cosine(a, b []float32) float64 {
	var ab, aa, bb float64
	for i := range a {
		ab += float64(a[i]) * float64(b[i])
		aa += float64(a[i]) * float64(a[i])
		bb += float64(b[i]) * float64(b[i])
	}
	return ab / (math.Sqrt(aa) * math.Sqrt(bb))
}

func testExactAgreement(t *testing.T, s retrieval.Store) {
	rng := rand.New(rand.NewPCG(1, 2))
	recs := randomRecords(rng, 300, s.Dimension())
	mustUpsert(t, s, recs...)
	for qi := range 20 {
		q := randomRecords(rng, 1, s.Dimension())[0].Dense
		f := retrieval.Filter{}
		if qi%2 == 1 {
			f.Regions = []string{"MA-06"}
		}
		var exact []retrieval.Record
		for _, r := range recs {
			if f.Match(r.Chunk) {
				exact = append(exact, r)
			}
		}
		slices.SortFunc(exact, func(a, b retrieval.Record) int { return cmp.Compare(cosine(q, b.Dense), cosine(q, a.Dense)) })
		hits := mustSearch(t, s, retrieval.SearchRequest{Dense: q, Mode: retrieval.ModeDense, Filter: f, Limit: 10})
		for i, h := range hits {
			if h.Chunk.ID != exact[i].Chunk.ID {
				t.Fatalf("query %d hit %d is %s (%.4f), exact scan has %s (%.4f)", qi, i, h.Chunk.ID, h.Score,
					exact[i].Chunk.ID, cosine(q, exact[i].Dense))
			}
		}
	}
}

func testConcurrent(t *testing.T, s retrieval.Store) {
	rng := rand.New(rand.NewPCG(3, 4))
	recs := randomRecords(rng, 200, s.Dimension())
	mustUpsert(t, s, recs[:100]...)
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := range 4 {
		wg.Go(func() {
			for i := range 10 {
				req := retrieval.SearchRequest{Dense: recs[w*10+i].Dense, Sparse: recs[i].Sparse}
				if _, err := s.Search(ctx, req); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Go(func() {
		for i := 100; i < 200; i += 20 {
			if err := s.Upsert(ctx, recs[i:i+20]); err != nil {
				errs <- err
			}
		}
		if err := s.Delete(ctx, []string{"doc0", "doc1"}); err != nil {
			errs <- err
		}
	})
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	mustCount(t, s, 194)
}
