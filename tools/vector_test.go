package tools

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

func TestAdSimilarityApproximatesCosine(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	worst := 0.0
	for range 500 {
		a, b := unit(rng, 384), unit(rng, 384)
		var exact float64
		for i := range a {
			exact += float64(a[i] * b[i])
		}
		got := float64(AdSimilarity(a, QuantizeVector(b)))
		worst = max(worst, math.Abs(got-exact))
	}
	if worst > 0.01 {
		t.Errorf("worst cosine error %.4f, want <= 0.01", worst)
	}
	if s := AdSimilarity(unit(rng, 384), QuantizeVector(unit(rng, 8))); s != 0 {
		t.Errorf("dimension mismatch scored %v, want 0", s)
	}
	if QuantizeVector(make([]float32, 4)) != nil || AdSimilarity([]float32{1}, nil) != 0 {
		t.Error("zero vector must encode to nil and score 0")
	}
}
