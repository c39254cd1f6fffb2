package embedded_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
)

// sourcedAd is an ad of rekrute.com with the site's own id, and a vector
// along dimension dim of 4.
func sourcedAd(id, srcID, occ, salary string, dim int) tools.Ad {
	v := make([]float32, 4)
	v[dim] = 1
	return tools.Ad{ID: id, Title: "Poste " + id, Occupation: occ, Region: "MA-06", Sector: "services",
		SourceSite: "rekrute.com", Posted: "2025-03-0" + id[len(id)-1:], SalaryText: salary,
		Meta: map[string]string{"source_id": srcID}, Vector: retrieval.QuantizeInt8(v)}
}

// jobMarketState is what a reader sees of a store: listing, counts,
// skill counts, catalog, fingerprints and a need ranking.
type jobMarketState struct {
	Listed  []string
	Salary  map[string]string
	Ranking tools.Ranking
	Skills  tools.Ranking
	Catalog tools.AdCatalog
	Prints  []tools.AdFingerprint
	Need    []string
}

func stateOf(t *testing.T, s *embedded.JobMarket) jobMarketState {
	t.Helper()
	ctx := context.Background()
	st := jobMarketState{Salary: map[string]string{}}
	ads, err := s.SearchAds(ctx, tools.AdQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range ads {
		st.Listed = append(st.Listed, a.ID)
		st.Salary[a.ID] = a.SalaryText
	}
	if st.Ranking, err = s.TopOccupations(ctx, tools.AdCountQuery{}, 0); err != nil {
		t.Fatal(err)
	}
	if st.Skills, err = s.SkillsInDemand(ctx, tools.AdCountQuery{}, 0); err != nil {
		t.Fatal(err)
	}
	if st.Catalog, err = s.Catalog(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Fingerprints(ctx, func(f tools.AdFingerprint) error {
		st.Prints = append(st.Prints, f)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	need, err := s.SearchAds(ctx, tools.AdQuery{Need: []float32{1, 0, 0, 0}, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range need {
		st.Need = append(st.Need, a.ID)
	}
	return st
}

func mustAddAds(t *testing.T, s *embedded.JobMarket, ads []tools.Ad) tools.AddSummary {
	t.Helper()
	sum, err := s.AddAds(context.Background(), ads)
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

func TestJobMarketReplacementSurvivesReopen(t *testing.T) {
	dir := t.TempDir()
	s := mustOpenJobMarket(t, dir)
	first := []tools.Ad{sourcedAd("u1", "R-1", "2512", "6000 DH", 1), sourcedAd("u2", "R-2", "2512", "7000 DH", 2),
		sourcedAd("u3", "R-3", "4222", "", 0), sourcedAd("u4", "R-4", "2411", "", 0)}
	mustAddAds(t, s, first)
	edited := []tools.Ad{
		sourcedAd("u2", "R-2", "2512", "7500 DH", 2), // a new salary, same ID
		sourcedAd("u5", "R-3", "7212", "", 3),        // rewritten: new ID, new occupation, another vector
		sourcedAd("u1", "R-4", "2411", "9000 DH", 0), // R-4 edited into the ID of R-1's ad: R-4 leaves, nothing stored
		sourcedAd("u6", "R-6", "2512", "", 0),        // new, then edited within the batch
		sourcedAd("u7", "R-6", "2512", "8000 DH", 1),
	}
	if sum := mustAddAds(t, s, edited); sum != (tools.AddSummary{Inserted: 1, Updated: 4}) {
		t.Fatalf("AddAds of the edits = %+v, want 1 inserted 4 updated", sum)
	}
	before := stateOf(t, s)
	want := jobMarketState{Listed: []string{"u7", "u5", "u2", "u1"},
		Salary: map[string]string{"u1": "6000 DH", "u2": "7500 DH", "u5": "", "u7": "8000 DH"},
		Need:   []string{"u1", "u2", "u5", "u7"}}
	slices.Sort(before.Need) // all score 0 along dimension 0: the replaced u3, u4, u6 would score 1
	if d := cmp.Diff(want, before, cmp.FilterPath(func(p cmp.Path) bool {
		f := p.Last().String()
		return f == ".Ranking" || f == ".Skills" || f == ".Catalog" || f == ".Prints"
	}, cmp.Ignore())); d != "" {
		t.Fatalf("after the edits (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{"2512", "7212"}, before.Catalog.Occupations); d != "" || before.Catalog.Ads != 4 {
		t.Fatalf("catalog of %d ads after the edits lists occupations of replaced ads (-want +got):\n%s", before.Catalog.Ads, d)
	}
	if len(before.Prints) != 4 || s.Len() != 4 {
		t.Fatalf("%d fingerprints, Len %d after the edits, want 4", len(before.Prints), s.Len())
	}
	live := map[string]tools.Ad{"u1": first[0], "u2": edited[0], "u5": edited[1], "u7": edited[4]}
	for _, f := range before.Prints {
		if a := live[f.ID]; f.SourceKey != a.SourceKey() || f.Version != tools.AdVersion(a) {
			t.Errorf("fingerprint of %s: source key %q version %s, want %q %s", f.ID, f.SourceKey, f.Version, a.SourceKey(), tools.AdVersion(a))
		}
	}
	s.Close()

	again := mustOpenJobMarket(t, dir)
	defer again.Close()
	after := stateOf(t, again)
	slices.Sort(after.Need)
	if d := cmp.Diff(before, after); d != "" {
		t.Fatalf("reopened store differs (-before +after):\n%s", d)
	}
	if sum := mustAddAds(t, again, edited[:4]); sum != (tools.AddSummary{Existing: 3, Updated: 1}) {
		t.Fatalf("edits again after reopen = %+v, want 3 existing and u6 replacing u7", sum)
	}
}

// TestJobMarketOpensLogWithoutReplacements opens a log written before ads
// could be replaced: plain ad lines, two of them of one source.
func TestJobMarketOpensLogWithoutReplacements(t *testing.T) {
	dir := t.TempDir()
	log := `{"id":"o1","title":"Soudeur","region":"MA-01","sector":"industry","posted":"2025-01-05","source_site":"rekrute.com","occupation":"7212","meta":{"source_id":"R-9","file":"a.csv","line":"2"}}
{"id":"o2","title":"Soudeur confirmé","region":"MA-01","sector":"industry","posted":"2025-01-06","source_site":"rekrute.com","occupation":"7212","meta":{"source_id":"R-9","file":"b.csv","line":"2"}}
{"id":"o3","title":"Comptable","region":"MA-06","sector":"services","posted":"2025-01-07","url":"https://emploi.ma/o3","occupation":"2411"}
`
	if err := os.WriteFile(filepath.Join(dir, "ads.jsonl"), []byte(log), 0o644); err != nil {
		t.Fatal(err)
	}
	s := mustOpenJobMarket(t, dir)
	if s.Len() != 3 {
		t.Fatalf("old log opens with %d ads, want 3", s.Len())
	}
	st := stateOf(t, s)
	for _, f := range st.Prints {
		if f.SourceKey == "" || f.Version == "" {
			t.Fatalf("fingerprint of %s has source key %q, version %q", f.ID, f.SourceKey, f.Version)
		}
	}
	edit := tools.Ad{ID: "o4", Title: "Soudeur TIG", Region: "MA-01", Sector: "industry", Posted: "2025-01-08",
		SourceSite: "rekrute.com", Occupation: "7212", Meta: map[string]string{"source_id": "R-9"}}
	if sum := mustAddAds(t, s, []tools.Ad{edit}); sum != (tools.AddSummary{Updated: 1}) {
		t.Fatalf("a new version of R-9 = %+v, want 1 updated", sum)
	}
	before := stateOf(t, s)
	if d := cmp.Diff([]string{"o4", "o3", "o1"}, before.Listed); d != "" {
		t.Fatalf("R-9's last ad o2 is not the one replaced (-want +got):\n%s", d)
	}
	s.Close()
	after := stateOf(t, mustOpenJobMarket(t, dir))
	if d := cmp.Diff(before, after); d != "" {
		t.Fatalf("reopened store differs (-before +after):\n%s", d)
	}
}
