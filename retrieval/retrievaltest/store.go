// Package retrievaltest holds the conformance suite every retrieval.Store
// must pass, in the manner of testing/fstest: one function, run against
// each backend (the embedded store always, Qdrant through an in-process
// server and, when configured, a real one).
package retrievaltest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/retrieval"
)

// Dim is the dimension of the vectors of the suite.
const Dim = 8

// NewStore returns an empty store of dimension dim for one subtest; the
// suite closes it.
type NewStore func(t *testing.T, dim int) retrieval.Store

// TestStore runs the conformance suite.
func TestStore(t *testing.T, newStore NewStore) {
	run := func(name string, f func(t *testing.T, s retrieval.Store)) {
		t.Run(name, func(t *testing.T) {
			s := newStore(t, Dim)
			defer s.Close()
			f(t, s)
		})
	}
	run("empty store finds nothing", testEmpty)
	run("upsert counts chunks and replaces same id", testUpsertReplace)
	run("payload comes back whole", testPayload)
	run("bad batch stores nothing", testAtomicBatch)
	run("bad requests fail with sentinel errors", testBadRequests)
	run("dense ranks by cosine", testDenseRanking)
	run("sparse ranks by idf-weighted dot product", testSparseRanking)
	run("hybrid fuses both arms by reciprocal rank", testHybrid)
	run("hybrid with one query vector runs one arm", testHybridOneArm)
	run("limit bounds the hits", testLimit)
	run("filters on every payload field", testFilters)
	run("date range is inclusive and excludes undated", testDateRange)
	run("delete removes every chunk of a document", testDelete)
	run("dense search agrees with exact scan", testExactAgreement)
	run("concurrent searches and writes", testConcurrent)
	run("publishers count documents of a kind", testPublishers)
	t.Run("closed store fails with ErrClosed", func(t *testing.T) {
		s := newStore(t, Dim)
		testClosed(t, s)
	})
}

var ctx = context.Background()

// Rec returns a record of chunk ordinal of document doc with the given
// vectors and a payload derived from its name.
func Rec(doc string, ordinal int, dense []float32, sparse map[uint32]float32) retrieval.Record {
	c := retrieval.Chunk{
		ID: retrieval.ChunkID(doc, ordinal), DocID: doc, Ordinal: ordinal,
		Text: fmt.Sprintf("text of %s #%d", doc, ordinal), Title: "title " + doc,
		Kind: retrieval.KindNote, Lang: "fr", Region: "MA", Date: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	return retrieval.Record{Chunk: c, Dense: dense, Sparse: sv(sparse)}
}

func sv(m map[uint32]float32) retrieval.SparseVector {
	var v retrieval.SparseVector
	for i, w := range m {
		v.Indices = append(v.Indices, i)
		v.Values = append(v.Values, w)
	}
	return v.Canonical()
}

// axis returns the unit vector along axis i, plus eps along axis j.
func axis(i int, eps float32, j int) []float32 {
	v := make([]float32, Dim)
	v[i] = 1
	v[j] += eps
	return v
}

func mustUpsert(t *testing.T, s retrieval.Store, recs ...retrieval.Record) {
	t.Helper()
	if err := s.Upsert(ctx, recs); err != nil {
		t.Fatalf("Upsert: %v", err)
	}
}

func mustSearch(t *testing.T, s retrieval.Store, req retrieval.SearchRequest) []retrieval.Hit {
	t.Helper()
	hits, err := s.Search(ctx, req)
	if err != nil {
		t.Fatalf("Search(%+v): %v", req, err)
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].Score > hits[i-1].Score {
			t.Fatalf("hits not in decreasing score: %v", hitDocs(hits))
		}
	}
	return hits
}

func mustCount(t *testing.T, s retrieval.Store, want int) {
	t.Helper()
	n, err := s.Count(ctx)
	if err != nil {
		t.Fatalf("Count: %v", err)
	}
	if n != want {
		t.Fatalf("Count = %d, want %d", n, want)
	}
}

// hitDocs returns "doc#ordinal" of each hit.
func hitDocs(hits []retrieval.Hit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = fmt.Sprintf("%s#%d", h.Chunk.DocID, h.Chunk.Ordinal)
	}
	return out
}

func wantDocs(t *testing.T, hits []retrieval.Hit, want ...string) {
	t.Helper()
	if diff := cmp.Diff(want, hitDocs(hits)); diff != "" {
		t.Fatalf("hits (-want +got):\n%s", diff)
	}
}

func wantErr(t *testing.T, err, target error) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Fatalf("error = %v, want %v", err, target)
	}
}

func testEmpty(t *testing.T, s retrieval.Store) {
	mustCount(t, s, 0)
	if s.Dimension() != Dim {
		t.Fatalf("Dimension = %d", s.Dimension())
	}
	for _, mode := range []retrieval.Mode{retrieval.ModeHybrid, retrieval.ModeDense, retrieval.ModeSparse} {
		hits := mustSearch(t, s, retrieval.SearchRequest{Dense: axis(0, 0, 0), Sparse: sv(map[uint32]float32{1: 1}), Mode: mode})
		if len(hits) != 0 {
			t.Errorf("%v search of empty store: %v", mode, hitDocs(hits))
		}
	}
}

