package embedded_test

import (
	"context"
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
)

// needQueries are the searches the copy tests compare.
func needQueries(c *needCorpus) []tools.AdQuery {
	return []tools.AdQuery{{Need: c.vector(needDim), Limit: 10}, {Need: c.vector(needDim), Limit: 25, Occupations: []string{"7212"}},
		{Limit: 30}, {Need: c.vector(needDim / 2), Limit: 10}}
}

// searchesExact fails the test when a search of qs differs from the
// corpus's brute-force ranking.
func searchesExact(t *testing.T, step string, s *embedded.JobMarket, c *needCorpus, qs []tools.AdQuery) {
	t.Helper()
	for _, q := range qs {
		got, err := s.SearchAds(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, ad := range got {
			ids = append(ids, ad.ID)
		}
		if want := c.exact(q); !slices.Equal(ids, want) {
			t.Fatalf("%s: %d-dimension need, %+v: got %d ads %v…, want %d %v…", step, len(q.Need), q, len(ids), ids[:min(5, len(ids))], len(want), want[:min(5, len(want))])
		}
	}
}

// rewriteCopy edits a copy by recency's positions with edit and writes
// the checksum they then have, so that only the positions' meaning can
// tell it is wrong.
func rewriteCopy(t *testing.T, path string, edit func(pos []byte)) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const header = 72
	n := int(binary.LittleEndian.Uint64(b[24:]))
	edit(b[header : header+4*n])
	binary.LittleEndian.PutUint32(b[header+4*n:], crc32.Checksum(b[:header+4*n], crc32.MakeTable(crc32.Castagnoli)))
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// A copy by recency that the store cannot trust is not used at open: the
// searches read the side file and give what they gave; an intact copy,
// or one a crash left with a temporary file beside it, is used (and the
// temporary file removed).
func TestRecentCopyDamagedIsNotUsed(t *testing.T) {
	damage := map[string]func(t *testing.T, dir, path string){
		"intact": func(*testing.T, string, string) {},
		"a crash while writing the next": func(t *testing.T, dir, _ string) {
			os.WriteFile(filepath.Join(dir, ".vectors.recent-123.tmp"), []byte("MRSDREC1 half"), 0o600)
		},
		"missing":   func(_ *testing.T, _, p string) { os.Remove(p) },
		"cut short": func(_ *testing.T, _, p string) { fi, _ := os.Stat(p); os.Truncate(p, fi.Size()-1) },
		"a position flipped": func(_ *testing.T, _, p string) {
			b, _ := os.ReadFile(p)
			b[72+5] ^= 1
			os.WriteFile(p, b, 0o644)
		},
		"the first row flipped": func(_ *testing.T, _, p string) {
			b, _ := os.ReadFile(p)
			n := int(binary.LittleEndian.Uint64(b[24:]))
			b[(72+4*n+4+63)&^63+7] ^= 1
			os.WriteFile(p, b, 0o644)
		},
		"two positions swapped, checksum right": func(t *testing.T, _, p string) {
			rewriteCopy(t, p, func(pos []byte) {
				a := slices.Clone(pos[4:8])
				copy(pos[4:8], pos[8:12])
				copy(pos[8:12], a)
			})
		},
		"a position twice, checksum right": func(t *testing.T, _, p string) {
			rewriteCopy(t, p, func(pos []byte) { copy(pos[8:12], pos[4:8]) })
		},
		"made from a side file found wrong since": func(t *testing.T, dir, _ string) {
			b, _ := os.ReadFile(filepath.Join(dir, "vectors.bin"))
			for i := 16; i < len(b); i++ {
				b[i] ^= 0x55
			}
			os.WriteFile(filepath.Join(dir, "vectors.bin"), b, 0o644)
		},
		"another store's": func(t *testing.T, _, p string) {
			other := t.TempDir()
			s := mustOpenJobMarket(t, other)
			embedded.SetRecentMin(s, 64)
			c := newNeedCorpus()
			c.batch(30, false)
			if _, err := s.AddAds(context.Background(), c.batch(700, false)); err != nil {
				t.Fatal(err)
			}
			if embedded.WaitRecent(s) == 0 {
				t.Fatal("the other store wrote no copy")
			}
			s.Close()
			b, err := os.ReadFile(filepath.Join(other, embedded.RecentFile))
			if err != nil {
				t.Fatal(err)
			}
			os.WriteFile(p, b, 0o644)
		},
	}
	for name, hurt := range damage {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, embedded.RecentFile)
			s := mustOpenJobMarket(t, dir)
			embedded.SetRecentMin(s, 64)
			c := newNeedCorpus()
			qs := needQueries(c)
			if _, err := s.AddAds(context.Background(), c.batch(700, true)); err != nil {
				t.Fatal(err)
			}
			if embedded.WaitRecent(s) == 0 {
				t.Fatal("no copy written")
			}
			searchesExact(t, "with its copy", s, c, qs)
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			hurt(t, dir, path)
			again := mustOpenJobMarket(t, dir)
			defer again.Close()
			intact := name == "intact" || name == "a crash while writing the next"
			if n := embedded.Slotted(again); intact != (n > 0) {
				t.Errorf("reopened: %d ads read from the copy; want some: %v", n, intact)
			}
			searchesExact(t, "reopened", again, c, qs)
			if tmps, _ := filepath.Glob(filepath.Join(dir, ".vectors.recent-*")); len(tmps) > 0 {
				t.Errorf("left after open: %v", tmps)
			}
		})
	}
}

// A copy that cannot be written (here its name is taken by a folder, as
// a full disk would fail it) leaves the store as it was and no temporary
// file; once it can, a later AddAds writes it.
func TestRecentCopyThatCannotBeWritten(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, embedded.RecentFile, "x")
	if err := os.MkdirAll(blocker, 0o755); err != nil {
		t.Fatal(err)
	}
	s := mustOpenJobMarket(t, dir)
	defer s.Close()
	embedded.SetRecentMin(s, 64)
	c := newNeedCorpus()
	qs := needQueries(c)
	if _, err := s.AddAds(context.Background(), c.batch(700, true)); err != nil {
		t.Fatal(err)
	}
	if n := embedded.WaitRecent(s); n != 0 {
		t.Fatalf("a copy in use (%d) though none could be written", n)
	}
	searchesExact(t, "no copy", s, c, qs)
	if tmps, _ := filepath.Glob(filepath.Join(dir, ".vectors.recent-*")); len(tmps) > 0 {
		t.Errorf("left after the failed write: %v", tmps)
	}
	if err := os.RemoveAll(filepath.Dir(blocker)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddAds(context.Background(), c.batch(700, true)); err != nil {
		t.Fatal(err)
	}
	if n := embedded.WaitRecent(s); n == 0 || embedded.Slotted(s) == 0 {
		t.Fatalf("no copy in use once it could be written")
	}
	searchesExact(t, "with its copy", s, c, qs)
}
