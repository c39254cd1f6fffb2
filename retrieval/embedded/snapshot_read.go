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
			t.ann = decodeIVF(d, dim)
		case frameEnd:
			if t == nil || d.uvarint() != rows || uint64(t.rows()) != rows || d.err != nil {
				return nil, 0, fmt.Errorf("row count: %w", ErrCorrupt)
			}
			if t.ann != nil && len(t.ann.assign) != t.rows() {
				return nil, 0, fmt.Errorf("index size: %w", ErrCorrupt)
			}
			return t, gen, nil
		}
		if d.err != nil {
			return nil, 0, fmt.Errorf("frame %q: %w", payload[0], ErrCorrupt)
		}
	}
}

// encode returns the index frame of x.
func (x *ivf) encode() *enc {
	e := &enc{b: []byte{frameIndex}}
	e.uvarint(uint64(x.trained))
	e.floats(x.coarse)
	e.uvarint(uint64(len(x.fineOf)))
	for _, ls := range x.fineOf {
		e.int32s(ls)
	}
	e.floats(x.cent)
	e.int32s(x.assign)
	return e
}

// decodeIVF reads an index frame; d.err is set when it does not decode or
// is inconsistent.
func decodeIVF(d *dec, dim int) *ivf {
	x := &ivf{dim: dim, trained: int(d.uvarint()), coarse: d.floats()}
	x.fineOf = make([][]int32, d.count(1))
	for i := range x.fineOf {
		x.fineOf[i] = d.int32s()
	}
	x.cent, x.assign = d.floats(), d.int32s()
	nlist := int32(len(x.cent) / dim)
	ok := len(x.coarse) == len(x.fineOf)*dim && len(x.cent)%dim == 0 && nlist > 0
	for _, ls := range x.fineOf {
		for _, l := range ls {
			ok = ok && l >= 0 && l < nlist && len(ls) > 0
		}
		ok = ok && len(ls) > 0
	}
	for _, l := range x.assign {
		ok = ok && l >= -1 && l < nlist
	}
	if !ok && d.err == nil {
		d.err = ErrCorrupt
	}
	x.fromAssign()
	return x
}
