//go:build amd64 && !purego

package embedded

import "golang.org/x/sys/cpu"

// hasAVX2 reports whether the AVX2 and FMA dot product can run here.
var hasAVX2 = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// dotAVX2 returns the dot product of a and b (len(b) >= len(a)) with
// 256-bit fused multiply-adds on four accumulators.
//
//go:noescape
func dotAVX2(a, b []float32) float32

// dot returns the dot product of a and b (len(b) >= len(a)).
func dot(a, b []float32) float32 {
	if hasAVX2 {
		return dotAVX2(a, b[:len(a)])
	}
	return dotGeneric(a, b)
}

// dotInt8AVX2 returns the dot product of the first len(a)&^15 int8 of a
// and b, sign-extended to 16 bits and multiplied-added pairwise.
//
//go:noescape
func dotInt8AVX2(a, b []int8) int32

// dotInt8 returns the dot product of two codes (len(b) >= len(a)).
func dotInt8(a, b []int8) int32 {
	if !hasAVX2 {
		return dotInt8Generic(a, b)
	}
	n := len(a) &^ 15
	s := dotInt8AVX2(a[:n], b[:n])
	if n < len(a) {
		s += dotInt8Generic(a[n:], b[n:len(a)])
	}
	return s
}
