package qdrant_test

import (
	"fmt"
	"testing"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/retrieval/retrievaltest"
)

// More notes than one scroll page holds are all counted: the pages follow
// each other through the next-page offset.
func TestPublishersPagesThroughEveryNote(t *testing.T) {
	s := newStoreAt(t, startServer(t).Addr(), retrievaltest.Dim)
	defer s.Close()
	const n = 2345 // over two pages of 1,000
	recs := make([]retrieval.Record, 0, n)
	for i := range n {
		r := retrievaltest.Rec(fmt.Sprintf("note-%d", i), 0, nil, map[uint32]float32{uint32(i%7 + 1): 1})
		r.Chunk.Publisher = []string{"HCP", "ANAPEC"}[i%2]
		recs = append(recs, r)
	}
	if err := s.Upsert(ctx, recs); err != nil {
		t.Fatal(err)
	}
	got, err := s.Publishers(ctx, retrieval.KindNote)
	if err != nil {
		t.Fatal(err)
	}
	if got["HCP"] != 1173 || got["ANAPEC"] != 1172 || len(got) != 2 {
		t.Errorf("Publishers = %v, want HCP 1173, ANAPEC 1172", got)
	}
}
