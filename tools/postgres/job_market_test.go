package postgres

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/toolstest"
)

func TestJobMarketConformance(t *testing.T) {
	toolstest.TestJobMarketStore(t, func(t *testing.T) tools.JobMarketStore {
		s, err := Open(context.Background(), newSchema(t))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

// TestJobMarketReopenSeesTheSameCounts opens a second store (another pool,
// as a replica would) on the database the first one wrote to.
func TestJobMarketReopenSeesTheSameCounts(t *testing.T) {
	dsn := newSchema(t)
	ctx := context.Background()
	s := mustOpen(t, dsn)
	if _, err := s.AddAds(ctx, toolstest.AdFixture()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutProfiles(ctx, toolstest.ProfileFixture()); err != nil {
		t.Fatal(err)
	}
	before, _ := s.TopOccupations(ctx, tools.AdCountQuery{}, 0)
	catBefore, _ := s.Catalog(ctx)
	s.Close()

	again := mustOpen(t, dsn)
	after, err := again.TopOccupations(ctx, tools.AdCountQuery{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(before, after); d != "" {
		t.Fatalf("reopened ranking differs (-before +after):\n%s", d)
	}
	if catAfter, _ := again.Catalog(ctx); !cmp.Equal(catBefore, catAfter) {
		t.Fatalf("reopened catalog differs:\n%s", cmp.Diff(catBefore, catAfter))
	}
	if sum, _ := again.AddAds(ctx, toolstest.AdFixture()); sum != (tools.AddSummary{Existing: 10}) {
		t.Fatalf("re-add after reopen = %+v, want all existing", sum)
	}
	if sum, _ := again.PutProfiles(ctx, toolstest.ProfileFixture()); sum != (tools.AddSummary{Existing: 3}) {
		t.Fatalf("re-put profiles after reopen = %+v, want 3 existing", sum)
	}
}

// TestJobMarketReplicasSeeEachOthersAds writes through one store and reads
// through another open at the same time: nothing is cached per store.
func TestJobMarketReplicasSeeEachOthersAds(t *testing.T) {
	dsn := newSchema(t)
	ctx := context.Background()
	a, b := mustOpen(t, dsn), mustOpen(t, dsn)
	if cat, _ := b.Catalog(ctx); cat.Ads != 0 {
		t.Fatalf("fresh catalog has %d ads", cat.Ads)
	}
	if _, err := a.AddAds(ctx, toolstest.AdFixture()); err != nil {
		t.Fatal(err)
	}
	cat, err := b.Catalog(ctx)
	if err != nil || cat.Ads != 10 || len(cat.Occupations) != 3 {
		t.Fatalf("replica catalog after the other's AddAds = %+v, %v", cat, err)
	}
	if sum, _ := b.AddAds(ctx, toolstest.AdFixture()[:4]); sum != (tools.AddSummary{Existing: 4}) {
		t.Fatalf("replica re-add = %+v, want 4 existing", sum)
	}
}

// TestReplicasSeeEachOthersProfiles: a store keeps the profiles it read,
// and a change made through another store on the same database is seen
// on its next read (profile_catalog's version moved).
func TestReplicasSeeEachOthersProfiles(t *testing.T) {
	dsn := newSchema(t)
	ctx := context.Background()
	a, b := mustOpen(t, dsn), mustOpen(t, dsn)
	if _, err := a.PutProfiles(ctx, toolstest.ProfileFixture()); err != nil {
		t.Fatal(err)
	}
	first, err := b.Profiles(ctx)
	if err != nil || len(first) != 3 {
		t.Fatalf("replica Profiles = %d, %v; want 3", len(first), err)
	}
	if again, _ := b.Profiles(ctx); &again[0] != &first[0] {
		t.Errorf("unchanged profiles were read and decoded again")
	}
	changed := toolstest.ProfileFixture()
	changed[1].Titles = map[string]string{"fr": "Développeur logiciel"}
	if _, err := a.PutProfiles(ctx, changed); err != nil {
		t.Fatal(err)
	}
	after, err := b.Profiles(ctx)
	if err != nil || after[0].Title("fr") != "Développeur logiciel" {
		t.Fatalf("replica after the other's change: %q, %v", after[0].Title("fr"), err)
	}
}
