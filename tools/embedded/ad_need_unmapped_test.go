package embedded

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"slices"
	"testing"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
)

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
