package tools

import (
	"context"
	"slices"

	"github.com/marsad/marsad/retrieval"
)

// CorpusSearcher is the DocumentSearcher of a whole corpus: notes and
// profiles in a retrieval index, job ads in an AdStore, found by
// their vectors (Ad.Vector, see adsNear). A query restricted to ads reads the store;
// any other reads the index. Ads need Embedder, the embedder that gave
// them their vectors; without it a search for ads finds none.
type CorpusSearcher struct {
	Index    IndexSearcher
	Ads      AdStore
	Embedder retrieval.Embedder
}

// SearchDocuments implements DocumentSearcher.
func (s CorpusSearcher) SearchDocuments(ctx context.Context, q DocumentQuery) ([]DocumentHit, error) {
	if !slices.Equal(q.Kinds, []string{KindAdDocument}) {
		return s.Index.SearchDocuments(ctx, q)
	}
	if s.Ads == nil || s.Embedder == nil {
		return nil, nil
	}
	aq := AdQuery{Region: q.Region, Limit: q.Limit}
	if q.Occupation != "" {
		aq.Occupations = []string{q.Occupation}
	}
	near, err := adsNear(ctx, s.Ads, s.Embedder, aq, q.Text)
	if err != nil {
		return nil, err
	}
	hits := make([]DocumentHit, 0, len(near))
	for _, n := range near {
		hits = append(hits, adHit(n.ad, n.sim))
	}
	return hits, nil
}

// KindAdDocument is the DocumentQuery kind of job ads.
const KindAdDocument = "ad"

// adHit is an ad as a document found; its DocID is its citation's ID.
func adHit(ad Ad, score float32) DocumentHit {
	c := adCitation(ad)
	return DocumentHit{DocID: c.ID, Kind: KindAdDocument, Title: ad.Title, Passage: excerpt(ad.Description, 240), Lang: ad.Lang,
		Region: ad.Region, Occupation: ad.Occupation, Date: ad.Day(), Publisher: c.Publisher, URL: c.URL, Score: float64(score), Demo: c.Demo}
}
