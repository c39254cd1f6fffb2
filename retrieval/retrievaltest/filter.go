package retrievaltest

import (
	"testing"
	"time"

	"github.com/marsad/marsad/retrieval"
)

// filterFixture stores six chunks with distinct payloads, all matching the
// same query in both arms.
func filterFixture(t *testing.T, s retrieval.Store) {
	day := func(m, d int) time.Time { return time.Date(2024, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	specs := []struct {
		doc, kind, lang, region, occ string
		date                         time.Time
	}{
		{"n1", retrieval.KindNote, "fr", "MA-06", "", day(1, 15)},
		{"n2", retrieval.KindNote, "ar", "MA-01", "", day(3, 1)},
		{"p1", retrieval.KindProfile, "fr", "MA", "2221", time.Time{}},
		{"a1", retrieval.KindAd, "fr", "MA-06", "2221", day(5, 20)},
		{"a2", retrieval.KindAd, "ary-Latn", "MA-06", "2512", day(6, 30)},
		{"a3", retrieval.KindAd, "ar", "MA-04", "2221", day(12, 31)},
	}
	for i, sp := range specs {
		r := Rec(sp.doc, 0, axis(0, float32(i)/10, 1), map[uint32]float32{1: 1 + float32(len(specs)-i)/10})
		r.Chunk.Kind, r.Chunk.Lang, r.Chunk.Region, r.Chunk.Occupation, r.Chunk.Date = sp.kind, sp.lang, sp.region, sp.occ, sp.date
		mustUpsert(t, s, r)
	}
}

func testFilters(t *testing.T, s retrieval.Store) {
	filterFixture(t, s)
	for _, tc := range []struct {
		name string
		f    retrieval.Filter
		want []string
	}{
		{"none", retrieval.Filter{}, []string{"n1#0", "n2#0", "p1#0", "a1#0", "a2#0", "a3#0"}},
		{"kind", retrieval.Filter{Kinds: []string{retrieval.KindAd}}, []string{"a1#0", "a2#0", "a3#0"}},
		{"kinds or", retrieval.Filter{Kinds: []string{retrieval.KindNote, retrieval.KindProfile}}, []string{"n1#0", "n2#0", "p1#0"}},
		{"lang", retrieval.Filter{Langs: []string{"ary-Latn"}}, []string{"a2#0"}},
		{"region", retrieval.Filter{Regions: []string{"MA-06"}}, []string{"n1#0", "a1#0", "a2#0"}},
		{"occupation", retrieval.Filter{Occupations: []string{"2221"}}, []string{"p1#0", "a1#0", "a3#0"}},
		{"fields and", retrieval.Filter{Kinds: []string{retrieval.KindAd}, Regions: []string{"MA-06"}, Occupations: []string{"2221"}}, []string{"a1#0"}},
		{"no match", retrieval.Filter{Regions: []string{"MA-12"}}, nil},
		{"unknown value", retrieval.Filter{Langs: []string{"de"}}, nil},
	} {
		for _, mode := range []retrieval.Mode{retrieval.ModeHybrid, retrieval.ModeDense, retrieval.ModeSparse} {
			req := retrieval.SearchRequest{Dense: axis(0, 0, 0), Sparse: sv(map[uint32]float32{1: 1}), Filter: tc.f, Mode: mode}
			hits := mustSearch(t, s, req)
			if got := hitDocs(hits); !sameSet(got, tc.want) {
				t.Errorf("%s, %v: got %v, want %v", tc.name, mode, got, tc.want)
			}
		}
	}
}

func testDateRange(t *testing.T, s retrieval.Store) {
	filterFixture(t, s)
	day := func(m, d int) time.Time { return time.Date(2024, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		name     string
		from, to time.Time
		want     []string
	}{
		{"inclusive both ends", day(3, 1), day(6, 30), []string{"n2#0", "a1#0", "a2#0"}},
		{"from only", day(5, 21), time.Time{}, []string{"a2#0", "a3#0"}},
		{"to only", time.Time{}, day(1, 15), []string{"n1#0"}},
		{"empty range", day(7, 1), day(7, 2), nil},
	} {
		f := retrieval.Filter{From: tc.from, To: tc.to}
		for _, mode := range []retrieval.Mode{retrieval.ModeHybrid, retrieval.ModeDense, retrieval.ModeSparse} {
			req := retrieval.SearchRequest{Dense: axis(0, 0, 0), Sparse: sv(map[uint32]float32{1: 1}), Filter: f, Mode: mode}
			if got := hitDocs(mustSearch(t, s, req)); !sameSet(got, tc.want) {
				t.Errorf("%s, %v: got %v, want %v", tc.name, mode, got, tc.want)
			}
		}
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]int{}
	for _, x := range a {
		seen[x]++
	}
	for _, x := range b {
		if seen[x]--; seen[x] < 0 {
			return false
		}
	}
	return true
}
