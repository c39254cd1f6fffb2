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
	e, chars := embed.NewBuiltin(), 0
	b.ResetTimer()
	for i := range b.N {
		t := vectorText(ads[i%len(ads)])
		chars += len(t)
		e.Embed(t)
	}
	b.ReportMetric(float64(chars)/float64(b.N), "bytes/ad")
}
