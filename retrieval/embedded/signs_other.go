//go:build !amd64 || purego

package embedded

// distances sets out[i] to the distance of the i-th vector of xs
// (signWords words each) from the query.
func (sq *signQuery) distances(xs []uint64, out []uint16) { sq.distancesGeneric(xs, out) }
