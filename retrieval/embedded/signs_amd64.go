//go:build amd64 && !purego

package embedded

import "golang.org/x/sys/cpu"

// hasPOPCNT reports whether the sign distance kernel can run here.
var hasPOPCNT = cpu.X86.HasPOPCNT

// signDistancesPOPCNT sets out[i] to the weighed sign distance of the
// i-th vector of xs (w words each) from the interleaved query q (see
// signQuery.words); xs holds at least len(out)·w words.
//
//go:noescape
func signDistancesPOPCNT(q []uint64, w int, xs []uint64, out []uint16)

// distances sets out[i] to the distance of the i-th vector of xs
// (signWords words each) from the query. In one call a span, with the
// instruction itself: math/bits.OnesCount64 checks the processor at every
// call of a build for the baseline amd64, which made the sign pass two to
// three times slower (BenchmarkSignDistances: 44.4 against 20.9 ns a
// vector at load 7.8, 27.6 against 10.0 at load 15).
func (sq *signQuery) distances(xs []uint64, out []uint16) {
	w := sq.signWords()
	if !hasPOPCNT || w == 0 {
		sq.distancesGeneric(xs, out)
		return
	}
	signDistancesPOPCNT(sq.words, w, xs[:len(out)*w], out)
}
