package retrievaltest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/retrieval"
)

// testPublishers stores notes of two publishers, one in several chunks,
// an ad and a replaced and a deleted document: each document counts once,
// under its kind, and only while it is stored.
func testPublishers(t *testing.T, s retrieval.Store) {
	got, err := s.Publishers(ctx, retrieval.KindNote)
	if err != nil || len(got) != 0 {
		t.Fatalf("empty store: Publishers = %v, %v; want an empty map", got, err)
	}
	rec := func(doc string, ordinal int, kind, publisher string) retrieval.Record {
		r := Rec(doc, ordinal, axis(ordinal%Dim, 0, 0), nil)
		r.Chunk.Kind, r.Chunk.Publisher = kind, publisher
		return r
	}
	mustUpsert(t, s,
		rec("n1", 0, retrieval.KindNote, "HCP"), rec("n1", 1, retrieval.KindNote, "HCP"), rec("n1", 2, retrieval.KindNote, "HCP"),
		rec("n2", 0, retrieval.KindNote, "HCP"),
		rec("n3", 0, retrieval.KindNote, "Marsad (note de démonstration)"),
		rec("gone", 0, retrieval.KindNote, "Bank Al-Maghrib"),
		rec("a1", 0, retrieval.KindAd, "rekrute.example"))
	mustUpsert(t, s, rec("n2", 0, retrieval.KindNote, "ANAPEC")) // replaced: its new publisher counts
	if err := s.Delete(ctx, []string{"gone"}); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	got, err = s.Publishers(ctx, retrieval.KindNote)
	if err != nil {
		t.Fatalf("Publishers: %v", err)
	}
	want := map[string]int{"HCP": 1, "ANAPEC": 1, "Marsad (note de démonstration)": 1}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("notes by publisher (-want +got):\n%s", d)
	}
	got, err = s.Publishers(ctx, retrieval.KindAd)
	if err != nil || !cmp.Equal(got, map[string]int{"rekrute.example": 1}) {
		t.Errorf("ads by publisher = %v, %v; want rekrute.example: 1", got, err)
	}
}
