//go:build amd64 && !purego

package needrank

import "golang.org/x/sys/cpu"

// hasAVX2 reports whether the AVX2 kernel can run here.
var hasAVX2 = cpu.X86.HasAVX2

// dotCodesAVX2 returns the dot product of the first len(q)&^15 need
// codes with the row's int8 codes: blocks of 16 codes sign-extended to
// int16 (VPMOVSXBW) and multiplied-added in pairs (VPMADDWD) into int32
// lanes; len(q) <= maxKernelDim keeps the lanes from overflowing.
//
//go:noescape
func dotCodesAVX2(q []int16, codes []byte) int64

// dotCodes returns the dot product of need codes with the int8 codes of
// a row (len(codes) >= len(q)).
func dotCodes(q []int16, codes []byte) int64 {
	if !hasAVX2 || len(q) > maxKernelDim {
		return dotGeneric(q, codes)
	}
	n := len(q) &^ 15
	s := dotCodesAVX2(q[:n], codes[:n])
	if n < len(q) {
		s += dotGeneric(q[n:], codes[n:len(q)])
	}
	return s
}

// dotCodes4AVX2 sets out[j] to the dot product of the first len(q)
// codes (a multiple of 16) of row r[j] with q, for four rows at once,
// after prefetching rows r[4] to r[7].
//
//go:noescape
func dotCodes4AVX2(q []int16, r *[8]*byte, out *[4]int64)

// dotCodes4 sets out[j] to dotCodes(q, r[j]) for four rows (each of at
// least len(q) codes), and has the processor fetch the rows of next
// (the four to be scored next time) meanwhile.
func dotCodes4(q []int16, r, next *[4][]byte, out *[4]int64) {
	if !hasAVX2 || len(q) > maxKernelDim || len(q) < 16 {
		dotGeneric4(q, r, out)
		return
	}
	n := len(q) &^ 15
	var p [8]*byte
	for j := range 4 {
		p[j], p[4+j] = &r[j][:len(q)][0], &next[j][:len(q)][0]
	}
	dotCodes4AVX2(q[:n], &p, out)
	if n < len(q) {
		for j := range out {
			out[j] += dotGeneric(q[n:], r[j][n:len(q)])
		}
	}
}
