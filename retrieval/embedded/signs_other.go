//go:build !amd64 || purego

package embedded

// distances sets out[i] to the distance of the i-th vector of blocks from
// the query, for len(out)/signBlock whole blocks.
func (sq *signQuery) distances(blocks []byte, out []uint16) { sq.distancesGeneric(blocks, out) }
