package embedded_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
	"github.com/marsad/marsad/tools/toolstest"
)

func TestJobMarketConformanceInMemory(t *testing.T) {
	toolstest.TestJobMarketStore(t, func(t *testing.T) tools.JobMarketStore {
		s, err := embedded.OpenJobMarket("")
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestJobMarketConformancePersisted(t *testing.T) {
	toolstest.TestJobMarketStore(t, func(t *testing.T) tools.JobMarketStore {
		s, err := embedded.OpenJobMarket(filepath.Join(t.TempDir(), "demand"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func mustOpenJobMarket(t *testing.T, dir string) *embedded.JobMarket {
	t.Helper()
	s, err := embedded.OpenJobMarket(dir)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestJobMarketReopenKeepsAdsAndProfiles(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s := mustOpenJobMarket(t, dir)
	if _, err := s.AddAds(ctx, toolstest.AdFixture()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutProfiles(ctx, toolstest.ProfileFixture()); err != nil {
		t.Fatal(err)
	}
	before, _ := s.TopOccupations(ctx, tools.AdCountQuery{}, 0)
	s.Close()

	again := mustOpenJobMarket(t, dir)
	defer again.Close()
	after, _ := again.TopOccupations(ctx, tools.AdCountQuery{}, 0)
	if d := cmp.Diff(before, after); d != "" {
		t.Fatalf("reopened ranking differs (-before +after):\n%s", d)
	}
	if sum, _ := again.AddAds(ctx, toolstest.AdFixture()); sum.Inserted != 0 || sum.Existing != 10 {
		t.Fatalf("re-add after reopen = %+v, want all existing", sum)
	}
	if ps, _ := again.Profiles(ctx); len(ps) != 3 {
		t.Fatalf("reopened store has %d profiles, want 3", len(ps))
	}
	if sum, _ := again.PutProfiles(ctx, toolstest.ProfileFixture()); sum.Existing != 3 {
		t.Fatalf("re-put profiles after reopen = %+v, want 3 existing", sum)
	}
}

func TestJobMarketOpenDropsTornLastLine(t *testing.T) {
	dir := t.TempDir()
	s := mustOpenJobMarket(t, dir)
	if _, err := s.AddAds(context.Background(), toolstest.AdFixture()[:2]); err != nil {
		t.Fatal(err)
	}
	s.Close()
	log := filepath.Join(dir, "ads.jsonl")
	f, err := os.OpenFile(log, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"id":"torn","title":"half a wri`)
	f.Close()
	again := mustOpenJobMarket(t, dir)
	if again.Len() != 2 {
		t.Fatalf("after a torn write the store has %d ads, want 2", again.Len())
	}
	if _, err := again.AddAds(context.Background(), toolstest.AdFixture()[2:3]); err != nil {
		t.Fatal(err)
	}
	again.Close()
	if n := mustOpenJobMarket(t, dir).Len(); n != 3 {
		t.Fatalf("append after repair: reopened store has %d ads, want 3", n)
	}
}

func TestJobMarketOpenRefusesCorruptMiddle(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "ads.jsonl"), []byte("{not json}\n{\"id\":\"a\",\"title\":\"x\"}\n"), 0o644)
	if _, err := embedded.OpenJobMarket(dir); err == nil {
		t.Fatal("OpenJobMarket on a corrupt log: no error")
	}
}

// The catalogue is kept between calls: ads added after a call are in the
// next, and a catalogue got before stays as it was (its slices are
// shared between calls, never rewritten).
func TestJobMarketCatalogFollowsAddedAds(t *testing.T) {
	ctx := context.Background()
	s := mustOpenJobMarket(t, "")
	ads := toolstest.AdFixture()
	if _, err := s.AddAds(ctx, ads[:1]); err != nil {
		t.Fatal(err)
	}
	first, err := s.Catalog(ctx)
	if err != nil || first.Ads != 1 || len(first.Months) == 0 {
		t.Fatalf("catalog of one ad: %+v, %v", first, err)
	}
	firstMonths := slices.Clone(first.Months)
	if _, err := s.AddAds(ctx, ads[1:]); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(first.Months, firstMonths) {
		t.Errorf("adding ads rewrote a catalogue got before: %v, was %v", first.Months, firstMonths)
	}
	after, _ := s.Catalog(ctx)
	fresh := mustOpenJobMarket(t, "")
	if _, err := fresh.AddAds(ctx, ads); err != nil {
		t.Fatal(err)
	}
	want, _ := fresh.Catalog(ctx)
	if d := cmp.Diff(want, after); d != "" || after.Ads != len(ads) {
		t.Errorf("catalog after adding ads, against a store given them all at once (-want +got):\n%s", d)
	}
}
