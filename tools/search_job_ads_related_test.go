package tools_test

import (
	"context"
	"testing"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/retrieval/embed"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
)

// relatedStore holds a few ads embedded by the built-in embedder from
// their title and description, as ingestion embeds them.
func relatedStore(t *testing.T) tools.JobMarketStore {
	t.Helper()
	s, err := embedded.OpenJobMarket("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ads := []tools.Ad{
		{ID: "j1", Title: "Jardinier (H/F)", Region: "MA-07", Posted: "2025-10-01", Occupation: "6113",
			Description: "Entretien des jardins et des espaces verts d'un hôtel : tonte, taille des haies, arrosage."},
		{ID: "j2", Title: "Agent d'entretien des espaces verts", Region: "MA-07", Posted: "2025-10-03",
			Description: "Pelouses, massifs et arrosage automatique d'une résidence à Marrakech."},
		{ID: "c1", Title: "Comptable confirmé", Region: "MA-06", Posted: "2025-10-05", Occupation: "3313",
			Description: "Tenue de la comptabilité générale, déclarations fiscales et TVA."},
		// its trigrams meet those of "astronaute": only the shared-word rule keeps it out
		{ID: "t1", Title: "Chauffeur transport international", Region: "MA-01", Posted: "2025-10-07", Occupation: "8332",
			Description: "Transport routier de marchandises entre Tanger et l'Europe, camion frigorifique, astreinte le week-end."},
		{ID: "d1", Title: "Développeur Java", Region: "MA-06", Posted: "2025-10-06", Occupation: "2512",
			Description: "Spring Boot, microservices, SQL, au sein d'une équipe agile à Casablanca."},
	}
	emb := embed.NewBuiltin()
	for i := range ads {
		ads[i].Vector = retrieval.QuantizeInt8(emb.Embed(ads[i].Title + "\n" + ads[i].Description))
	}
	if _, err := s.AddAds(context.Background(), ads); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestJobAdsOffersRelatedAdsWhenNoTitleHasTheWords(t *testing.T) {
	s := relatedStore(t)
	tool := tools.JobAdsTool{Store: s, Embedder: embed.NewBuiltin()}
	cases := []struct {
		args    string
		related bool
		want    []string // the ids expected first, in any order
		absent  []string
	}{
		{`{"query":"tonte des pelouses et taille des haies"}`, true, []string{"j1"}, []string{"c1", "d1"}},
		{`{"query":"arrosage automatique"}`, true, []string{"j2"}, []string{"c1", "d1"}},
		{`{"query":"jardinier"}`, false, []string{"j1"}, []string{"j2", "c1", "d1"}},
		// trigrams of astronaute meet those of transport-like words: the
		// shared-word guard keeps unrelated ads out
		{`{"query":"astronaute spatial"}`, false, nil, []string{"j1", "j2", "c1", "d1", "t1"}},
		{`{"query":"comptabilité marrakech"}`, false, nil, []string{"j1", "j2", "c1", "d1"}},
	}
	for _, c := range cases {
		res, err := call(t, tool, c.args)
		if err != nil {
			t.Fatalf("%s: %v", c.args, err)
		}
		d := res.Data.(tools.JobAdsResult)
		got := map[string]int{}
		for i, r := range d.Rows {
			got[r.ID] = i
		}
		if d.Search.Related != c.related {
			t.Errorf("%s: related = %v, want %v (rows %v)", c.args, d.Search.Related, c.related, got)
		}
		for _, id := range c.want {
			if i, ok := got[id]; !ok || i >= len(c.want) {
				t.Errorf("%s: %s not among the first %d rows %v", c.args, id, len(c.want), got)
			}
		}
		for _, id := range c.absent {
			if _, ok := got[id]; ok {
				t.Errorf("%s: %s listed, want it left out (rows %v)", c.args, id, got)
			}
		}
	}
}

// search_documents restricted to ads finds them by meaning with the same
// rule as search_job_ads: close, and sharing the need's words.
func TestDocumentsFindAdsByMeaning(t *testing.T) {
	s := corpusSearcherFor(t)
	for q, want := range map[string]string{"arrosage automatique": "ad:j2", "astronaute spatial": ""} {
		hits, err := s.SearchDocuments(context.Background(), tools.DocumentQuery{Text: q, Kinds: []string{tools.KindAdDocument}, Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case want == "" && len(hits) > 0:
			t.Errorf("%q: found %s, want nothing", q, hits[0].DocID)
		case want != "" && (len(hits) == 0 || hits[0].DocID != want):
			t.Errorf("%q: hits %+v, want %s first", q, hits, want)
		}
	}
}

func corpusSearcherFor(t *testing.T) tools.CorpusSearcher {
	return tools.CorpusSearcher{Ads: relatedStore(t), Embedder: embed.NewBuiltin()}
}
