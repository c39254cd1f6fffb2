package embedded

import "math"

// quantize writes the int8 code of x into dst (len(dst) == len(x)) and
// returns the factor f such that x[i] ≈ f·dst[i]: each vector is scaled so
// that its largest component maps to ±127. The zero vector gets factor 0.
func quantize(x []float32, dst []int8) float32 {
	var m float32
	for _, v := range x {
		m = max(m, float32(math.Abs(float64(v))))
	}
	if m == 0 {
		clear(dst)
		return 0
	}
	s := 127 / m
	for i, v := range x {
		dst[i] = int8(math.Round(float64(v * s)))
	}
	return m / 127
}

// dotInt8Generic returns the dot product of two codes (len(b) >= len(a)).
func dotInt8Generic(a, b []int8) int32 {
	var s0, s1, s2, s3 int32
	b = b[:len(a)]
	for len(a) >= 4 {
		s0 += int32(a[0]) * int32(b[0])
		s1 += int32(a[1]) * int32(b[1])
		s2 += int32(a[2]) * int32(b[2])
		s3 += int32(a[3]) * int32(b[3])
		a, b = a[4:], b[4:]
	}
	for i := range a {
		s0 += int32(a[i]) * int32(b[i])
	}
	return s0 + s1 + s2 + s3
}
