package tools_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/retrieval"
	vectors "github.com/marsad/marsad/retrieval/embedded"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
	"github.com/marsad/marsad/tools/toolstest"
)

func TestLoadedSourcesListWhatIsLoaded(t *testing.T) {
	ctx := context.Background()
	ind, err := embedded.Open(filepath.Join(t.TempDir(), "indicators.csv"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ind.Close() })
	fix := toolstest.Fixture()
	if _, err := ind.Load(ctx, fix); err != nil {
		t.Fatal(err)
	}
	wantFigures := map[string]int{}
	for _, o := range fix {
		wantFigures[o.Publisher]++
	}
	demand, err := embedded.OpenJobMarket("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { demand.Close() })
	ads := []tools.Ad{
		{ID: "1", Title: "Soudeur", SourceSite: "emploi-maroc.example", Posted: "2025-01-02"},
		{ID: "2", Title: "Soudeur", SourceSite: "emploi-maroc.example", Posted: "2025-01-03"},
		{ID: "3", Title: "Comptable", SourceSite: "rekrute.com", Posted: "2025-01-04"},
	}
	if _, err := demand.AddAds(ctx, ads); err != nil {
		t.Fatal(err)
	}
	sheets := []tools.Profile{
		{ID: "a", Code: "7212", Titles: map[string]string{"fr": "Soudeur"}, Publisher: "Marsad (fiche de démonstration)"},
		{ID: "b", Code: "2411", Titles: map[string]string{"fr": "Comptable"}, Publisher: "seed/profiles/profiles.json"},
		{ID: "c", Code: "2221", Titles: map[string]string{"fr": "Infirmier"}, Publisher: "ANAPEC"},
	}
	if _, err := demand.PutProfiles(ctx, sheets); err != nil {
		t.Fatal(err)
	}
	notes, err := vectors.Open(t.TempDir(), 4)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { notes.Close() })
	var recs []retrieval.Record
	for i, pub := range []string{"Bank Al-Maghrib", "Bank Al-Maghrib", "Marsad (note de démonstration)"} {
		c := retrieval.Chunk{ID: retrieval.ChunkID(pub, i), DocID: fmt.Sprint(pub, i), Kind: retrieval.KindNote, Publisher: pub}
		recs = append(recs, retrieval.Record{Chunk: c, Dense: []float32{1, 0, 0, 0}})
	}
	ad := retrieval.Chunk{ID: "ad", DocID: "ad", Kind: retrieval.KindAd, Publisher: "rekrute.com"}
	if err := notes.Upsert(ctx, append(recs, retrieval.Record{Chunk: ad, Dense: []float32{0, 1, 0, 0}})); err != nil {
		t.Fatal(err)
	}
	got, err := tools.LoadedSources(ctx, ind, demand, notes)
	if err != nil {
		t.Fatal(err)
	}
	byPub := map[string]tools.LoadedSource{}
	for _, s := range got {
		byPub[string(s.Kind)+"/"+s.Publisher] = s
	}
	for pub, n := range wantFigures {
		if s := byPub["official_statistic/"+pub]; s.Figures != n {
			t.Errorf("figures of %s = %+v, want %d", pub, s, n)
		}
	}
	if s := byPub["job_ads_count/emploi-maroc.example"]; s.Ads != 2 || !s.Demo || s.URL != "" {
		t.Errorf("demo site = %+v, want 2 ads, demo, no link", s)
	}
	if s := byPub["job_ads_count/rekrute.com"]; s.Ads != 1 || s.Demo || s.URL != "https://rekrute.com" {
		t.Errorf("real site = %+v, want 1 ad with its address", s)
	}
	if s := byPub["reference_sheet/Marsad"]; s.Sheets != 2 || !s.Demo {
		t.Errorf("Marsad's sheets = %+v, want the 2 demo sheets (one named by its file), never a path", s)
	}
	if s := byPub["document/ANAPEC"]; s.Sheets != 1 || s.Demo {
		t.Errorf("ANAPEC's sheets = %+v", s)
	}
	if s := byPub["document/Bank Al-Maghrib"]; s.Notes != 2 || s.Demo {
		t.Errorf("Bank Al-Maghrib's notes = %+v, want 2, not demo", s)
	}
	if s := byPub["document/Marsad (note de démonstration)"]; s.Notes != 1 || !s.Demo {
		t.Errorf("the demo note = %+v, want 1, demo", s)
	}
	for _, s := range got {
		if s.Publisher == "seed/profiles/profiles.json" {
			t.Errorf("a file path listed as a source: %+v", s)
		}
	}
	if len(got) != len(wantFigures)+6 { // 2 sites, 2 sheet authors, 2 note publishers (ads of the vector store are not notes)
		t.Errorf("%d sources, want %d: %+v", len(got), len(wantFigures)+6, got)
	}
}
