package toolstest

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
)

// NewDemandStore returns an empty demand store for one subtest; the suite
// closes it.
type NewDemandStore func(t *testing.T) tools.DemandStore

func ad(id, occ, region, sector, site, posted string, skills ...string) tools.Ad {
	return tools.Ad{ID: id, Title: "Poste " + id, Employer: "Société " + id[:1], Occupation: occ, Region: region,
		Sector: sector, SourceSite: site, Posted: posted, Skills: skills, Contract: "cdi", Signature: []byte(id + "sig")}
}

// DemandFixture is the ad set the suite loads: 10 ads, 3 occupations, 3
// regions, 2 sites, months 2025-01 to 2025-04 (2025-02 without ads).
func DemandFixture() []tools.Ad {
	ads := []tools.Ad{
		ad("a1", "2512", "MA-06", "services", "rekrute.com", "2025-01-10", "java", "sql"),
		ad("a2", "2512", "MA-06", "services", "emploi.ma", "2025-01-20", "java"),
		ad("a3", "2512", "MA-04", "services", "rekrute.com", "2025-03-05", "python", "sql"),
		ad("b1", "7212", "MA-01", "industry", "emploi.ma", "2025-03-07", "welding"),
		ad("b2", "7212", "MA-01", "industry", "emploi.ma", "2025-04-01", "welding", "driving_licence"),
		ad("b3", "7212", "MA-06", "industry", "rekrute.com", "2025-04-02", "welding"),
		ad("b4", "7212", "MA-01", "industry", "rekrute.com", "2025-04-03"),
		ad("c1", "4222", "MA-06", "services", "rekrute.com", "2025-01-15", "french"),
		ad("c2", "4222", "MA-06", "services", "rekrute.com", "2025-03-15", "french", "english"),
		ad("d1", "", "", "", "", "", "french"),
	}
	ads[3].Contract = "cdd"
	ads[3].Title = "Soudeur TIG qualifié"
	ads[9].Seen = "2025-04-20" // no posting date: counted in its collection month
	return ads
}

// DemandProfiles are the profiles the suite loads.
func DemandProfiles() []tools.Profile {
	return []tools.Profile{
		{ID: "soudeur", Code: "7212", Titles: map[string]string{"fr": "Soudeur", "ar": "لحام"}, Publisher: "test",
			SkillIDs: []string{"welding"}, Trainings: []tools.Training{{Name: "TS soudage", Kind: "vocational", Provider: "OFPPT"}}},
		{ID: "developpeur", Code: "2512", Titles: map[string]string{"fr": "Développeur"}, Publisher: "test"},
		{ID: "chaudronnier", Code: "7212", Titles: map[string]string{"fr": "Chaudronnier"}, Publisher: "test"},
	}
}

func cnt(key string, ads int) tools.Count { return tools.Count{Key: key, Ads: ads} }

func mustAdd(t *testing.T, s tools.DemandStore, ads []tools.Ad) tools.AddSummary {
	t.Helper()
	sum, err := s.AddAds(context.Background(), ads)
	if err != nil {
		t.Fatalf("AddAds: %v", err)
	}
	return sum
}

// TestDemandStore runs the conformance suite.
func TestDemandStore(t *testing.T, newStore NewDemandStore) {
	run := func(name string, f func(t *testing.T, s tools.DemandStore)) {
		t.Run(name, func(t *testing.T) {
			s := newStore(t)
			defer s.Close()
			f(t, s)
		})
	}
	run("empty store answers empty", testDemandEmpty)
	run("add counts inserts then existing on re-add", testAddIdempotent)
	run("bad ad refuses whole batch", testAddAtomic)
	run("top occupations ranked with scope", testTopOccupations)
	run("filters by region sector months and skill", testDemandFilters)
	run("skills ranked within occupation", testSkills)
	run("trend is zero filled and chronological", testTrend)
	run("search ads newest first with filters", testSearchAds)
	run("search ads ranked by need", testSearchAdsNeed)
	run("catalog lists present values", testDemandCatalog)
	run("fingerprints in insertion order", testFingerprints)
	run("an ad edited at its source replaces its first version", testUpdateBySource)
	run("profiles upsert by id", testProfiles)
	run("concurrent readers and a writer", testDemandConcurrent)
}

