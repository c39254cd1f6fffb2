package toolstest

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/tools"
)

// NewJobMarketStore returns an empty job-market store for one subtest;
// the suite closes it.
type NewJobMarketStore func(t *testing.T) tools.JobMarketStore

// TestJobMarketStore runs the suites of the three parts of a
// tools.JobMarketStore (TestAdStore, TestAdCounter, TestProfileStore) on
// stores newStore makes, then what holds across them: counts follow the
// ads added, re-added, refused and replaced, and readers count while a
// writer adds.
func TestJobMarketStore(t *testing.T, newStore NewJobMarketStore) {
	t.Run("ads", func(t *testing.T) {
		TestAdStore(t, func(t *testing.T) tools.AdStore { return newStore(t) })
	})
	t.Run("counts", func(t *testing.T) {
		TestAdCounter(t, func(t *testing.T, ads []tools.Ad) tools.AdCounter {
			s := newStore(t)
			if len(ads) > 0 {
				mustAdd(t, s, ads)
			}
			return s
		})
	})
	t.Run("profiles", func(t *testing.T) {
		TestProfileStore(t, func(t *testing.T) tools.ProfileStore { return newStore(t) })
	})
	run := func(name string, f func(t *testing.T, s tools.JobMarketStore)) { subtest(t, name, newStore, f) }
	run("counts ignore re-added and refused ads", testCountsFollowAdds)
	run("counts follow an ad replaced by its source", testCountsFollowReplacement)
	run("concurrent readers and a writer", testJobMarketConcurrent)
}

func testCountsFollowAdds(t *testing.T, s tools.JobMarketStore) {
	ctx := context.Background()
	bad := AdFixture()
	bad[4].Region = "MA-13"
	if _, err := s.AddAds(ctx, bad); err == nil {
		t.Fatal("AddAds with a bad region succeeded")
	}
	if cat, _ := s.Catalog(ctx); cat.Ads != 0 {
		t.Fatalf("a refused batch is counted: %d ads", cat.Ads)
	}
	mustAdd(t, s, AdFixture())
	mustAdd(t, s, AdFixture())
	rk, err := s.TopOccupations(ctx, tools.AdCountQuery{}, 0)
	if err != nil || rk.Scope.Ads != 10 {
		t.Fatalf("scope after a re-add = %d ads, %v; want 10 (no double count)", rk.Scope.Ads, err)
	}
}

// testCountsFollowReplacement adds ads of a site, then an edited export
// whose R-3 ad moved to another occupation: the counts see the new
// version only.
func testCountsFollowReplacement(t *testing.T, s tools.JobMarketStore) {
	ctx := context.Background()
	first := []tools.Ad{sourced("u1", "R-1", "2512", "MA-06", "2025-03-01", "6000 DH"),
		sourced("u2", "R-2", "2512", "MA-06", "2025-03-02", "7000 DH"), sourced("u3", "R-3", "4222", "MA-04", "2025-03-03", "")}
	mustAdd(t, s, first)
	mustAdd(t, s, []tools.Ad{first[0], first[1], sourced("u3b", "R-3", "7212", "MA-04", "2025-03-03", "")})
	rk, err := s.TopOccupations(ctx, tools.AdCountQuery{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]tools.Count{cnt("2512", 2), cnt("7212", 1)}, rk.Rows); d != "" || rk.Scope.Ads != 3 {
		t.Errorf("counts after the update: scope %d ads (-want +got):\n%s", rk.Scope.Ads, d)
	}
}

func testJobMarketConcurrent(t *testing.T, s tools.JobMarketStore) {
	mustAdd(t, s, AdFixture())
	ctx := context.Background()
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 20 {
				if i == 0 {
					a := ad(fmt.Sprintf("n%d", j), "2512", "MA-06", "services", "x.ma", "2025-05-01")
					if _, err := s.AddAds(ctx, []tools.Ad{a}); err != nil {
						t.Error(err)
					}
					continue
				}
				rk, err := s.TopOccupations(ctx, tools.AdCountQuery{Occupations: []string{"7212"}}, 0)
				if err != nil || len(rk.Rows) != 1 || rk.Rows[0].Ads != 4 {
					t.Errorf("concurrent TopOccupations = %+v, %v", rk.Rows, err)
				}
			}
		}()
	}
	wg.Wait()
}
