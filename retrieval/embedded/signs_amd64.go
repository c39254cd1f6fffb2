//go:build amd64 && !purego

package embedded

// signDistancesAVX2 sets out[i] to the distance of the i-th vector of
// blocks from the query whose nibble tables are nibbles (see
// signQuery.nibbles): len(out)/signBlock whole blocks, len(nibbles)/64
// byte columns each, an even number.
//
//go:noescape
func signDistancesAVX2(nibbles, blocks []byte, out []uint16)

// distances sets out[i] to the distance of the i-th vector of blocks from
// the query, for len(out)/signBlock whole blocks. The kernel looks up 64
// nibbles an instruction pair; the POPCNT kernel it replaced, a word and a
// bit plane of the levels at a time (four POPCNTs a word), was compute
// bound at about 10 ns a vector of 384 dimensions idle.
func (sq *signQuery) distances(blocks []byte, out []uint16) {
	if !hasAVX2 || len(out) == 0 {
		sq.distancesGeneric(blocks, out)
		return
	}
	n := len(out) / signBlock
	signDistancesAVX2(sq.nibbles, blocks[:n*signBlock*sq.cols()], out[:n*signBlock])
}