func testDemandEmpty(t *testing.T, s tools.DemandStore) {
	ctx := context.Background()
	rk, err := s.TopOccupations(ctx, tools.DemandQuery{}, 0)
	if err != nil || len(rk.Rows) != 0 || rk.Scope.Ads != 0 {
		t.Fatalf("TopOccupations on empty = %+v, %v", rk, err)
	}
	tr, err := s.Trend(ctx, tools.DemandQuery{})
	if err != nil || tr.Rows == nil || len(tr.Rows) != 0 {
		t.Fatalf("Trend on empty = %+v, %v; want empty non-nil rows", tr, err)
	}
	ads, err := s.SearchAds(ctx, tools.AdQuery{})
	if err != nil || ads == nil || len(ads) != 0 {
		t.Fatalf("SearchAds on empty = %v, %v; want empty non-nil", ads, err)
	}
	ps, err := s.Profiles(ctx)
	if err != nil || ps == nil || len(ps) != 0 {
		t.Fatalf("Profiles on empty = %v, %v", ps, err)
	}
}

func testAddIdempotent(t *testing.T, s tools.DemandStore) {
	if sum := mustAdd(t, s, DemandFixture()); sum != (tools.AddSummary{Inserted: 10}) {
		t.Fatalf("first add = %+v, want 10 inserted", sum)
	}
	again := DemandFixture()
	again[0].Title = "changed text, same id"
	if sum := mustAdd(t, s, again); sum != (tools.AddSummary{Existing: 10}) {
		t.Fatalf("re-add = %+v, want 10 existing", sum)
	}
	twice := []tools.Ad{ad("z1", "2512", "MA-06", "services", "x.ma", "2025-01-01"), ad("z1", "2512", "MA-06", "services", "x.ma", "2025-01-01")}
	if sum := mustAdd(t, s, twice); sum != (tools.AddSummary{Inserted: 1, Existing: 1}) {
		t.Fatalf("add with a repeated id = %+v, want 1 inserted 1 existing", sum)
	}
	got, _ := s.SearchAds(context.Background(), tools.AdQuery{Words: []string{"changed"}})
	if len(got) != 0 {
		t.Fatalf("a re-added id replaced the stored ad: %+v", got)
	}
	rk, _ := s.TopOccupations(context.Background(), tools.DemandQuery{}, 0)
	if rk.Scope.Ads != 11 {
		t.Fatalf("scope after re-adds = %d ads, want 11 (no double count)", rk.Scope.Ads)
	}
}

func testAddAtomic(t *testing.T, s tools.DemandStore) {
	bad := DemandFixture()
	bad[4].Region = "MA-13"
	_, err := s.AddAds(context.Background(), bad)
	if !errors.Is(err, tools.ErrBadData) {
		t.Fatalf("AddAds with a bad region: err = %v, want ErrBadData", err)
	}
	noText := []tools.Ad{{ID: "x"}}
	if _, err := s.AddAds(context.Background(), noText); !errors.Is(err, tools.ErrBadData) {
		t.Fatalf("AddAds without title or description: err = %v, want ErrBadData", err)
	}
	// An ad the store cannot encode is bad data too, not a store failure:
	// ingestion quarantines it and goes on, where a failure stops the run.
	nan := DemandFixture()
	nan[6].SalaryMin, nan[6].SalaryMax = math.NaN(), math.Inf(1)
	if _, err := s.AddAds(context.Background(), nan); !errors.Is(err, tools.ErrBadData) {
		t.Fatalf("AddAds with a NaN salary: err = %v, want ErrBadData", err)
	}
	cat, _ := s.Catalog(context.Background())
	if cat.Ads != 0 {
		t.Fatalf("refused batches stored %d ads", cat.Ads)
	}
}

