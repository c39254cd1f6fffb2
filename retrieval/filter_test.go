package retrieval

import (
	"testing"
	"time"
)

func TestFilterMatch(t *testing.T) {
	d := time.Date(2024, 5, 3, 12, 0, 0, 0, time.UTC)
	c := Chunk{Kind: KindAd, Lang: "fr", Region: "MA-06", Occupation: "2221", Date: d}
	for _, tc := range []struct {
		name string
		f    Filter
		want bool
	}{
		{"zero", Filter{}, true},
		{"kind in list", Filter{Kinds: []string{KindNote, KindAd}}, true},
		{"kind not in list", Filter{Kinds: []string{KindNote}}, false},
		{"all fields", Filter{Langs: []string{"fr"}, Regions: []string{"MA-06"}, Occupations: []string{"2221"}}, true},
		{"one field fails", Filter{Langs: []string{"fr"}, Regions: []string{"MA-01"}}, false},
		{"date inside", Filter{From: d.Add(-time.Hour), To: d.Add(time.Hour)}, true},
		{"date equals bounds", Filter{From: d, To: d}, true},
		{"date after to", Filter{To: d.Add(-time.Second)}, false},
		{"date before from", Filter{From: d.Add(time.Second)}, false},
	} {
		if got := tc.f.Match(c); got != tc.want {
			t.Errorf("%s: Match = %v", tc.name, got)
		}
	}
	if (Filter{From: d}).Match(Chunk{}) {
		t.Error("undated chunk matches a date range")
	}
	if !(Filter{}).IsZero() || (Filter{To: d}).IsZero() {
		t.Error("IsZero wrong")
	}
}

func TestCanonical(t *testing.T) {
	v := SparseVector{Indices: []uint32{5, 1, 5, 3}, Values: []float32{1, 2, 0.5, 0}}.Canonical()
	if len(v.Indices) != 2 || v.Indices[0] != 1 || v.Indices[1] != 5 || v.Values[1] != 1.5 {
		t.Errorf("Canonical = %+v", v)
	}
}

func TestChunkIDStable(t *testing.T) {
	a, b := ChunkID("doc", 1), ChunkID("doc", 1)
	if a != b || len(a) != 32 || ChunkID("doc", 2) == a || ChunkID("doc1", 1) == a {
		t.Errorf("ChunkID not stable or not distinct: %s %s", a, ChunkID("doc", 2))
	}
}
