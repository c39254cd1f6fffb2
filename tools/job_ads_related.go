package tools

import (
	"context"

	"github.com/marsad/marsad/retrieval"
)

// RelatedFloor is the least similarity (AdSimilarity of the embedded
// query with an ad's vector) of an ad search_job_ads offers as related
// to words no ad title has. Below it the built-in embedder's nearest ads
// share at most a city or a common word with the need (measured on the
// seed corpus: see TestRelatedAds).
const RelatedFloor = 0.3

// related returns the ads closest in meaning to text among those that
// match q but its words, at most q.Limit, none below RelatedFloor.
func (t JobAdsTool) related(ctx context.Context, q AdQuery, text string) ([]Ad, error) {
	need, err := retrieval.EmbedQuery(ctx, t.Embedder, text)
	if err != nil {
		return nil, err
	}
	q.Words, q.Need = nil, need
	ads, err := t.Store.SearchAds(ctx, q)
	if err != nil {
		return nil, err
	}
	for i, ad := range ads {
		if AdSimilarity(need, ad.Vector) < RelatedFloor {
			return ads[:i], nil
		}
	}
	return ads, nil
}
