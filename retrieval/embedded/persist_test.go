package embedded

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/retrieval/retrievaltest"
)

var ctx = context.Background()

const dim = retrievaltest.Dim

func vec(i int) []float32 {
	v := make([]float32, dim)
	v[i%dim] = 1
	v[(i+1)%dim] = float32(i%7) / 10
	return v
}

func rec(doc string, i int) retrieval.Record {
	return retrievaltest.Rec(doc, i, vec(i), map[uint32]float32{uint32(i % 5): 1})
}

// state returns every chunk id with its text, found by a dense search of
// each test vector, plus the count: what must survive a restart.
func state(t *testing.T, s *Store) map[string]string {
	t.Helper()
	out := map[string]string{}
	for i := range dim {
		hits, err := s.Search(ctx, retrieval.SearchRequest{Dense: vec(i), Mode: retrieval.ModeDense, Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hits {
			out[h.Chunk.ID] = h.Chunk.Text
		}
	}
	n, _ := s.Count(ctx)
	if n != len(out) {
		t.Fatalf("Count %d but %d chunks found", n, len(out))
	}
	return out
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestReopenKeepsWrites(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir, dim)
	must(t, s.Upsert(ctx, []retrieval.Record{rec("a", 0), rec("a", 1), rec("b", 2)}))
	must(t, s.Delete(ctx, []string{"a"}))
	must(t, s.Upsert(ctx, []retrieval.Record{rec("c", 3)}))
	want := state(t, s)
	must(t, s.Close())
	if _, err := os.Stat(filepath.Join(dir, snapName)); err != nil {
		t.Fatalf("no snapshot after Close: %v", err)
	}
	s2 := mustOpen(t, dir, dim)
	defer s2.Close()
	if diff := cmp.Diff(want, state(t, s2)); diff != "" {
		t.Fatalf("after reopen (-want +got):\n%s", diff)
	}
}

// TestKillKeepsLoggedWrites opens a second store on the folder of one that
// was never closed: what the log holds must come back, on top of the
// snapshot of an earlier generation.
func TestKillKeepsLoggedWrites(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir, dim)
	must(t, s.Upsert(ctx, []retrieval.Record{rec("a", 0), rec("b", 1)}))
	must(t, s.Close())
	s = mustOpen(t, dir, dim)
	must(t, s.Upsert(ctx, []retrieval.Record{rec("c", 2)}))
	must(t, s.Delete(ctx, []string{"a"}))
	want := state(t, s)
	s2 := mustOpen(t, dir, dim) // s is "killed": never closed
	defer s2.Close()
	if diff := cmp.Diff(want, state(t, s2)); diff != "" {
		t.Fatalf("after kill (-want +got):\n%s", diff)
	}
}

// TestTornLastFrameIsIgnored cuts the log at every byte of its last frame:
// the store must load the state before that call, and accept writes after.
func TestTornLastFrameIsIgnored(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir, dim)
	must(t, s.Upsert(ctx, []retrieval.Record{rec("a", 0), rec("b", 1)}))
	before := state(t, s)
	sizeBefore := s.log.size
	must(t, s.Upsert(ctx, []retrieval.Record{rec("c", 2), rec("d", 3)}))
	full, err := os.ReadFile(s.logPath(s.gen))
	must(t, err)
	logName := filepath.Base(s.logPath(s.gen))
	for cut := sizeBefore; cut < int64(len(full)); cut += 7 {
		d := t.TempDir()
		must(t, os.WriteFile(filepath.Join(d, logName), full[:cut], 0o644))
		s2 := mustOpen(t, d, dim)
		if diff := cmp.Diff(before, state(t, s2)); diff != "" {
			t.Fatalf("cut at %d (-want +got):\n%s", cut, diff)
		}
		must(t, s2.Upsert(ctx, []retrieval.Record{rec("e", 4)}))
		must(t, s2.Close())
		s3 := mustOpen(t, d, dim)
		if got := state(t, s3); len(got) != len(before)+1 {
			t.Fatalf("cut at %d: write after recovery lost: %v", cut, got)
		}
		must(t, s3.Close())
	}
}

func TestCorruptFrameEndsLog(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir, dim)
	must(t, s.Upsert(ctx, []retrieval.Record{rec("a", 0)}))
	before := state(t, s)
	size := s.log.size
	must(t, s.Upsert(ctx, []retrieval.Record{rec("b", 1)}))
	b, err := os.ReadFile(s.logPath(s.gen))
	must(t, err)
	b[size+frameHeader+3] ^= 0xff
	must(t, os.WriteFile(s.logPath(s.gen), b, 0o644))
	s2 := mustOpen(t, dir, dim)
	defer s2.Close()
	if diff := cmp.Diff(before, state(t, s2)); diff != "" {
		t.Fatalf("(-want +got):\n%s", diff)
	}
}

func TestReopenWithOtherDimensionFails(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir, dim)
	must(t, s.Upsert(ctx, []retrieval.Record{rec("a", 0)}))
	must(t, s.Close())
	if _, err := Open(dir, dim+1); !errors.Is(err, retrieval.ErrDimension) {
		t.Fatalf("Open with another dimension: %v", err)
	}
}

func TestCorruptSnapshotFails(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir, dim)
	must(t, s.Upsert(ctx, []retrieval.Record{rec("a", 0), rec("b", 1)}))
	must(t, s.Close())
	path := filepath.Join(dir, snapName)
	b, err := os.ReadFile(path)
	must(t, err)
	b[len(b)/2] ^= 0x55
	must(t, os.WriteFile(path, b, 0o644))
	if _, err := Open(dir, dim); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Open of a corrupt snapshot: %v", err)
	}
}

func TestStaleFilesRemoved(t *testing.T) {
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, ".vectors-123.tmp"), []byte("partial"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "vectors-7.log"), []byte("old"), 0o644))
	s := mustOpen(t, dir, dim)
	defer s.Close()
	for _, n := range []string{".vectors-123.tmp", "vectors-7.log"} {
		if _, err := os.Stat(filepath.Join(dir, n)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s not removed: %v", n, err)
		}
	}
}
