package retrievaltest

import (
	"math"
	"testing"

	"github.com/marsad/marsad/retrieval"
)

func testDenseRanking(t *testing.T, s retrieval.Store) {
	scaled := axis(0, 0.5, 1)
	for i := range scaled {
		scaled[i] *= 7 // length must not matter: cosine
	}
	mustUpsert(t, s,
		Rec("near", 0, axis(0, 0.1, 1), nil),
		Rec("mid", 0, scaled, nil),
		Rec("far", 0, axis(1, 0.1, 0), nil),
		Rec("opposite", 0, axis(0, -3, 0), nil),
		Rec("novector", 0, nil, map[uint32]float32{1: 1}),
	)
	hits := mustSearch(t, s, retrieval.SearchRequest{Dense: axis(0, 0, 0), Mode: retrieval.ModeDense})
	wantDocs(t, hits, "near#0", "mid#0", "far#0", "opposite#0")
	wantScores := []float64{1 / math.Sqrt(1.01), 1 / math.Sqrt(1.25), 0.1 / math.Sqrt(1.01), -1}
	for i, h := range hits {
		if math.Abs(h.Score-wantScores[i]) > 1e-4 {
			t.Errorf("hit %d score %v, want cosine %v", i, h.Score, wantScores[i])
		}
		if h.DenseRank != i+1 || h.SparseRank != 0 {
			t.Errorf("hit %d ranks dense %d sparse %d", i, h.DenseRank, h.SparseRank)
		}
	}
}

func testSparseRanking(t *testing.T, s retrieval.Store) {
	// Term 1 is in four chunks, term 2 in one: a match on 2 weighs more.
	mustUpsert(t, s,
		Rec("common", 0, axis(0, 0, 0), map[uint32]float32{1: 1.5}),
		Rec("rare", 0, axis(0, 0, 0), map[uint32]float32{2: 1}),
		Rec("both", 0, axis(0, 0, 0), map[uint32]float32{1: 1, 2: 1}),
		Rec("c3", 0, axis(0, 0, 0), map[uint32]float32{1: 0.2, 9: 1}),
		Rec("c4", 0, axis(0, 0, 0), map[uint32]float32{1: 0.1}),
		Rec("none", 0, axis(0, 0, 0), map[uint32]float32{3: 1}),
		Rec("nosparse", 0, axis(0, 0, 0), nil), // not counted in the IDF
	)
	q := sv(map[uint32]float32{1: 1, 2: 1})
	hits := mustSearch(t, s, retrieval.SearchRequest{Sparse: q, Mode: retrieval.ModeSparse})
	wantDocs(t, hits, "both#0", "rare#0", "common#0", "c3#0", "c4#0")
	n := 6
	idf1, idf2 := retrieval.IDF(n, 4), retrieval.IDF(n, 2)
	want := []float64{idf1 + idf2, idf2, 1.5 * idf1, 0.2 * idf1, 0.1 * idf1}
	for i, h := range hits {
		if math.Abs(h.Score-want[i]) > 1e-3*want[i] {
			t.Errorf("hit %s score %v, want %v", h.Chunk.DocID, h.Score, want[i])
		}
		if h.SparseRank != i+1 || h.DenseRank != 0 {
			t.Errorf("hit %d ranks dense %d sparse %d", i, h.DenseRank, h.SparseRank)
		}
	}
}

func testHybrid(t *testing.T, s retrieval.Store) {
	// dense order: d1 d2 d3 d4; sparse order: d3 d1 d5; d1 is second and first.
	mustUpsert(t, s,
		Rec("d1", 0, axis(0, 0.1, 1), map[uint32]float32{1: 1}),
		Rec("d2", 0, axis(0, 0.3, 1), nil),
		Rec("d3", 0, axis(0, 0.6, 1), map[uint32]float32{1: 1, 2: 1}),
		Rec("d4", 0, axis(0, 2, 1), nil),
		Rec("d5", 0, axis(1, 0, 0), map[uint32]float32{1: 0.5}),
	)
	hits := mustSearch(t, s, retrieval.SearchRequest{Dense: axis(0, 0, 0), Sparse: sv(map[uint32]float32{1: 1, 2: 1}), Limit: 5})
	// d1: 1/61+1/62, d3: 1/63+1/61, d2: 1/62, d5: 1/64+1/63... dense rank of d5 is 5.
	wantDocs(t, hits, "d1#0", "d3#0", "d5#0", "d2#0", "d4#0")
	ranks := map[string][2]int{"d1": {1, 2}, "d3": {3, 1}, "d2": {2, 0}, "d5": {5, 3}, "d4": {4, 0}}
	for _, h := range hits {
		if r := ranks[h.Chunk.DocID]; h.DenseRank != r[0] || h.SparseRank != r[1] {
			t.Errorf("%s ranks dense %d sparse %d, want %v", h.Chunk.DocID, h.DenseRank, h.SparseRank, r)
		}
	}
}

func testHybridOneArm(t *testing.T, s retrieval.Store) {
	mustUpsert(t, s,
		Rec("a", 0, axis(0, 0, 0), map[uint32]float32{2: 1}),
		Rec("b", 0, axis(1, 0, 0), map[uint32]float32{1: 1}),
	)
	wantDocs(t, mustSearch(t, s, retrieval.SearchRequest{Dense: axis(1, 0, 0), Limit: 1}), "b#0")
	wantDocs(t, mustSearch(t, s, retrieval.SearchRequest{Sparse: sv(map[uint32]float32{2: 1})}), "a#0")
}

func testLimit(t *testing.T, s retrieval.Store) {
	var recs []retrieval.Record
	for i := range 25 {
		recs = append(recs, Rec("doc", i, axis(i%Dim, float32(i)/10, (i+1)%Dim), map[uint32]float32{1: float32(i + 1)}))
	}
	mustUpsert(t, s, recs...)
	for _, mode := range []retrieval.Mode{retrieval.ModeHybrid, retrieval.ModeDense, retrieval.ModeSparse} {
		req := retrieval.SearchRequest{Dense: axis(0, 0, 0), Sparse: sv(map[uint32]float32{1: 1}), Mode: mode}
		if n := len(mustSearch(t, s, req)); n != retrieval.DefaultLimit {
			t.Errorf("%v with limit 0: %d hits", mode, n)
		}
		req.Limit = 3
		if n := len(mustSearch(t, s, req)); n != 3 {
			t.Errorf("%v with limit 3: %d hits", mode, n)
		}
	}
}

func testDelete(t *testing.T, s retrieval.Store) {
	mustUpsert(t, s, Rec("a", 0, axis(0, 0, 0), map[uint32]float32{1: 1}), Rec("a", 1, axis(0, 0.1, 1), map[uint32]float32{1: 1}),
		Rec("b", 0, axis(0, 0.2, 1), map[uint32]float32{1: 1}))
	if err := s.Delete(ctx, []string{"a", "unknown"}); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	mustCount(t, s, 1)
	for _, mode := range []retrieval.Mode{retrieval.ModeHybrid, retrieval.ModeDense, retrieval.ModeSparse} {
		hits := mustSearch(t, s, retrieval.SearchRequest{Dense: axis(0, 0, 0), Sparse: sv(map[uint32]float32{1: 1}), Mode: mode})
		wantDocs(t, hits, "b#0")
	}
	mustUpsert(t, s, Rec("a", 0, axis(0, 0, 0), nil))
	mustCount(t, s, 2)
}
