//go:build !amd64 || purego

package embedded

// distances sets out[i] to the distance of the i-th vector of blocks from
// the query, for len(out)/signBlock whole blocks, and marks the vectors at
// cut or nearer in near (see distancesGeneric).
func (sq *signQuery) distances(blocks []byte, out []uint16, near []uint32, cut int) {
	sq.distancesGeneric(blocks, out, near, cut)
}

// signWide is false: there is no 512-bit kernel here.
var signWide = false

// portableSigns is true: the pass runs the portable loop.
const portableSigns = true
