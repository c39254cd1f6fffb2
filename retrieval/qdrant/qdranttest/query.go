package qdranttest

import (
	"cmp"
	"context"
	"math"
	"slices"

	"github.com/qdrant/go-client/qdrant"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// defaultRRFK is the k of Fusion_RRF and of an Rrf query without k.
const defaultRRFK = 2

type scoredPoint struct {
	pt    *point
	score float32
}

// request is the part of QueryPoints and PrefetchQuery a search uses.
type request struct {
	prefetch  []*qdrant.PrefetchQuery
	query     *qdrant.Query
	using     string
	filter    *qdrant.Filter
	limit     uint64
	offset    uint64
	threshold *float32
}

func (p *points) Query(_ context.Context, req *qdrant.QueryPoints) (*qdrant.QueryResponse, error) {
	p.db.mu.RLock()
	defer p.db.mu.RUnlock()
	res, err := p.query(req)
	if err != nil {
		return nil, err
	}
	return &qdrant.QueryResponse{Result: res}, nil
}

func (p *points) QueryBatch(_ context.Context, req *qdrant.QueryBatchPoints) (*qdrant.QueryBatchResponse, error) {
	p.db.mu.RLock()
	defer p.db.mu.RUnlock()
	resp := &qdrant.QueryBatchResponse{}
	for _, q := range req.GetQueryPoints() {
		if q.GetCollectionName() == "" {
			q.CollectionName = req.GetCollectionName()
		}
		res, err := p.query(q)
		if err != nil {
			return nil, err
		}
		resp.Result = append(resp.Result, &qdrant.BatchResult{Result: res})
	}
	return resp, nil
}

func (p *points) query(req *qdrant.QueryPoints) ([]*qdrant.ScoredPoint, error) {
	col, err := p.db.get(req.GetCollectionName())
	if err != nil {
		return nil, err
	}
	found, err := col.search(request{prefetch: req.GetPrefetch(), query: req.Query, using: req.GetUsing(),
		filter: req.GetFilter(), limit: limitOr10(req.Limit), offset: req.GetOffset(), threshold: req.ScoreThreshold})
	if err != nil {
		return nil, err
	}
	out := make([]*qdrant.ScoredPoint, len(found))
	for i, s := range found {
		out[i] = &qdrant.ScoredPoint{Id: s.pt.id, Score: s.score, Payload: selectPayload(s.pt.payload, req.GetWithPayload())}
	}
	return out, nil
}

func limitOr10(l *uint64) uint64 {
	if l == nil {
		return 10
	}
	return *l
}

// search runs one query level: its prefetches first, if any, then its own
// query over their results (or over the whole collection).
func (col *collection) search(r request) ([]scoredPoint, error) {
	var found []scoredPoint
	var err error
	if len(r.prefetch) > 0 {
		found, err = col.overPrefetch(r)
	} else {
		found, err = col.scan(r)
	}
	if err != nil {
		return nil, err
	}
	if r.threshold != nil {
		found = slices.DeleteFunc(found, func(s scoredPoint) bool { return s.score < *r.threshold })
	}
	if r.offset >= uint64(len(found)) {
		return nil, nil
	}
	found = found[r.offset:]
	return found[:min(uint64(len(found)), r.limit)], nil
}

// overPrefetch runs the prefetches and fuses or rescores their results.
func (col *collection) overPrefetch(r request) ([]scoredPoint, error) {
	lists := make([][]scoredPoint, len(r.prefetch))
	for i, pf := range r.prefetch {
		f := r.filter
		if pf.GetFilter() != nil {
			f = &qdrant.Filter{Must: []*qdrant.Condition{qdrant.NewFilterAsCondition(pf.GetFilter())}}
			if r.filter != nil {
				f.Must = append(f.Must, qdrant.NewFilterAsCondition(r.filter))
			}
		}
		var err error
		lists[i], err = col.search(request{prefetch: pf.GetPrefetch(), query: pf.Query, using: pf.GetUsing(), filter: f, limit: limitOr10(pf.Limit)})
		if err != nil {
			return nil, err
		}
	}
	switch q := r.query.GetVariant().(type) {
	case *qdrant.Query_Fusion:
		if q.Fusion != qdrant.Fusion_RRF {
			return nil, status.Errorf(codes.Unimplemented, "qdranttest: fusion %v", q.Fusion)
		}
		return rrf(lists, defaultRRFK, nil), nil
	case *qdrant.Query_Rrf:
		k := uint32(defaultRRFK)
		if q.Rrf.K != nil {
			k = q.Rrf.GetK()
		}
		return rrf(lists, k, q.Rrf.GetWeights()), nil
	case *qdrant.Query_Nearest:
		cands := map[string]*point{}
		for _, l := range lists {
			for _, s := range l {
				cands[idKey(s.pt.id)] = s.pt
			}
		}
		return col.nearest(q.Nearest, r.using, func(yield func(*point) bool) {
			for _, pt := range cands {
				if !yield(pt) {
					return
				}
			}
		})
	}
	return nil, status.Errorf(codes.Unimplemented, "qdranttest: query %T over prefetches", r.query.GetVariant())
}

// scan runs a query without prefetch over the points passing the filter.
func (col *collection) scan(r request) ([]scoredPoint, error) {
	var pass []*point
	for _, pt := range col.points {
		m, err := matches(r.filter, pt)
		if err != nil {
			return nil, err
		}
		if m {
			pass = append(pass, pt)
		}
	}
	switch q := r.query.GetVariant().(type) {
	case nil:
		out := make([]scoredPoint, len(pass))
		for i, pt := range pass {
			out[i] = scoredPoint{pt: pt}
		}
		sortScored(out)
		return out, nil
	case *qdrant.Query_Nearest:
		return col.nearest(q.Nearest, r.using, slices.Values(pass))
	}
	return nil, status.Errorf(codes.Unimplemented, "qdranttest: query %T", r.query.GetVariant())
}

// rrf fuses ranked lists: a point at 1-based rank r of list i scores
// w_i/(k+r), summed over lists.
func rrf(lists [][]scoredPoint, k uint32, weights []float32) []scoredPoint {
	byID := map[string]*scoredPoint{}
	for i, l := range lists {
		w := float32(1)
		if i < len(weights) {
			w = weights[i]
		}
		for r, s := range l {
			key := idKey(s.pt.id)
			if byID[key] == nil {
				byID[key] = &scoredPoint{pt: s.pt}
			}
			byID[key].score += w / float32(k+uint32(r)+1)
		}
	}
	out := make([]scoredPoint, 0, len(byID))
	for _, s := range byID {
		out = append(out, *s)
	}
	sortScored(out)
	return out
}

// sortScored orders by decreasing score, then by id.
func sortScored(s []scoredPoint) {
	slices.SortFunc(s, func(a, b scoredPoint) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(idKey(a.pt.id), idKey(b.pt.id))
	})
}

