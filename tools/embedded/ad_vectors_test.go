package embedded_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
	"github.com/marsad/marsad/tools/toolstest"
)

// vectorAds is the fixture with a vector per ad (ad k points along
// dimension k%4, a little towards the next one), except d1.
func vectorAds() []tools.Ad {
	ads := toolstest.AdFixture()
	for k := range ads[:9] {
		v := make([]float32, 4)
		v[k%4], v[(k+1)%4] = 1, float32(k)/10
		ads[k].Vector = retrieval.QuantizeInt8(v)
	}
	return ads
}

// needIDs returns the IDs SearchAds ranks first for a need along dim.
func needIDs(t *testing.T, s tools.JobMarketStore, dim int) []string {
	t.Helper()
	need := make([]float32, 4)
	need[dim] = 1
	got, err := s.SearchAds(context.Background(), tools.AdQuery{Need: need, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range got {
		ids = append(ids, a.ID)
	}
	return ids
}

func TestJobMarketVectorsSurviveReopenAndRebuild(t *testing.T) {
	ctx := context.Background()
	damage := map[string]func(path string) error{
		"intact":  func(string) error { return nil },
		"missing": os.Remove,
		"short":   func(p string) error { return os.Truncate(p, 16+4*8+3) },
		"longer":  func(p string) error { return appendBytes(p, make([]byte, 8*3)) },
		"overwritten": func(p string) error {
			b, _ := os.ReadFile(p)
			for i := 16; i < len(b); i++ {
				b[i] ^= 0x55
			}
			return os.WriteFile(p, b, 0o644)
		},
		"other stride": func(p string) error {
			return os.WriteFile(p, []byte("MRSDVEC1\x09\x00\x00\x00\x00\x00\x00\x00"), 0o644)
		},
	}
	for name, hurt := range damage {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			s := mustOpenJobMarket(t, dir)
			if _, err := s.AddAds(ctx, vectorAds()); err != nil {
				t.Fatal(err)
			}
			want := [4][]string{}
			for d := range want {
				want[d] = needIDs(t, s, d)
			}
			s.Close()
			if err := hurt(filepath.Join(dir, "vectors.bin")); err != nil {
				t.Fatal(err)
			}
			again := mustOpenJobMarket(t, dir)
			defer again.Close()
			for d := range want {
				if diff := cmp.Diff(want[d], needIDs(t, again, d)); diff != "" {
					t.Errorf("need %d after reopen (-before +after):\n%s", d, diff)
				}
			}
			if fi, err := os.Stat(filepath.Join(dir, "vectors.bin")); err != nil || fi.Size() != 16+10*8 {
				t.Errorf("side file after reopen: %v, %v; want 16+10*8 bytes", fi.Size(), err)
			}
		})
	}
}

func appendBytes(path string, b []byte) error {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	return errors.Join(err, f.Close())
}

// The first vector may come after ads without one, and a vector of
// another dimension than the first is still ranked (from the log).
func TestJobMarketVectorsLateAndOtherDimension(t *testing.T) {
	for name, dir := range map[string]string{"in memory": "", "persisted": "x"} {
		t.Run(name, func(t *testing.T) {
			if dir != "" {
				dir = t.TempDir()
			}
			ctx := context.Background()
			ads := vectorAds()
			s, err := embedded.OpenJobMarket(dir)
			if err != nil {
				t.Fatal(err)
			}
			plain := toolstest.AdFixture()[:3]
			if _, err := s.AddAds(ctx, plain); err != nil {
				t.Fatal(err)
			}
			ads[4].Vector = retrieval.QuantizeInt8([]float32{0, 1, 0, 0, 0}) // b2: 5 dimensions
			if _, err := s.AddAds(ctx, ads[3:]); err != nil {
				t.Fatal(err)
			}
			// Need along dim 0: c2 (k=8 → dims 0,1) 1; c1 (k=7 → 3,0) 0.7; b1 (k=3 → 3,0) 0.3;
			// b4, b3 and b2 (another dimension) 0, newest first; a1-a3 and d1 have none.
			want := []string{"c2", "c1", "b1", "b4", "b3", "b2", "d1", "a3", "a2", "a1"}
			if d := cmp.Diff(want, needIDs(t, s, 0)); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
			got, _ := s.SearchAds(ctx, tools.AdQuery{Need: []float32{0, 1, 0, 0, 0}, Limit: 1})
			if len(got) != 1 || got[0].ID != "b2" {
				t.Errorf("need of 5 dimensions: got %v, want b2 first", got)
			}
			if dir == "" {
				return
			}
			s.Close()
			again := mustOpenJobMarket(t, dir)
			defer again.Close()
			if d := cmp.Diff(want, needIDs(t, again, 0)); d != "" {
				t.Errorf("after reopen (-want +got):\n%s", d)
			}
		})
	}
}
