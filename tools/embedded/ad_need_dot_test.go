package embedded

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"slices"
	"testing"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
)

// TestDot4IsDotInt8 checks that dot4 gives retrieval.DotInt8's result to
// the bit, which the stores rank by, on random vectors of several
// dimensions (codes at both ends of the int8 range included).
func TestDot4IsDotInt8(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	vec := func(dim int) []float32 {
		v := make([]float32, dim)
		for i := range v {
			v[i] = float32(rng.NormFloat64())
		}
		return v
	}
	for _, dim := range []int{1, 7, 384} {
		need := vec(dim)
		for range 500 {
			var r [4][]byte
			for j := range r {
				r[j] = retrieval.QuantizeInt8(vec(dim))
			}
			r[0][4+rng.IntN(dim)] = 0x80 // -128, which QuantizeInt8 never writes
			got := [4]float32{}
			got[0], got[1], got[2], got[3] = dot4(need, r[0], r[1], r[2], r[3])
			for j := range r {
				if want := retrieval.DotInt8(need, r[j]); math.Float32bits(got[j]) != math.Float32bits(want) {
					t.Fatalf("dimension %d, row %d: dot4 %v, DotInt8 %v", dim, j, got[j], want)
				}
			}
		}
	}
}

// TestNeedSearchUnmapped checks that a need search reads the rows the
// mapping does not cover from the file, with the same result.
func TestNeedSearchUnmapped(t *testing.T) {
	s, err := OpenJobMarket(filepath.Join(t.TempDir(), "demand"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rng := rand.New(rand.NewPCG(7, 8))
	vec := func() []float32 {
		v := make([]float32, 16)
		for i := range v {
			v[i] = float32(rng.NormFloat64())
		}
		return v
	}
	var ads []tools.Ad
	for i := range 300 {
		ads = append(ads, tools.Ad{ID: fmt.Sprintf("a%03d", i), Title: "Poste", Posted: "2025-03-01", Vector: retrieval.QuantizeInt8(vec())})
	}
	if _, err := s.AddAds(context.Background(), ads); err != nil {
		t.Fatal(err)
	}
	q := tools.AdQuery{Need: vec(), Limit: 50}
	mapped, err := s.SearchAds(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.vec.rowsView()) == 0 && runtime.GOOS == "linux" {
		t.Fatal("the side file is not mapped")
	}
	if err := s.vec.unmap(); err != nil {
		t.Fatal(err)
	}
	read, err := s.SearchAds(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.EqualFunc(mapped, read, func(a, b tools.Ad) bool { return a.ID == b.ID }) || len(read) != 50 {
		t.Fatalf("unmapped search differs: %d ads against %d", len(read), len(mapped))
	}
}