// nearest scores the points of seq against a dense or sparse query vector
// on the named vector using.
func (col *collection) nearest(vi *qdrant.VectorInput, using string, seq func(func(*point) bool)) ([]scoredPoint, error) {
	var out []scoredPoint
	if params, ok := col.dense[using]; ok {
		d, ok := vi.GetVariant().(*qdrant.VectorInput_Dense)
		if !ok || uint64(len(d.Dense.GetData())) != params.GetSize() {
			return nil, status.Errorf(codes.InvalidArgument, "wrong input: vector %q dimension error: expected dim: %d", using, params.GetSize())
		}
		q := append([]float32(nil), d.Dense.GetData()...)
		if params.GetDistance() == qdrant.Distance_Cosine {
			normalize(q)
		}
		seq(func(pt *point) bool {
			if v, ok := pt.dense[using]; ok {
				out = append(out, scoredPoint{pt: pt, score: dot(q, v)})
			}
			return true
		})
	} else if params, ok := col.sparse[using]; ok {
		s, ok := vi.GetVariant().(*qdrant.VectorInput_Sparse)
		if !ok {
			return nil, status.Errorf(codes.InvalidArgument, "wrong input: vector %q is sparse", using)
		}
		out = col.sparseScores(s.Sparse, using, params.GetModifier() == qdrant.Modifier_Idf, seq)
	} else {
		return nil, status.Errorf(codes.InvalidArgument, "wrong input: not existing vector name: %q", using)
	}
	sortScored(out)
	return out, nil
}

// sparseScores returns the points sharing an index with q, scored by the
// dot product, each index weighted by its IDF over the points that have
// the named sparse vector when idf is set.
func (col *collection) sparseScores(q *qdrant.SparseVector, using string, idf bool, seq func(func(*point) bool)) []scoredPoint {
	weight := map[uint32]float64{}
	for i, idx := range q.GetIndices() {
		weight[idx] += float64(q.GetValues()[i])
	}
	if idf {
		n, df := 0, map[uint32]int{}
		for _, pt := range col.points {
			if sv, ok := pt.sparse[using]; ok {
				n++
				for _, idx := range sv.GetIndices() {
					if _, asked := weight[idx]; asked {
						df[idx]++
					}
				}
			}
		}
		for idx := range weight {
			weight[idx] *= math.Log(1 + (float64(n)-float64(df[idx])+0.5)/(float64(df[idx])+0.5))
		}
	}
	var out []scoredPoint
	seq(func(pt *point) bool {
		sv, ok := pt.sparse[using]
		if !ok {
			return true
		}
		var s float64
		shared := false
		for i, idx := range sv.GetIndices() {
			if w, ok := weight[idx]; ok {
				shared = true
				s += w * float64(sv.GetValues()[i])
			}
		}
		if shared {
			out = append(out, scoredPoint{pt: pt, score: float32(s)})
		}
		return true
	})
	return out
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// selectPayload applies a with_payload selector (nil returns nothing).
func selectPayload(p map[string]*qdrant.Value, sel *qdrant.WithPayloadSelector) map[string]*qdrant.Value {
	out := map[string]*qdrant.Value{}
	switch s := sel.GetSelectorOptions().(type) {
	case *qdrant.WithPayloadSelector_Enable:
		if s.Enable {
			return p
		}
	case *qdrant.WithPayloadSelector_Include:
		for _, k := range s.Include.GetFields() {
			if v, ok := p[k]; ok {
				out[k] = v
			}
		}
	case *qdrant.WithPayloadSelector_Exclude:
		for k, v := range p {
			if !slices.Contains(s.Exclude.GetFields(), k) {
				out[k] = v
			}
		}
	}
	return out
}
