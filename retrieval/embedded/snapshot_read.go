package embedded

import (
	"bufio"
	"fmt"

	"github.com/marsad/marsad/retrieval"
)

// readFrames reads the frames of a snapshot after its magic.
func readFrames(r *bufio.Reader, dim int) (*table, uint64, error) {
	var t *table
	var gen, rows uint64
	for {
		payload, _, err := readFrame(r)
		if err != nil {
			return nil, 0, fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
		if len(payload) == 0 {
			return nil, 0, ErrCorrupt
		}
		d := &dec{b: payload[1:]}
		switch payload[0] {
		case frameHeaderSnap:
			version, fdim := d.u32(), int(d.u32())
			gen, rows = d.uvarint(), d.uvarint()
			if version != snapVersion {
				return nil, 0, fmt.Errorf("snapshot version %d: %w", version, ErrCorrupt)
			}
			if fdim != dim {
				return nil, 0, fmt.Errorf("snapshot has %d dimensions, store %d: %w", fdim, dim, retrieval.ErrDimension)
			}
			t = newTable(dim)
		case frameRecords:
			if t == nil {
				return nil, 0, ErrCorrupt
			}
			for n := d.count(1); n > 0 && d.err == nil; n-- {
				if rec := d.record(); d.err == nil {
					t.upsert(rec)
				}
			}
		case frameIndex:
			if t == nil {
				return nil, 0, ErrCorrupt
			}
			x, lists := decodeIVF(d, dim)
			if d.err == nil && len(lists) != t.rows() {
				return nil, 0, fmt.Errorf("index size: %w", ErrCorrupt)
			}
			if d.err == nil {
				t.vs.rebucket(x.nlist()+1, t.alive, func(r int32) int { return int(max(lists[r], 0)) + 1 })
				t.ann = x
			}
		case frameEnd:
			if t == nil || d.uvarint() != rows || uint64(t.rows()) != rows || d.err != nil {
				return nil, 0, fmt.Errorf("row count: %w", ErrCorrupt)
			}
			return t, gen, nil
		}
		if d.err != nil {
			return nil, 0, fmt.Errorf("frame %q: %w", payload[0], ErrCorrupt)
		}
	}
}

// encodeIndex returns the index frame of t: the centroids, and the list
// of each row (-1 without a vector).
func (t *table) encodeIndex() *enc {
	e := &enc{b: []byte{frameIndex}}
	e.uvarint(uint64(t.ann.trained))
	e.floats(t.ann.cent)
	lists := make([]int32, t.rows())
	for r, l := range t.vs.where {
		lists[r] = l.bucket - 1
	}
	e.int32s(lists)
	return e
}

// decodeIVF reads an index frame: the index and the list of each row; d.err
// is set when it does not decode or is inconsistent.
func decodeIVF(d *dec, dim int) (*ivf, []int32) {
	x := &ivf{dim: dim, trained: int(d.uvarint()), cent: d.floats()}
	lists := d.int32s()
	nlist := int32(len(x.cent) / dim)
	ok := len(x.cent)%dim == 0 && nlist > 0
	for _, l := range lists {
		ok = ok && l >= -1 && l < nlist
	}
	if !ok && d.err == nil {
		d.err = ErrCorrupt
	}
	return x, lists
}