func testTopOccupations(t *testing.T, s tools.DemandStore) {
	mustAdd(t, s, DemandFixture())
	rk, err := s.TopOccupations(context.Background(), tools.DemandQuery{}, 2)
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

func testDemandFilters(t *testing.T, s tools.DemandStore) {
	mustAdd(t, s, DemandFixture())
	cases := []struct {
		name string
		q    tools.DemandQuery
		want []tools.Count
		ads  int
	}{
		{"region", tools.DemandQuery{Region: "MA-06"}, []tools.Count{cnt("2512", 2), cnt("4222", 2), cnt("7212", 1)}, 5},
		{"country as MA", tools.DemandQuery{Region: "MA", Sector: "industry"}, []tools.Count{cnt("7212", 4)}, 4},
		{"months", tools.DemandQuery{From: "2025-03", To: "2025-03"}, []tools.Count{cnt("2512", 1), cnt("4222", 1), cnt("7212", 1)}, 3},
		{"seen month counts", tools.DemandQuery{From: "2025-04"}, []tools.Count{cnt("7212", 3)}, 4},
		{"skill", tools.DemandQuery{Skill: "sql"}, []tools.Count{cnt("2512", 2)}, 2},
		{"occupations", tools.DemandQuery{Occupations: []string{"4222", "9999"}}, []tools.Count{cnt("4222", 2)}, 2},
		{"unknown sector", tools.DemandQuery{Sector: "fishing"}, []tools.Count{}, 0},
		{"unknown skill", tools.DemandQuery{Skill: "cobol"}, []tools.Count{}, 0},
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

func testSkills(t *testing.T, s tools.DemandStore) {
	mustAdd(t, s, DemandFixture())
	rk, err := s.SkillsInDemand(context.Background(), tools.DemandQuery{Occupations: []string{"2512"}}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]tools.Count{cnt("java", 2), cnt("sql", 2), cnt("python", 1)}, rk.Rows); d != "" || rk.Scope.Ads != 3 {
		t.Fatalf("skills of 2512: scope %d, rows (-want +got):\n%s", rk.Scope.Ads, d)
	}
	rk, _ = s.SkillsInDemand(context.Background(), tools.DemandQuery{}, 1)
	if d := cmp.Diff([]tools.Count{cnt("french", 3)}, rk.Rows); d != "" || rk.Scope.Ads != 10 {
		t.Fatalf("top skill: scope %d (want 10 with ads without skills), rows (-want +got):\n%s", rk.Scope.Ads, d)
	}
}

func testTrend(t *testing.T, s tools.DemandStore) {
	mustAdd(t, s, DemandFixture())
	tr, err := s.Trend(context.Background(), tools.DemandQuery{Occupations: []string{"2512"}})
	if err != nil {
		t.Fatal(err)
	}
	want := []tools.Count{cnt("2025-01", 2), cnt("2025-02", 0), cnt("2025-03", 1)}
	if d := cmp.Diff(want, tr.Rows); d != "" || tr.Scope.From != "2025-01" || tr.Scope.To != "2025-03" {
		t.Fatalf("trend scope %s..%s, rows (-want +got):\n%s", tr.Scope.From, tr.Scope.To, d)
	}
}

func ids(ads []tools.Ad) []string {
	out := make([]string, len(ads))
	for i, a := range ads {
		out[i] = a.ID
	}
	return out
}

// searchCase is a SearchAds query and the IDs it must return, in order.
type searchCase struct {
	name string
	q    tools.AdQuery
	want []string
}

func checkSearches(t *testing.T, s tools.DemandStore, cases []searchCase) {
	t.Helper()
	for _, c := range cases {
		got, err := s.SearchAds(context.Background(), c.q)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if d := cmp.Diff(c.want, ids(got)); d != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, d)
		}
	}
}

func testSearchAds(t *testing.T, s tools.DemandStore) {
	mustAdd(t, s, DemandFixture())
	cases := []searchCase{
		{"newest first with limit", tools.AdQuery{Limit: 3}, []string{"d1", "b4", "b3"}},
		{"occupation and region", tools.AdQuery{Occupations: []string{"7212"}, Region: "MA-01"}, []string{"b4", "b2", "b1"}},
		{"all skills", tools.AdQuery{Skills: []string{"welding", "driving_licence"}}, []string{"b2"}},
		{"contract", tools.AdQuery{Contract: "cdd"}, []string{"b1"}},
		{"word prefix in title", tools.AdQuery{Words: []string{"soud"}}, []string{"b1"}},
		{"words in any case and accents", tools.AdQuery{Words: []string{"QUALIFIÉ", "tig"}}, []string{"b1"}},
		{"months", tools.AdQuery{From: "2025-01", To: "2025-01"}, []string{"a2", "c1", "a1"}},
		{"nothing", tools.AdQuery{Region: "MA-12"}, []string{}},
	}
	checkSearches(t, s, cases)
	got, _ := s.SearchAds(context.Background(), tools.AdQuery{Contract: "cdd"})
	if want := DemandFixture()[3]; len(got) != 1 || !cmp.Equal(want, got[0]) {
		t.Errorf("stored ad differs from the one added (-want +got):\n%s", cmp.Diff(want, got))
	}
}

