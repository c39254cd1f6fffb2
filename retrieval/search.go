package retrieval

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// Search returns up to k hits for query among the chunks passing f, at most
// one per document (its best chunk), best first, by hybrid search. A blank
// query fails with ErrInvalid; k = 0 means DefaultLimit.
func (ix *Index) Search(ctx context.Context, query string, f Filter, k int) ([]Hit, error) {
	return ix.SearchMode(ctx, query, f, k, ModeHybrid)
}

// SearchMode is Search with the arms chosen by mode.
func (ix *Index) SearchMode(ctx context.Context, query string, f Filter, k int, mode Mode) ([]Hit, error) {
	if ix.observe == nil {
		return ix.search(ctx, query, f, k, mode)
	}
	start := time.Now()
	hits, err := ix.search(ctx, query, f, k, mode)
	ix.observe(time.Since(start), err)
	return hits, err
}

func (ix *Index) search(ctx context.Context, query string, f Filter, k int, mode Mode) ([]Hit, error) {
	if strings.TrimSpace(query) == "" {
		return nil, fmt.Errorf("search: blank query: %w", ErrInvalid)
	}
	if k < 0 {
		return nil, fmt.Errorf("search: limit %d: %w", k, ErrInvalid)
	}
	if k == 0 {
		k = DefaultLimit
	}
	req := SearchRequest{Filter: f, Limit: perDocLimit(k), Mode: mode}
	if mode != ModeSparse {
		v, err := ix.embedQuery(ctx, query)
		if err != nil {
			return nil, fmt.Errorf("search: embed query: %w", err)
		}
		req.Dense = v
	}
	if mode != ModeDense {
		req.Sparse = ix.sparse.EncodeQuery(query)
		if mode == ModeSparse && req.Sparse.Len() == 0 {
			return nil, nil // nothing to match on: no hit
		}
	}
	hits, err := ix.store.Search(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return bestPerDoc(hits, k), nil
}

// embedQuery returns the dense vector of a query.
func (ix *Index) embedQuery(ctx context.Context, query string) ([]float32, error) {
	return EmbedQuery(ctx, ix.emb, query)
}

// EmbedQuery returns the dense vector of a query: emb's DenseQuery when it
// has one (QueryEmbedder), else its passage embedding.
func EmbedQuery(ctx context.Context, emb Embedder, query string) ([]float32, error) {
	if qe, ok := emb.(QueryEmbedder); ok {
		return qe.DenseQuery(ctx, query)
	}
	vecs, err := emb.Dense(ctx, []string{query})
	if err != nil {
		return nil, err
	}
	if len(vecs) != 1 {
		return nil, fmt.Errorf("embedder returned %d vectors for one query: %w", len(vecs), ErrInvalid)
	}
	return vecs[0], nil
}

// perDocLimit is the number of chunks to ask the store for to fill k
// distinct documents in most cases.
func perDocLimit(k int) int { return 3 * k }

// bestPerDoc keeps the first hit of each document, up to k.
func bestPerDoc(hits []Hit, k int) []Hit {
	seen := make(map[string]bool, len(hits))
	out := hits[:0]
	for _, h := range hits {
		if !seen[h.Chunk.DocID] && len(out) < k {
			seen[h.Chunk.DocID] = true
			out = append(out, h)
		}
	}
	return out
}
