package embedded

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/marsad/marsad/retrieval"
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
