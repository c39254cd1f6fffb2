package ingest

import (
	"context"
	"strings"

	"github.com/marsad/marsad/retrieval"
)

// indexQueryLen bounds the text of an ad sent as a retrieval query.
const indexQueryLen = 600

// IndexClassifier returns a ClassifyFunc that asks the retrieval index for
// the occupation profile nearest to an ad (title and start of text) and
// answers its ISCO-08 code, "" when no profile comes back. Use it as
// Options.Fallback with FallbackVia "retrieval" once profiles are
// indexed.
func IndexClassifier(ix *retrieval.Index) ClassifyFunc {
	return func(ctx context.Context, title, text string) (string, error) {
		q := strings.TrimSpace(title + "\n" + prefix(text, indexQueryLen))
		if q == "" {
			return "", nil
		}
		hits, err := ix.Search(ctx, q, retrieval.Filter{Kinds: []string{retrieval.KindProfile}}, 1)
		if err != nil || len(hits) == 0 {
			return "", err
		}
		return hits[0].Chunk.Occupation, nil
	}
}
