package gen

import "math/rand/v2"

// rng wraps a deterministic PCG source with the small helpers the phrase
// banks need. It is not safe for concurrent use.
type rng struct{ r *rand.Rand }

func newRNG(seed int64, stream uint64) *rng {
	return &rng{r: rand.New(rand.NewPCG(uint64(seed), stream^0x9e3779b97f4a7c15))}
}

// intn returns a value in [0, n); n must be > 0.
func (g *rng) intn(n int) int { return g.r.IntN(n) }

// between returns a value in [lo, hi].
func (g *rng) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + g.r.IntN(hi-lo+1)
}

// chance reports true with probability p.
func (g *rng) chance(p float64) bool { return g.r.Float64() < p }

// pick returns one element of xs, or "" when xs is empty.
func (g *rng) pick(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return xs[g.r.IntN(len(xs))]
}

// sample returns k distinct elements of xs in random order (all of them when
// k >= len(xs)). xs is not modified.
func (g *rng) sample(xs []string, k int) []string {
	idx := g.r.Perm(len(xs))
	if k > len(xs) {
		k = len(xs)
	}
	out := make([]string, k)
	for i := range k {
		out[i] = xs[idx[i]]
	}
	return out
}

// weighted returns an index drawn with the given non-negative weights.
func (g *rng) weighted(weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	x := g.r.IntN(total)
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}
