package tools

import (
	"context"
	"strings"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/retrieval/lang"
)

// RelatedFloor is the least similarity (retrieval.DotInt8 of the embedded
// query with an ad's vector) of an ad offered as related to a need.
const RelatedFloor = 0.05

// relatedPool is how many candidates, per ad wanted, adsNear ranks by
// meaning before keeping those that share a word with the need.
const relatedPool = 4

// related returns the ads closest in meaning to text among those that
// match q but its words, at most q.Limit (see adsNear).
func (t JobAdsTool) related(ctx context.Context, q AdQuery, text string) ([]Ad, error) {
	q.Words = nil
	near, err := adsNear(ctx, t.Store, t.Embedder, q, text)
	ads := make([]Ad, len(near))
	for i, n := range near {
		ads[i] = n.ad
	}
	return ads, err
}

// nearAd is an ad found by meaning, with its similarity to the need.
type nearAd struct {
	ad  Ad
	sim float32
}

// adsNear returns the ads matching q closest in meaning to text (embedded
// by emb, the embedder of the ads' vectors), most similar first, at most
// q.Limit, none below RelatedFloor. An ad must also share content words
// or concepts with text (see sharesTerms): the built-in embedder hashes
// character trigrams, so on similarity alone "astronaute" would find ads
// about transport. Every search of ads by meaning goes through it.
func adsNear(ctx context.Context, store AdStore, emb retrieval.Embedder, q AdQuery, text string) ([]nearAd, error) {
	need, err := retrieval.EmbedQuery(ctx, emb, text)
	if err != nil {
		return nil, err
	}
	limit := q.Limit
	q.Need, q.Limit = need, min(limit*relatedPool, 200)
	ads, err := store.SearchAds(ctx, q)
	if err != nil {
		return nil, err
	}
	want := needTerms(text)
	var out []nearAd
	for _, ad := range ads {
		sim := retrieval.DotInt8(need, ad.Vector)
		if len(out) == limit || sim < RelatedFloor {
			break // ranked: the rest are further still
		}
		if sharesTerms(want, retrieval.Terms(ad.Title+"\n"+ad.Description)) {
			out = append(out, nearAd{ad, sim})
		}
	}
	return out, nil
}

// needTerms are the terms of a need that can tell what it is about: its
// content words (contentWords, folded) and the concepts it names; places
// are left out, since an ad in the same city is not about the same thing.
func needTerms(text string) []string {
	var out []string
	for _, w := range contentWords(text) {
		out = append(out, lang.Fold(w))
	}
	for _, t := range retrieval.Terms(text) {
		if retrieval.IsConceptTerm(t) {
			out = append(out, t)
		}
	}
	return out
}

// sharesTerms reports whether have holds two terms of want, or its only
// one, so that a need is not met by an ad that shares a common word of it
// alone ("espaces" of "espaces verts", "production" of "production
// vidéo"). A word also matches one that shares its first stemRunes runes
// (pelouse, pelouses).
func sharesTerms(want, have []string) bool {
	need := min(len(want), 2)
	if need == 0 {
		return false
	}
	shared := 0
	for _, w := range want {
		for _, h := range have {
			if w == h || sameStem(w, h) {
				shared++
				break
			}
		}
	}
	return shared >= need
}

// stemRunes is how many leading runes two words must share to count as
// one word inflected.
const stemRunes = 5

func sameStem(a, b string) bool {
	if strings.Contains(a, ":") || strings.Contains(b, ":") {
		return false // concept and place terms match exactly
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < stemRunes || len(rb) < stemRunes {
		return false
	}
	return string(ra[:stemRunes]) == string(rb[:stemRunes])
}
