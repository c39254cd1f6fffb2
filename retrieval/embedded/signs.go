package embedded

import "math/bits"

// signWords returns the number of words of the sign bits of a vector of
// dim dimensions.
func signWords(dim int) int { return (dim + 63) / 64 }

// signBits writes into dst (signWords(len(x)) words) bit i set when x[i]
// is positive: the vector's orthant. The number of bits two vectors
// differ in grows with the angle between them (about dim·angle/π for
// vectors in general position), so it ranks candidates at a thirty-second
// of the bytes of their float vectors.
func signBits(x []float32, dst []uint64) {
	clear(dst)
	for i, v := range x {
		if v > 0 {
			dst[i>>6] |= 1 << (uint(i) & 63)
		}
	}
}

// hamming returns the number of bits a and b differ in (len(b) >= len(a)).
func hamming(a, b []uint64) int {
	b = b[:len(a)]
	d := 0
	for i, x := range a {
		d += bits.OnesCount64(x ^ b[i])
	}
	return d
}
