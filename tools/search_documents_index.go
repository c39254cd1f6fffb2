package tools

import (
	"context"

	"github.com/marsad/marsad/retrieval"
)

// IndexSearcher is the DocumentSearcher over a retrieval.Index (hybrid
// dense and sparse search). Region and Occupation filter strictly: a
// document without a region does not match a query for one region.
type IndexSearcher struct{ Index *retrieval.Index }

// SearchDocuments implements DocumentSearcher.
func (s IndexSearcher) SearchDocuments(ctx context.Context, q DocumentQuery) ([]DocumentHit, error) {
	f := retrieval.Filter{Kinds: q.Kinds}
	if q.Region != "" {
		f.Regions = []string{q.Region}
	}
	if q.Occupation != "" {
		f.Occupations = []string{q.Occupation}
	}
	hits, err := s.Index.Search(ctx, q.Text, f, q.Limit)
	if err != nil {
		return nil, err
	}
	out := make([]DocumentHit, 0, len(hits))
	for _, h := range hits {
		c := h.Chunk
		d := DocumentHit{DocID: c.DocID, Kind: c.Kind, Title: c.Title, Passage: c.Text, Lang: c.Lang, Region: c.Region,
			Occupation: c.Occupation, Publisher: c.Publisher, URL: c.URL, Score: h.Score, Demo: DemoPublisher(c.Publisher)}
		if !c.Date.IsZero() {
			d.Date = c.Date.Format("2006-01-02")
		}
		out = append(out, d)
	}
	return out, nil
}
