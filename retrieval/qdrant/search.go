package qdrant

import (
	"context"
	"fmt"

	pb "github.com/qdrant/go-client/qdrant"

	"github.com/marsad/marsad/retrieval"
)

// Search implements retrieval.Store.
func (s *Store) Search(ctx context.Context, req retrieval.SearchRequest) ([]retrieval.Hit, error) {
	if err := s.errClosed(); err != nil {
		return nil, err
	}
	req, err := req.Validate(s.dim)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	f := filter(req.Filter)
	dense, sparse := s.arms(req, f)
	switch {
	case req.Mode == retrieval.ModeDense:
		return s.single(ctx, dense, req.Limit, true)
	case req.Mode == retrieval.ModeSparse:
		return s.single(ctx, sparse, req.Limit, false)
	case dense == nil && sparse == nil:
		return nil, nil
	}
	return s.hybrid(ctx, dense, sparse, f, req.Limit)
}

// arms returns the prefetch of each arm with a query vector (nil without),
// at the limit of a hybrid search.
func (s *Store) arms(req retrieval.SearchRequest, f *pb.Filter) (dense, sparse *pb.PrefetchQuery) {
	limit := uint64(retrieval.PrefetchLimit(req.Limit))
	if len(req.Dense) > 0 {
		using := DenseVector
		dense = &pb.PrefetchQuery{Query: pb.NewQueryDense(req.Dense), Using: &using, Filter: f, Limit: &limit}
	}
	if sp := req.Sparse.Canonical(); sp.Len() > 0 {
		using := SparseVector
		sparse = &pb.PrefetchQuery{Query: pb.NewQuerySparse(sp.Indices, sp.Values), Using: &using, Filter: f, Limit: &limit}
	}
	return dense, sparse
}

// single runs one arm alone with its payload.
func (s *Store) single(ctx context.Context, arm *pb.PrefetchQuery, limit int, dense bool) ([]retrieval.Hit, error) {
	q := armQuery(s.collection, arm, uint64(limit), true)
	pts, err := s.client.Query(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	hits := make([]retrieval.Hit, len(pts))
	for i, p := range pts {
		hits[i] = retrieval.Hit{Chunk: chunk(p.GetPayload()), Score: float64(p.GetScore())}
		if dense {
			hits[i].DenseRank = i + 1
		} else {
			hits[i].SparseRank = i + 1
		}
	}
	return hits, nil
}

func armQuery(collection string, arm *pb.PrefetchQuery, limit uint64, withPayload bool) *pb.QueryPoints {
	return &pb.QueryPoints{CollectionName: collection, Query: arm.Query, Using: arm.Using, Filter: arm.Filter,
		Limit: &limit, WithPayload: pb.NewWithPayload(withPayload)}
}

// hybrid sends the fused query and the arms alone in one batch: the fused
// query ranks, the arms tell each hit's rank in them.
func (s *Store) hybrid(ctx context.Context, dense, sparse *pb.PrefetchQuery, f *pb.Filter, limit int) ([]retrieval.Hit, error) {
	var arms []*pb.PrefetchQuery
	for _, a := range []*pb.PrefetchQuery{dense, sparse} {
		if a != nil {
			arms = append(arms, a)
		}
	}
	k, l := uint32(retrieval.RRFK), uint64(limit)
	batch := []*pb.QueryPoints{{CollectionName: s.collection, Prefetch: arms, Query: pb.NewQueryRRF(&pb.Rrf{K: &k}),
		Filter: f, Limit: &l, WithPayload: pb.NewWithPayload(true)}}
	for _, a := range arms {
		batch = append(batch, armQuery(s.collection, a, a.GetLimit(), false))
	}
	res, err := s.client.QueryBatch(ctx, &pb.QueryBatchPoints{CollectionName: s.collection, QueryPoints: batch})
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if len(res) != len(batch) {
		return nil, fmt.Errorf("search: %d results for %d queries", len(res), len(batch))
	}
	ranks := make([]map[string]int, 2) // dense, sparse: point id → rank
	for i, a := range arms {
		slot := 0
		if a == sparse {
			slot = 1
		}
		ranks[slot] = map[string]int{}
		for r, p := range res[1+i].GetResult() {
			ranks[slot][p.GetId().GetUuid()] = r + 1
		}
	}
	fused := res[0].GetResult()
	hits := make([]retrieval.Hit, len(fused))
	for i, p := range fused {
		id := p.GetId().GetUuid()
		hits[i] = retrieval.Hit{Chunk: chunk(p.GetPayload()), Score: float64(p.GetScore()), DenseRank: ranks[0][id], SparseRank: ranks[1][id]}
	}
	return hits, nil
}

// filter translates a retrieval.Filter into Qdrant conditions; nil when it
// matches everything.
func filter(f retrieval.Filter) *pb.Filter {
	if f.IsZero() {
		return nil
	}
	out := &pb.Filter{}
	for _, c := range []struct {
		field  string
		values []string
	}{{fieldKind, f.Kinds}, {fieldLang, f.Langs}, {fieldRegion, f.Regions}, {fieldOccupation, f.Occupations}} {
		if len(c.values) > 0 {
			out.Must = append(out.Must, pb.NewMatchKeywords(c.field, c.values...))
		}
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		r := &pb.Range{}
		if !f.From.IsZero() {
			from := float64(f.From.Unix())
			r.Gte = &from
		}
		if !f.To.IsZero() {
			to := float64(f.To.Unix())
			r.Lte = &to
		}
		out.Must = append(out.Must, pb.NewRange(fieldDate, r))
	}
	return out
}
