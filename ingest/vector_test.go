package ingest_test

import (
	"context"
	"slices"
	"testing"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/retrieval/embed"
	"github.com/marsad/marsad/tools"
)

// A need in any of the languages finds ads of its occupation first among
// the seed ads embedded at ingestion.
func TestSearchAdsByNeedOnSeed(t *testing.T) {
	s := mustJobMarket(t, "")
	e := embed.NewBuiltin()
	p := mustPipeline(t, s, ingest.Options{Embedder: e})
	ingestSeedProfiles(t, p)
	ingestSeedAds(t, p)
	for _, c := range []struct {
		need string
		occ  []string // ISCO-08 codes of a relevant ad
		top  int      // how many ads SearchAds returns
		min  int      // how many of them must be relevant
	}{
		// The seed has one welder's ad (in El Jadida): it must come before
		// all but two of the ads that share only the place.
		{"soudeur tig tanger", []string{"7212"}, 3, 1},
		{"مطور برمجيات", []string{"2512", "2514"}, 5, 4},
		{"khdma f call center", []string{"4222"}, 5, 5},
		{"comptable", []string{"2411", "3313"}, 5, 3},
	} {
		q, err := e.DenseQuery(context.Background(), c.need)
		if err != nil {
			t.Fatal(err)
		}
		ads, err := s.SearchAds(context.Background(), tools.AdQuery{Need: q, Limit: c.top})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		relevant := 0
		for _, a := range ads {
			got = append(got, a.Occupation+" "+a.Title)
			if len(a.Vector) == 0 {
				t.Errorf("%q: ad %s has no vector", c.need, a.ID)
			}
			if slices.Contains(c.occ, a.Occupation) {
				relevant++
			}
		}
		if len(ads) != c.top || relevant < c.min {
			t.Errorf("%q: %d of the top %d are of %v, want %d:\n%q", c.need, relevant, c.top, c.occ, c.min, got)
		}
	}
}
