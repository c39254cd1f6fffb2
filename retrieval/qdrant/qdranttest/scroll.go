package qdranttest

import (
	"context"
	"slices"

	"github.com/qdrant/go-client/qdrant"
)

// Scroll pages through the points passing the filter in id order, as
// Qdrant does: a page starts at the offset id (inclusive) and gives the id
// the next page starts at, none on the last page. Vectors are not sent.
func (p *points) Scroll(_ context.Context, req *qdrant.ScrollPoints) (*qdrant.ScrollResponse, error) {
	p.db.mu.RLock()
	defer p.db.mu.RUnlock()
	col, err := p.db.get(req.GetCollectionName())
	if err != nil {
		return nil, err
	}
	var keys []string
	for k, pt := range col.points {
		m, err := matches(req.GetFilter(), pt)
		if err != nil {
			return nil, err
		}
		if m && (req.Offset == nil || k >= idKey(req.GetOffset())) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	limit := 10
	if req.Limit != nil {
		limit = int(req.GetLimit())
	}
	resp := &qdrant.ScrollResponse{}
	for i, k := range keys {
		pt := col.points[k]
		if i == limit {
			resp.NextPageOffset = pt.id
			break
		}
		resp.Result = append(resp.Result, &qdrant.RetrievedPoint{Id: pt.id, Payload: selectPayload(pt.payload, req.GetWithPayload())})
	}
	return resp, nil
}
