package toolstest

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
)

func ad(id, occ, region, sector, site, posted string, skills ...string) tools.Ad {
	return tools.Ad{ID: id, Title: "Poste " + id, Employer: "Société " + id[:1], Occupation: occ, Region: region,
		Sector: sector, SourceSite: site, Posted: posted, Skills: skills, Contract: "cdi", Signature: []byte(id + "sig")}
}

// AdFixture is the ad set the suite loads: 10 ads, 3 occupations, 3
// regions, 2 sites, months 2025-01 to 2025-04 (2025-02 without ads).
func AdFixture() []tools.Ad {
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

func mustAdd(t *testing.T, s tools.AdStore, ads []tools.Ad) tools.AddSummary {
	t.Helper()
	sum, err := s.AddAds(context.Background(), ads)
	if err != nil {
		t.Fatalf("AddAds: %v", err)
	}
	return sum
}

func ids(ads []tools.Ad) []string {
	out := make([]string, len(ads))
	for i, a := range ads {
		out[i] = a.ID
	}
	return out
}

// NewAdStore returns an empty ad store for one subtest; the suite closes
// it when it is an io.Closer.
type NewAdStore func(t *testing.T) tools.AdStore

// TestAdStore runs the conformance suite of tools.AdStore: adding ads
// (idempotent, all or nothing, replaced by their source), listing them and
// their fingerprints.
func TestAdStore(t *testing.T, newStore NewAdStore) {
	run := func(name string, f func(t *testing.T, s tools.AdStore)) { subtest(t, name, newStore, f) }
	run("empty store lists nothing", testAdsEmpty)
	run("add counts inserts then existing on re-add", testAddIdempotent)
	run("bad ad refuses whole batch", testAddAtomic)
	run("search ads newest first with filters", testSearchAds)
	run("search ads ranked by need", testSearchAdsNeed)
	run("fingerprints in insertion order", testFingerprints)
	run("an ad edited at its source replaces its first version", testUpdateBySource)
}

func testAdsEmpty(t *testing.T, s tools.AdStore) {
	ads, err := s.SearchAds(context.Background(), tools.AdQuery{})
	if err != nil || ads == nil || len(ads) != 0 {
		t.Fatalf("SearchAds on empty = %v, %v; want empty non-nil", ads, err)
	}
}

// allIDs lists the IDs of every stored ad, newest first.
func allIDs(t *testing.T, s tools.AdStore) []string {
	t.Helper()
	got, err := s.SearchAds(context.Background(), tools.AdQuery{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	return ids(got)
}

func testAddIdempotent(t *testing.T, s tools.AdStore) {
	if sum := mustAdd(t, s, AdFixture()); sum != (tools.AddSummary{Inserted: 10}) {
		t.Fatalf("first add = %+v, want 10 inserted", sum)
	}
	again := AdFixture()
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
	if got := allIDs(t, s); len(got) != 11 {
		t.Fatalf("ads after re-adds = %v, want 11 (no double count)", got)
	}
}

func testAddAtomic(t *testing.T, s tools.AdStore) {
	bad := AdFixture()
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
	nan := AdFixture()
	nan[6].SalaryMin, nan[6].SalaryMax = math.NaN(), math.Inf(1)
	if _, err := s.AddAds(context.Background(), nan); !errors.Is(err, tools.ErrBadData) {
		t.Fatalf("AddAds with a NaN salary: err = %v, want ErrBadData", err)
	}
	if got := allIDs(t, s); len(got) != 0 {
		t.Fatalf("refused batches stored %v", got)
	}
}

// searchCase is a SearchAds query and the IDs it must return, in order.
type searchCase struct {
	name string
	q    tools.AdQuery
	want []string
}

func checkSearches(t *testing.T, s tools.AdStore, cases []searchCase) {
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

func testSearchAds(t *testing.T, s tools.AdStore) {
	mustAdd(t, s, AdFixture())
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
	if want := AdFixture()[3]; len(got) != 1 || !cmp.Equal(want, got[0]) {
		t.Errorf("stored ad differs from the one added (-want +got):\n%s", cmp.Diff(want, got))
	}
}

func testFingerprints(t *testing.T, s tools.AdStore) {
	mustAdd(t, s, AdFixture()[:3])
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

// testSearchAdsNeed gives four ads vectors and ranks by a need: most
// similar first, ties newest first, ads without a vector last.
func testSearchAdsNeed(t *testing.T, s tools.AdStore) {
	ads := AdFixture()
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
func testUpdateBySource(t *testing.T, s tools.AdStore) {
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
