//go:build amd64 && !purego

package embedded

import "golang.org/x/sys/cpu"

// signDistancesAVX2 sets out[i] to the distance of the i-th vector of
// blocks from the query whose nibble tables are nibbles (see
// signQuery.nibbles), and bit i%signBlock of near[i/signBlock] when it is
// cut or less: len(out)/signBlock whole blocks, len(nibbles)/64 byte
// columns each, an even number.
//
//go:noescape
func signDistancesAVX2(nibbles, blocks []byte, out []uint16, near []uint32, cut uint16)

// signDistancesAVX512 is signDistancesAVX2 four byte columns at a time,
// len(nibbles)/64 a multiple of four.
//
//go:noescape
func signDistancesAVX512(nibbles, blocks []byte, out []uint16, near []uint32, cut uint16)

// signWide reports whether the sign pass runs on 512-bit registers: half
// the instructions of the 256-bit kernel for the same bytes.
var signWide = hasAVX2 && cpu.X86.HasAVX512F && cpu.X86.HasAVX512BW

// portableSigns reports whether the sign pass runs the portable loop.
var portableSigns = !hasAVX2

// distances sets out[i] to the distance of the i-th vector of blocks from
// the query, for len(out)/signBlock whole blocks, and marks the vectors at
// cut or nearer in near (see distancesGeneric). The kernel looks up 64
// nibbles an instruction pair; the POPCNT kernel it replaced, a word and a
// bit plane of the levels at a time (four POPCNTs a word), was compute
// bound at about 10 ns a vector of 384 dimensions idle.
func (sq *signQuery) distances(blocks []byte, out []uint16, near []uint32, cut int) {
	if len(out) == 0 {
		return
	}
	if portableSigns {
		sq.distancesGeneric(blocks, out, near, cut)
		return
	}
	n := len(out) / signBlock
	kernel := signDistancesAVX2
	if signWide && sq.cols()%4 == 0 {
		kernel = signDistancesAVX512
	}
	kernel(sq.nibbles, blocks[:n*signBlock*sq.cols()], out[:n*signBlock], near[:n], clampCut(cut))
}
