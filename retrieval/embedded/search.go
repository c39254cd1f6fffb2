package embedded

import (
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/marsad/marsad/retrieval"
)

// Search implements retrieval.Store. Hits share their Meta map with the
// store: callers must not modify it.
func (s *Store) Search(ctx context.Context, req retrieval.SearchRequest) ([]retrieval.Hit, error) {
	req, err := req.Validate(s.dim)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, retrieval.ErrClosed
	}
	t := s.t
	allow, allowed := t.allowSet(req.Filter)
	if allowed == 0 {
		return nil, nil
	}
	var q []float32
	if len(req.Dense) > 0 {
		q = retrieval.Normalize(slices.Clone(req.Dense))
	}
	switch req.Mode {
	case retrieval.ModeDense:
		return t.hits(t.denseSearch(q, allow, allowed, req.Limit, s.nprobe), true), nil
	case retrieval.ModeSparse:
		return t.hits(t.sparseSearch(req.Sparse, allow, req.Limit), false), nil
	}
	pre := retrieval.PrefetchLimit(req.Limit)
	var dense, sparse []scored
	var wg sync.WaitGroup
	if q != nil {
		wg.Go(func() { dense = t.denseSearch(q, allow, allowed, pre, s.nprobe) })
	}
	if req.Sparse.Len() > 0 {
		sparse = t.sparseSearch(req.Sparse, allow, pre)
	}
	wg.Wait()
	return retrieval.Fuse(t.chunksOf(dense), t.chunksOf(sparse), req.Limit), nil
}

// hits turns scored rows into hits ranked in one arm.
func (t *table) hits(rows []scored, dense bool) []retrieval.Hit {
	out := make([]retrieval.Hit, len(rows))
	for i, r := range rows {
		out[i] = retrieval.Hit{Chunk: t.chunks[r.row], Score: float64(r.score)}
		if dense {
			out[i].DenseRank = i + 1
		} else {
			out[i].SparseRank = i + 1
		}
	}
	return out
}

func (t *table) chunksOf(rows []scored) []retrieval.Chunk {
	out := make([]retrieval.Chunk, len(rows))
	for i, r := range rows {
		out[i] = t.chunks[r.row]
	}
	return out
}

// allowSet returns the live rows passing f and their number; t.alive
// itself (not to be modified) when f is zero.
func (t *table) allowSet(f retrieval.Filter) (bitset, int) {
	if f.IsZero() {
		return t.alive, t.live
	}
	b := slices.Clone(t.alive)
	for field, values := range [numFields][]string{f.Kinds, f.Langs, f.Regions, f.Occupations} {
		if len(values) == 0 {
			continue
		}
		fb := newBitset(t.rows())
		for _, v := range values {
			for _, r := range t.fields[field][v] {
				fb.set(r)
			}
		}
		b.and(fb)
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		b.each(func(r int32) {
			if d := t.dates[r]; d == noDate || !f.From.IsZero() && d < f.From.Unix() || !f.To.IsZero() && d > f.To.Unix() {
				b.clear(r)
			}
		})
	}
	return b, b.count()
}
