package embedded

import (
	"math"
	"math/rand/v2"
	"testing"
)

// signCase draws a query of dim dimensions and the signs of n vectors.
func signCase(rng *rand.Rand, dim, n int) ([]float32, []uint64) {
	q := make([]float32, dim)
	for i := range q {
		q[i] = float32(rng.NormFloat64())
	}
	xs := make([]uint64, n*signWords(dim))
	x := make([]float32, dim)
	for v := range n {
		for i := range x {
			x[i] = float32(rng.NormFloat64())
		}
		signBits(x, xs[v*signWords(dim):])
	}
	return q, xs
}

// The kernel gives the distance the definition gives: the sum of the
// query's levels over the coordinates where the signs differ, for
// dimensions that fill their last word or not.
func TestSignDistancesAreTheWeighedDisagreements(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	for _, dim := range []int{384, 100, 64, 1} {
		q, xs := signCase(rng, dim, 300)
		sq := newSignQuery(q)
		got := make([]uint16, 300)
		sq.distances(xs, got)
		var top float64
		for _, v := range q {
			top = max(top, math.Abs(float64(v)))
		}
		w := signWords(dim)
		for v := range got {
			want := 0
			for i, qi := range q {
				xPos := xs[v*w+i/64]>>(i%64)&1 == 1
				if xPos != (qi > 0) {
					want += int(math.Abs(float64(qi))*float64(sq.levels)/top + 0.5)
				}
			}
			if int(got[v]) != want || sq.distance(xs[v*w:(v+1)*w]) != want {
				t.Fatalf("dim %d, vector %d: distances %d, distance %d, want %d", dim, v, got[v], sq.distance(xs[v*w:(v+1)*w]), want)
			}
		}
	}
}

// A zero query is at distance 0 from everything.
func TestSignDistancesOfAZeroQuery(t *testing.T) {
	_, xs := signCase(rand.New(rand.NewPCG(1, 1)), 384, 10)
	got := make([]uint16, 10)
	newSignQuery(make([]float32, 384)).distances(xs, got)
	for v, d := range got {
		if d != 0 {
			t.Fatalf("vector %d at %d from a zero query", v, d)
		}
	}
}

// BenchmarkSignDistances measures the sign pass over 100,000 vectors of
// 384 dimensions: the kernel, and the portable loop.
func BenchmarkSignDistances(b *testing.B) {
	const n = 100_000
	q, xs := signCase(rand.New(rand.NewPCG(1, 2)), 384, n)
	sq := newSignQuery(q)
	out := make([]uint16, n)
	b.Run("kernel", func(b *testing.B) {
		for range b.N {
			sq.distances(xs, out)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/vector")
	})
	b.Run("portable", func(b *testing.B) {
		for range b.N {
			sq.distancesGeneric(xs, out)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/vector")
	})
}