func testDemandCatalog(t *testing.T, s tools.DemandStore) {
	mustAdd(t, s, DemandFixture())
	cat, err := s.Catalog(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := tools.DemandCatalog{Ads: 10, Occupations: []string{"2512", "4222", "7212"}, Regions: []string{"MA-01", "MA-04", "MA-06"},
		Sectors: []string{"industry", "services"}, Skills: []string{"driving_licence", "english", "french", "java", "python", "sql", "welding"},
		Contracts: []string{"cdd", "cdi"}, Sites: []string{"emploi.ma", "rekrute.com"}, Months: []string{"2025-01", "2025-03", "2025-04"}}
	if d := cmp.Diff(want, cat); d != "" {
		t.Fatalf("Catalog (-want +got):\n%s", d)
	}
}

func testFingerprints(t *testing.T, s tools.DemandStore) {
	mustAdd(t, s, DemandFixture()[:3])
	var got []string
	err := s.Fingerprints(context.Background(), func(f tools.AdFingerprint) error {
		got = append(got, fmt.Sprintf("%s %s %s %s", f.ID, f.Region, f.Employer, f.Signature))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"a1 MA-06 Société a a1sig", "a2 MA-06 Société a a2sig", "a3 MA-04 Société a a3sig"}, got); d != "" {
		t.Fatalf("Fingerprints (-want +got):\n%s", d)
	}
	stop := errors.New("stop")
	n := 0
	if err := s.Fingerprints(context.Background(), func(tools.AdFingerprint) error { n++; return stop }); err != stop || n != 1 {
		t.Fatalf("Fingerprints after fn error: err %v after %d calls, want stop after 1", err, n)
	}
}

func testProfiles(t *testing.T, s tools.DemandStore) {
	ctx := context.Background()
	sum, err := s.PutProfiles(ctx, DemandProfiles())
	if err != nil || sum != (tools.AddSummary{Inserted: 3}) {
		t.Fatalf("PutProfiles = %+v, %v; want 3 inserted", sum, err)
	}
	changed := DemandProfiles()
	changed[1].Titles = map[string]string{"fr": "Développeur logiciel"}
	if sum, _ := s.PutProfiles(ctx, changed); sum != (tools.AddSummary{Existing: 2, Updated: 1}) {
		t.Fatalf("PutProfiles again = %+v, want 2 existing 1 updated", sum)
	}
	bad := []tools.Profile{{ID: "x", Code: "72", Titles: map[string]string{"fr": "X"}, Publisher: "test"}}
	if _, err := s.PutProfiles(ctx, bad); !errors.Is(err, tools.ErrBadData) {
		t.Fatalf("PutProfiles with a bad code: err = %v, want ErrBadData", err)
	}
	ps, _ := s.Profiles(ctx)
	var got []string
	for _, p := range ps {
		got = append(got, p.Code+" "+p.ID+" "+p.Title("fr"))
	}
	want := []string{"2512 developpeur Développeur logiciel", "7212 chaudronnier Chaudronnier", "7212 soudeur Soudeur"}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("Profiles (-want +got):\n%s", d)
	}
}

func testDemandConcurrent(t *testing.T, s tools.DemandStore) {
	mustAdd(t, s, DemandFixture())
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
				rk, err := s.TopOccupations(ctx, tools.DemandQuery{Occupations: []string{"7212"}}, 0)
				if err != nil || len(rk.Rows) != 1 || rk.Rows[0].Ads != 4 {
					t.Errorf("concurrent TopOccupations = %+v, %v", rk.Rows, err)
				}
			}
		}()
	}
	wg.Wait()
}