func testUpsertReplace(t *testing.T, s retrieval.Store) {
	mustUpsert(t, s, Rec("a", 0, axis(0, 0, 0), nil), Rec("a", 1, axis(1, 0, 0), nil), Rec("b", 0, axis(2, 0, 0), nil))
	mustCount(t, s, 3)
	r := Rec("a", 1, axis(3, 0, 0), map[uint32]float32{7: 1})
	r.Chunk.Text = "replaced"
	mustUpsert(t, s, r)
	mustCount(t, s, 3)
	hits := mustSearch(t, s, retrieval.SearchRequest{Dense: axis(3, 0, 0), Mode: retrieval.ModeDense, Limit: 1})
	if len(hits) != 1 || hits[0].Chunk.Text != "replaced" {
		t.Fatalf("replaced chunk not found by its new vector: %+v", hits)
	}
	if hits := mustSearch(t, s, retrieval.SearchRequest{Dense: axis(1, 0, 0), Mode: retrieval.ModeDense, Limit: 1}); hits[0].Chunk.ID == r.Chunk.ID && hits[0].Score > 0.5 {
		t.Fatalf("old vector of the replaced chunk still matches: %+v", hits[0])
	}
}

func testPayload(t *testing.T, s retrieval.Store) {
	r := Rec("doc-1", 3, axis(0, 0, 0), map[uint32]float32{5: 0.5})
	r.Chunk.Region, r.Chunk.Occupation, r.Chunk.Lang, r.Chunk.Kind = "MA-06", "2221", "ary-Latn", retrieval.KindProfile
	r.Chunk.Publisher, r.Chunk.URL = "HCP", "https://www.hcp.ma/note"
	r.Chunk.Date = time.Date(2024, 11, 3, 10, 30, 0, 0, time.UTC)
	r.Chunk.Meta = map[string]string{"period": "2024-Q3", "employer": "CHU Ibn Rochd"}
	mustUpsert(t, s, r)
	hits := mustSearch(t, s, retrieval.SearchRequest{Dense: axis(0, 0, 0), Mode: retrieval.ModeDense})
	if len(hits) != 1 {
		t.Fatalf("got %d hits", len(hits))
	}
	if diff := cmp.Diff(r.Chunk, hits[0].Chunk); diff != "" {
		t.Fatalf("payload (-stored +returned):\n%s", diff)
	}
}

func testAtomicBatch(t *testing.T, s retrieval.Store) {
	err := s.Upsert(ctx, []retrieval.Record{Rec("a", 0, axis(0, 0, 0), nil), Rec("b", 0, make([]float32, Dim+1), nil)})
	wantErr(t, err, retrieval.ErrDimension)
	bad := Rec("c", 0, axis(0, 0, 0), nil)
	bad.Chunk.ID = ""
	wantErr(t, s.Upsert(ctx, []retrieval.Record{Rec("a", 0, axis(0, 0, 0), nil), bad}), retrieval.ErrInvalid)
	mustCount(t, s, 0)
}

func testBadRequests(t *testing.T, s retrieval.Store) {
	mustUpsert(t, s, Rec("a", 0, axis(0, 0, 0), map[uint32]float32{1: 1}))
	for _, tc := range []struct {
		name string
		req  retrieval.SearchRequest
		want error
	}{
		{"wrong dimension", retrieval.SearchRequest{Dense: make([]float32, Dim-1)}, retrieval.ErrDimension},
		{"dense without vector", retrieval.SearchRequest{Mode: retrieval.ModeDense, Sparse: sv(map[uint32]float32{1: 1})}, retrieval.ErrInvalid},
		{"sparse without vector", retrieval.SearchRequest{Mode: retrieval.ModeSparse, Dense: axis(0, 0, 0)}, retrieval.ErrInvalid},
		{"negative limit", retrieval.SearchRequest{Dense: axis(0, 0, 0), Limit: -1}, retrieval.ErrInvalid},
		{"unknown mode", retrieval.SearchRequest{Dense: axis(0, 0, 0), Mode: 9}, retrieval.ErrInvalid},
	} {
		_, err := s.Search(ctx, tc.req)
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: error %v, want %v", tc.name, err, tc.want)
		}
	}
}

func testClosed(t *testing.T, s retrieval.Store) {
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	wantErr(t, s.Upsert(ctx, []retrieval.Record{Rec("a", 0, axis(0, 0, 0), nil)}), retrieval.ErrClosed)
	_, err := s.Search(ctx, retrieval.SearchRequest{Dense: axis(0, 0, 0)})
	wantErr(t, err, retrieval.ErrClosed)
	_, err = s.Count(ctx)
	wantErr(t, err, retrieval.ErrClosed)
	wantErr(t, s.Delete(ctx, []string{"a"}), retrieval.ErrClosed)
	_, err = s.Publishers(ctx, retrieval.KindNote)
	wantErr(t, err, retrieval.ErrClosed)
}
