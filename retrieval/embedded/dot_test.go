package embedded

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestDotMatchesGeneric(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	for n := 0; n <= 100; n++ {
		a, b := make([]float32, n), make([]float32, n+3)
		for i := range a {
			a[i] = float32(rng.NormFloat64())
		}
		for i := range b {
			b[i] = float32(rng.NormFloat64())
		}
		var want float64
		for i := range a {
			want += float64(a[i]) * float64(b[i])
		}
		for name, got := range map[string]float32{"dot": dot(a, b), "generic": dotGeneric(a, b)} {
			if math.Abs(float64(got)-want) > 1e-4*(1+math.Abs(want)) {
				t.Fatalf("%s n=%d: %v, want %v (avx2 %v)", name, n, got, want, hasAVX2)
			}
		}
	}
}

func FuzzDot(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, b := make([]float32, len(raw)), make([]float32, len(raw))
		for i, x := range raw {
			a[i], b[i] = float32(int8(x))/16, float32(int8(x^0x5a))/16
		}
		var want float64
		for i := range a {
			want += float64(a[i]) * float64(b[i])
		}
		if got := dot(a, b); math.Abs(float64(got)-want) > 1e-3*(1+math.Abs(want)) {
			t.Fatalf("dot = %v, want %v", got, want)
		}
	})
}

func BenchmarkDot384(b *testing.B) {
	x, y := make([]float32, 384), make([]float32, 384)
	for i := range x {
		x[i], y[i] = float32(i%7), float32(i%5)
	}
	var s float32
	for b.Loop() {
		s += dot(x, y)
	}
	_ = s
}

func TestDotInt8MatchesGeneric(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 2))
	for n := 0; n <= 400; n += 1 + n/16 {
		a, b := make([]int8, n), make([]int8, n+5)
		for i := range a {
			a[i] = int8(rng.IntN(255) - 127)
		}
		for i := range b {
			b[i] = int8(rng.IntN(255) - 127)
		}
		var want int32
		for i := range a {
			want += int32(a[i]) * int32(b[i])
		}
		if got := dotInt8(a, b); got != want {
			t.Fatalf("n=%d: dotInt8 = %d, want %d", n, got, want)
		}
		if got := dotInt8Generic(a, b); got != want {
			t.Fatalf("n=%d: generic = %d, want %d", n, got, want)
		}
	}
}

func TestQuantizeKeepsDotProducts(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	x, y := gaussian(rng, 384, 1), gaussian(rng, 384, 1)
	cx, cy := make([]int8, 384), make([]int8, 384)
	fx, fy := quantize(x, cx), quantize(y, cy)
	approx := float64(dotInt8(cx, cy)) * float64(fx) * float64(fy)
	if exact := float64(dot(x, y)); math.Abs(approx-exact) > 0.01 {
		t.Errorf("quantised dot %.4f, exact %.4f", approx, exact)
	}
	if f := quantize(make([]float32, 4), make([]int8, 4)); f != 0 {
		t.Errorf("zero vector factor %v", f)
	}
}

func BenchmarkDotInt8x384(b *testing.B) {
	x, y := make([]int8, 384), make([]int8, 384)
	for i := range x {
		x[i], y[i] = int8(i%7), int8(i%5-2)
	}
	var s int32
	for b.Loop() {
		s += dotInt8(x, y)
	}
	_ = s
}
