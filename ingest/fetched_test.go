package ingest_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/tools"
)

// Ads fetched from the web keep when: the time their record gives as
// seen (their page's fetch), else the input's; fetched again later they
// are the same ads (duplicates), not edits.
func TestIngestFetchedKeepsTheCollectionTime(t *testing.T) {
	s := mustJobMarket(t, "")
	p := mustPipeline(t, s, ingest.Options{})
	at := time.Date(2025, 10, 30, 8, 0, 0, 0, time.UTC)
	lines := `{"title":"Soudeur TIG","city":"Kénitra","url":"https://emploi.example/offre-1001","seen":"2025-10-30T07:12:40Z"}
{"title":"Comptable","city":"Rabat","url":"https://emploi.example/offre-1002"}
`
	sum, err := p.IngestFetched(context.Background(), "https://emploi.example/offres", strings.NewReader(lines), at)
	if err != nil || sum.Loaded != 2 {
		t.Fatalf("first fetch: %+v, %v", sum, err)
	}
	ads, err := s.SearchAds(context.Background(), tools.AdQuery{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]tools.Ad{}
	for _, a := range ads {
		got[a.URL] = a
	}
	if a := got["https://emploi.example/offre-1001"]; a.Meta[ingest.MetaCollectedAt] != "2025-10-30T07:12:40Z" || a.Seen != "2025-10-30" || a.Meta["file"] != "https://emploi.example/offres" {
		t.Errorf("ad with its page's fetch time: %+v", a)
	}
	if a := got["https://emploi.example/offre-1002"]; a.Meta[ingest.MetaCollectedAt] != "2025-10-30T08:00:00Z" {
		t.Errorf("ad without one: collected_at %q, want the input's", a.Meta[ingest.MetaCollectedAt])
	}
	sum, err = p.IngestFetched(context.Background(), "https://emploi.example/offres", strings.NewReader(lines), at.Add(24*time.Hour))
	if err != nil || sum.Duplicates != 2 || sum.Updated != 0 {
		t.Errorf("fetched again a day later: %+v, %v; want 2 duplicates, no update", sum, err)
	}
}
