package toolstest

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/tools"
)

// NewAdCounter returns an ad counter over exactly ads (none when ads is
// empty) for one subtest; the suite closes it when it is an io.Closer.
type NewAdCounter func(t *testing.T, ads []tools.Ad) tools.AdCounter

// TestAdCounter runs the conformance suite of tools.AdCounter on counters
// over AdFixture: rankings with their scope, filters, trends and the
// catalog.
func TestAdCounter(t *testing.T, newCounter NewAdCounter) {
	run := func(name string, ads []tools.Ad, f func(t *testing.T, s tools.AdCounter)) {
		subtest(t, name, func(t *testing.T) tools.AdCounter { return newCounter(t, ads) }, f)
	}
	run("empty store answers empty", nil, testCountsEmpty)
	run("top occupations ranked with scope", AdFixture(), testTopOccupations)
	run("filters by region sector months and skill", AdFixture(), testCountFilters)
	run("skills ranked within occupation", AdFixture(), testSkills)
	run("trend is zero filled and chronological", AdFixture(), testTrend)
	run("catalog lists present values", AdFixture(), testAdCatalog)
}

func cnt(key string, ads int) tools.Count { return tools.Count{Key: key, Ads: ads} }

func testCountsEmpty(t *testing.T, s tools.AdCounter) {
	ctx := context.Background()
	rk, err := s.TopOccupations(ctx, tools.AdCountQuery{}, 0)
	if err != nil || len(rk.Rows) != 0 || rk.Scope.Ads != 0 {
		t.Fatalf("TopOccupations on empty = %+v, %v", rk, err)
	}
	tr, err := s.Trend(ctx, tools.AdCountQuery{})
	if err != nil || tr.Rows == nil || len(tr.Rows) != 0 {
		t.Fatalf("Trend on empty = %+v, %v; want empty non-nil rows", tr, err)
	}
	cat, err := s.Catalog(ctx)
	if err != nil || cat.Ads != 0 {
		t.Fatalf("Catalog on empty = %+v, %v", cat, err)
	}
}

func testTopOccupations(t *testing.T, s tools.AdCounter) {
	rk, err := s.TopOccupations(context.Background(), tools.AdCountQuery{}, 2)
	if err != nil {
		t.Fatal(err)
	}
	want := tools.Ranking{
		Rows: []tools.Count{{Key: "7212", Ads: 4}, {Key: "2512", Ads: 3}},
		Scope: tools.Scope{Ads: 10, From: "2025-01", To: "2025-04",
			Sites: []tools.SiteCount{{Site: "rekrute.com", Ads: 6}, {Site: "emploi.ma", Ads: 3}, {Site: "", Ads: 1}}},
	}
	if d := cmp.Diff(want, rk); d != "" {
		t.Fatalf("TopOccupations (-want +got):\n%s", d)
	}
}

func testCountFilters(t *testing.T, s tools.AdCounter) {
	cases := []struct {
		name string
		q    tools.AdCountQuery
		want []tools.Count
		ads  int
	}{
		{"region", tools.AdCountQuery{Region: "MA-06"}, []tools.Count{cnt("2512", 2), cnt("4222", 2), cnt("7212", 1)}, 5},
		{"country as MA", tools.AdCountQuery{Region: "MA", Sector: "industry"}, []tools.Count{cnt("7212", 4)}, 4},
		{"months", tools.AdCountQuery{From: "2025-03", To: "2025-03"}, []tools.Count{cnt("2512", 1), cnt("4222", 1), cnt("7212", 1)}, 3},
		{"seen month counts", tools.AdCountQuery{From: "2025-04"}, []tools.Count{cnt("7212", 3)}, 4},
		{"skill", tools.AdCountQuery{Skill: "sql"}, []tools.Count{cnt("2512", 2)}, 2},
		{"occupations", tools.AdCountQuery{Occupations: []string{"4222", "9999"}}, []tools.Count{cnt("4222", 2)}, 2},
		{"unknown sector", tools.AdCountQuery{Sector: "fishing"}, []tools.Count{}, 0},
		{"unknown skill", tools.AdCountQuery{Skill: "cobol"}, []tools.Count{}, 0},
	}
	for _, c := range cases {
		rk, err := s.TopOccupations(context.Background(), c.q, 0)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if d := cmp.Diff(c.want, rk.Rows); d != "" || rk.Scope.Ads != c.ads {
			t.Errorf("%s: scope %d ads (want %d), rows (-want +got):\n%s", c.name, rk.Scope.Ads, c.ads, d)
		}
	}
}

func testSkills(t *testing.T, s tools.AdCounter) {
	rk, err := s.SkillsInDemand(context.Background(), tools.AdCountQuery{Occupations: []string{"2512"}}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]tools.Count{cnt("java", 2), cnt("sql", 2), cnt("python", 1)}, rk.Rows); d != "" || rk.Scope.Ads != 3 {
		t.Fatalf("skills of 2512: scope %d, rows (-want +got):\n%s", rk.Scope.Ads, d)
	}
	rk, _ = s.SkillsInDemand(context.Background(), tools.AdCountQuery{}, 1)
	if d := cmp.Diff([]tools.Count{cnt("french", 3)}, rk.Rows); d != "" || rk.Scope.Ads != 10 {
		t.Fatalf("top skill: scope %d (want 10 with ads without skills), rows (-want +got):\n%s", rk.Scope.Ads, d)
	}
}

func testTrend(t *testing.T, s tools.AdCounter) {
	tr, err := s.Trend(context.Background(), tools.AdCountQuery{Occupations: []string{"2512"}})
	if err != nil {
		t.Fatal(err)
	}
	want := []tools.Count{cnt("2025-01", 2), cnt("2025-02", 0), cnt("2025-03", 1)}
	if d := cmp.Diff(want, tr.Rows); d != "" || tr.Scope.From != "2025-01" || tr.Scope.To != "2025-03" {
		t.Fatalf("trend scope %s..%s, rows (-want +got):\n%s", tr.Scope.From, tr.Scope.To, d)
	}
}

func testAdCatalog(t *testing.T, s tools.AdCounter) {
	cat, err := s.Catalog(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := tools.AdCatalog{Ads: 10, Occupations: []string{"2512", "4222", "7212"}, Regions: []string{"MA-01", "MA-04", "MA-06"},
		Sectors: []string{"industry", "services"}, Skills: []string{"driving_licence", "english", "french", "java", "python", "sql", "welding"},
		Contracts: []string{"cdd", "cdi"}, Sites: []string{"emploi.ma", "rekrute.com"}, Months: []string{"2025-01", "2025-03", "2025-04"}}
	if d := cmp.Diff(want, cat); d != "" {
		t.Fatalf("Catalog (-want +got):\n%s", d)
	}
}
