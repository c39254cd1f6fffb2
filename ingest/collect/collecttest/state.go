// Package collecttest is the conformance suite of collect's StateStore,
// run on the file store and on PostgreSQL.
package collecttest

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad/ingest/collect"
)

// TestStateStore checks a StateStore made by open: a new store is empty;
// what is put is read back, by the store and by another opened on the
// same place (reopen: a later run, or another replica); a page put again
// replaces its state and the others stay.
func TestStateStore(t *testing.T, open func(t *testing.T) (s collect.StateStore, reopen func() collect.StateStore)) {
	ctx := context.Background()
	s, reopen := open(t)
	if got, err := s.Pages(ctx); err != nil || len(got) != 0 {
		t.Fatalf("new store: %v, %v; want no page", got, err)
	}
	at := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
	listing := collect.PageState{ETag: `"l1"`, Kind: collect.PageHTML, Links: []collect.Link{{URL: "https://e.example/offre-1234", Lastmod: "2026-11-06"}},
		Next: []string{"https://e.example/offres?page=2"}, Fetched: at}
	ad := collect.PageState{LastModified: "Fri, 06 Nov 2026 08:00:00 GMT", Lastmod: "2026-11-06", Fetched: at}
	if err := s.Put(ctx, map[string]collect.PageState{"https://e.example/offres": listing, "https://e.example/offre-1234": ad}); err != nil {
		t.Fatal(err)
	}
	edited := collect.PageState{ETag: `"v2"`, Fetched: at.Add(time.Hour)}
	if err := s.Put(ctx, map[string]collect.PageState{"https://e.example/offre-1234": edited}); err != nil {
		t.Fatal(err)
	}
	want := map[string]collect.PageState{"https://e.example/offres": listing, "https://e.example/offre-1234": edited}
	for name, st := range map[string]collect.StateStore{"the same store": s, "a store opened again": reopen()} {
		got, err := st.Pages(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("states read by %s (-want +got):\n%s", name, d)
		}
	}
	if err := s.Put(ctx, nil); err != nil {
		t.Errorf("putting nothing: %v", err)
	}
}
