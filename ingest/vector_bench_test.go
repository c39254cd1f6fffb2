package ingest

import (
	"testing"

	"github.com/marsad/marsad/ingest/gen"
	"github.com/marsad/marsad/retrieval/embed"
	"github.com/marsad/marsad/tools"
)

// BenchmarkEmbedAd embeds the vectorText of generated ads with the
// built-in embedder: the cost ingestion adds per new ad.
func BenchmarkEmbedAd(b *testing.B) {
	var ads []tools.Ad
	for a := range gen.AdsIter(7, 512) {
		ads = append(ads, tools.Ad{Title: oneLine(a.Title), City: a.City, Occupation: a.ISCO,
			Description: plainText(a.Description), Skills: skillIDs(a.Skills), Lang: "fr"})
	}
	e := embed.NewBuiltin()
	b.Run("text", func(b *testing.B) {
		for i := range b.N {
			e.Embed(vectorText(ads[i%len(ads)]))
		}
	})
	b.Run("terms", func(b *testing.B) {
		for i := range b.N {
			e.EmbedTerms(adTerms(ads[i%len(ads)]))
		}
	})
}
