package tools

import (
	"context"
	"slices"

	"github.com/marsad/marsad/retrieval"
)

// CorpusSearcher is the DocumentSearcher of a whole corpus: notes and
// profiles in a retrieval index, job ads in a demand store, found by
// their vectors (Ad.Vector). A query restricted to ads reads the store;
// any other reads the index. Ads need Embedder, the embedder that gave
// them their vectors; without it a search for ads finds none.
type CorpusSearcher struct {
	Index    IndexSearcher
	Ads      DemandStore
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
	need, err := retrieval.EmbedQuery(ctx, s.Embedder, q.Text)
	if err != nil {
		return nil, err
	}
	aq := AdQuery{Region: q.Region, Need: need, Limit: q.Limit}
	if q.Occupation != "" {
		aq.Occupations = []string{q.Occupation}
	}
	ads, err := s.Ads.SearchAds(ctx, aq)
	if err != nil {
		return nil, err
	}
	hits := make([]DocumentHit, 0, len(ads))
	for _, ad := range ads {
		score := AdSimilarity(need, ad.Vector)
		if score < RelatedFloor {
			break // ranked: the rest are further still
		}
		hits = append(hits, adHit(ad, score))
	}
	return hits, nil
}

// KindAdDocument is the DocumentQuery kind of job ads.
const KindAdDocument = "ad"

// adHit is an ad as a document found; its DocID is its citation's ID.
func adHit(ad Ad, score float32) DocumentHit {
	c := adCitation(ad)
	return DocumentHit{DocID: c.ID, Kind: KindAdDocument, Title: ad.Title, Passage: excerpt(ad.Description, 240), Lang: ad.Lang,
		Region: ad.Region, Occupation: ad.Occupation, Date: ad.Day(), Publisher: c.Publisher, URL: ad.URL, Score: float64(score)}
}
