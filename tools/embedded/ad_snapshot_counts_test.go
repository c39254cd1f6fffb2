package embedded

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/marsad/marsad/tools"
)

// The snapshot holds the counts; one whose counts do not add up to its
// ads is refused (the whole log is then replayed), one whose counts do is
// read back as written.
func TestSnapshotCountsMustAddUpToTheAds(t *testing.T) {
	s, err := OpenJobMarket("")
	if err != nil {
		t.Fatal(err)
	}
	ads := []tools.Ad{
		{ID: "a1", Title: "Comptable", Occupation: "2411", Region: "MA-06", Posted: "2025-03-01", Skills: []string{"excel", "sage"}},
		{ID: "a2", Title: "Soudeur", Occupation: "7212", Region: "MA-01", Posted: "2025-04-02", Skills: []string{"tig"}},
	}
	if _, err := s.AddAds(context.Background(), ads); err != nil {
		t.Fatal(err)
	}
	log := []byte("the log's bytes")
	decode := func() (adSnapshot, error) {
		b := encodeSnapshot(adSnapshot{covered: int64(len(log)), ix: s.ix, lastRow: -1, samples: map[int][]byte{}}, log)
		return decodeSnapshot(b, int64(len(log)), bytes.NewReader(log))
	}
	got, err := decode()
	if err != nil {
		t.Fatalf("a snapshot as written: %v", err)
	}
	if got.ix.live != 2 || len(got.ix.skilled) != len(s.ix.skilled) || got.ix.skill.uses[1] != 1 {
		t.Fatalf("read back %d ads, %d skill cells, uses %v; want 2, %d, 1 for the first skill", got.ix.live, len(got.ix.skilled), got.ix.skill.uses, len(s.ix.skilled))
	}
	for k := range s.ix.skilled {
		s.ix.skilled[k]++
		break
	}
	if _, err := decode(); !errors.Is(err, errSnapshot) {
		t.Fatalf("a snapshot whose skill counts do not add up: %v, want errSnapshot", err)
	}
}
