package retrieval

import (
	"math"
	"math/rand/v2"
	"testing"
)

func unit(rng *rand.Rand, dim int) []float32 {
	x := make([]float32, dim)
	var n float64
	for i := range x {
		x[i] = float32(rng.NormFloat64())
		n += float64(x[i] * x[i])
	}
	for i := range x {
		x[i] /= float32(math.Sqrt(n))
	}
	return x
}

func TestDotInt8ApproximatesCosine(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	worst := 0.0
	for range 500 {
		a, b := unit(rng, 384), unit(rng, 384)
		var exact float64
		for i := range a {
			exact += float64(a[i] * b[i])
		}
		got := float64(DotInt8(a, QuantizeInt8(b)))
		worst = max(worst, math.Abs(got-exact))
	}
	if worst > 0.01 {
		t.Errorf("worst cosine error %.4f, want <= 0.01", worst)
	}
	if s := DotInt8(unit(rng, 384), QuantizeInt8(unit(rng, 8))); s != 0 {
		t.Errorf("dimension mismatch scored %v, want 0", s)
	}
	if QuantizeInt8(make([]float32, 4)) != nil || DotInt8([]float32{1}, nil) != 0 {
		t.Error("zero vector must encode to nil and score 0")
	}
}