// testSearchAdsNeed gives four ads vectors and ranks by a need: most
// similar first, ties newest first, ads without a vector last.
func testSearchAdsNeed(t *testing.T, s tools.DemandStore) {
	ads := DemandFixture()
	vec := map[string][]float32{"a1": {1, 0, 0, 0}, "a2": {1, 0, 0, 0}, "b1": {0.8, 0.6, 0, 0}, "c1": {0, 1, 0, 0}}
	for i := range ads {
		ads[i].Vector = retrieval.QuantizeInt8(vec[ads[i].ID])
	}
	mustAdd(t, s, ads)
	need := []float32{1, 0, 0, 0}
	cases := []searchCase{
		{"similar first, ties newest, no vector last", tools.AdQuery{Need: need},
			[]string{"a2", "a1", "b1", "c1", "d1", "b4", "b3", "b2", "c2", "a3"}},
		{"with filters and limit", tools.AdQuery{Need: need, Region: "MA-06", Limit: 3}, []string{"a2", "a1", "c1"}},
		// b1's title is "Soudeur TIG qualifié": the words leave it out
		{"with words", tools.AdQuery{Need: []float32{0, 1, 0, 0}, Words: []string{"poste"}, Limit: 2}, []string{"c1", "a2"}},
	}
	checkSearches(t, s, cases)
	got, _ := s.SearchAds(context.Background(), tools.AdQuery{Need: need, Limit: 1})
	if len(got) != 1 || !cmp.Equal(ads[1], got[0]) {
		t.Errorf("stored ad with its vector differs (-want +got):\n%s", cmp.Diff(ads[1], got))
	}
}

// sourced returns an ad of site s with the source id id.
func sourced(id, srcID, occ, region, posted, salary string) tools.Ad {
	a := ad(id, occ, region, "services", "rekrute.com", posted, "french")
	a.Meta = map[string]string{"source_id": srcID, "file": "export.csv", "line": "2"}
	a.SalaryText = salary
	return a
}

// testUpdateBySource adds ads of a site, then the same export again with
// one ad unchanged (read from another line), one with a new salary (same
// ID) and one rewritten (new ID, new occupation), and one ad of another
// site with the ID of a stored one.
func testUpdateBySource(t *testing.T, s tools.DemandStore) {
	ctx := context.Background()
	first := []tools.Ad{sourced("u1", "R-1", "2512", "MA-06", "2025-03-01", "6000 DH"),
		sourced("u2", "R-2", "2512", "MA-06", "2025-03-02", "7000 DH"), sourced("u3", "R-3", "4222", "MA-04", "2025-03-03", "")}
	mustAdd(t, s, first)
	again := []tools.Ad{first[0], first[1], first[2]}
	again[0].Meta = map[string]string{"source_id": "R-1", "file": "export-2.csv", "line": "9"}
	again[1].SalaryText = "7500 DH"
	again[2] = sourced("u3b", "R-3", "7212", "MA-04", "2025-03-03", "")
	other := ad("u1", "2512", "MA-06", "services", "emploi.ma", "2025-03-05") // same ID, another site: a repost
	sum, err := s.AddAds(ctx, append(again, other))
	if err != nil {
		t.Fatal(err)
	}
	if want := (tools.AddSummary{Existing: 2, Updated: 2}); sum != want {
		t.Errorf("AddAds of the edited export = %+v, want %+v", sum, want)
	}
	got, err := s.SearchAds(ctx, tools.AdQuery{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"u3b", "u2", "u1"}, ids(got)); d != "" {
		t.Errorf("ads after the update (-want +got):\n%s", d)
	}
	for _, a := range got {
		if a.ID == "u2" && a.SalaryText != "7500 DH" {
			t.Errorf("u2 keeps salary %q, want the edited 7500 DH", a.SalaryText)
		}
	}
	rk, err := s.TopOccupations(ctx, tools.DemandQuery{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]tools.Count{cnt("2512", 2), cnt("7212", 1)}, rk.Rows); d != "" || rk.Scope.Ads != 3 {
		t.Errorf("counts after the update: scope %d ads (-want +got):\n%s", rk.Scope.Ads, d)
	}
	var fps []string
	if err := s.Fingerprints(ctx, func(f tools.AdFingerprint) error {
		fps = append(fps, f.ID+" "+strings.TrimPrefix(f.SourceKey, "rekrute.com\x00"))
		if f.Version == "" {
			t.Errorf("fingerprint of %s has no version", f.ID)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	slices.Sort(fps)
	if d := cmp.Diff([]string{"u1 R-1", "u2 R-2", "u3b R-3"}, fps); d != "" {
		t.Errorf("fingerprints after the update (-want +got):\n%s", d)
	}
	if sum := mustAdd(t, s, again); sum != (tools.AddSummary{Existing: 3}) {
		t.Errorf("adding the edited export again = %+v, want 3 existing", sum)
	}
}
