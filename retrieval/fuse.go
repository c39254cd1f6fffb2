package retrieval

import (
	"cmp"
	"slices"
)

// RRFK is the constant k of reciprocal rank fusion: a chunk at rank r of an
// arm contributes 1/(RRFK + r).
const RRFK = 60

// Fuse merges the ranked lists of the dense and sparse arms (best first,
// each chunk at most once per list) by reciprocal rank fusion and returns
// the best limit hits, with DenseRank and SparseRank set. Ties on the fused
// score are broken by the better rank in either arm, then by chunk id, so
// the result is deterministic.
func Fuse(dense, sparse []Chunk, limit int) []Hit {
	byID := make(map[string]*Hit, len(dense)+len(sparse))
	order := make([]*Hit, 0, len(dense)+len(sparse))
	add := func(list []Chunk, setRank func(h *Hit, r int)) {
		for i, c := range list {
			h, ok := byID[c.ID]
			if !ok {
				h = &Hit{Chunk: c}
				byID[c.ID] = h
				order = append(order, h)
			}
			setRank(h, i+1)
			h.Score += 1 / float64(RRFK+i+1)
		}
	}
	add(dense, func(h *Hit, r int) { h.DenseRank = r })
	add(sparse, func(h *Hit, r int) { h.SparseRank = r })
	slices.SortFunc(order, func(a, b *Hit) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		if c := cmp.Compare(bestRank(a), bestRank(b)); c != 0 {
			return c
		}
		return cmp.Compare(a.Chunk.ID, b.Chunk.ID)
	})
	out := make([]Hit, 0, min(limit, len(order)))
	for _, h := range order[:min(limit, len(order))] {
		out = append(out, *h)
	}
	return out
}

func bestRank(h *Hit) int {
	r := 1 << 30
	if h.DenseRank > 0 {
		r = h.DenseRank
	}
	if h.SparseRank > 0 && h.SparseRank < r {
		r = h.SparseRank
	}
	return r
}
