package embedded

import (
	"bufio"
	"fmt"
	"math"

	"github.com/marsad/marsad/retrieval"
)

// loader rebuilds a table from snapshot frames.
type loader struct {
	t     *table
	gen   uint64
	rows  uint64
	lists []int32 // list of each row, from the index frame; nil without
}

// readFrames reads the frames of a snapshot after its magic.
func readFrames(r *bufio.Reader, dim int) (*table, uint64, error) {
	l := &loader{}
	for {
		payload, _, err := readFrame(r)
		if err != nil {
			return nil, 0, fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
		if len(payload) == 0 {
			return nil, 0, ErrCorrupt
		}
		done, err := l.frame(payload[0], &dec{b: payload[1:]}, dim)
		if err != nil {
			return nil, 0, err
		}
		if done {
			return l.t, l.gen, nil
		}
	}
}

// frame applies one frame; it reports true after the end frame.
func (l *loader) frame(kind byte, d *dec, dim int) (bool, error) {
	if l.t == nil && kind != frameHeaderSnap {
		return false, fmt.Errorf("frame %q before the header: %w", kind, ErrCorrupt)
	}
	switch kind {
	case frameHeaderSnap:
		if err := l.header(d, dim); err != nil {
			return false, err
		}
	case frameIndex:
		x, lists := decodeIVF(d, dim)
		if d.err == nil && uint64(len(lists)) != l.rows {
			return false, fmt.Errorf("index size: %w", ErrCorrupt)
		}
		l.t.ann, l.lists = x, lists
		l.t.vs.buckets = presized(x.nlist()+1, dim, lists)
	case frameSigns, frameProbes:
		share := math.Float64frombits(uint64(d.i64()))
		if l.t.ann == nil || !(share >= 0 && share <= 1) {
			return false, fmt.Errorf("sign share %v: %w", share, ErrCorrupt)
		}
		if kind == frameSigns {
			l.t.ann.signShare = share
		} else {
			l.t.ann.probeShare = share
		}
	case frameCalib:
		// calibrated once the shares were measured the way calibrate
		// measures them now: an index written without them, or with
		// shares of an older calibration, is calibrated again at opening
		if l.t.ann == nil {
			return false, fmt.Errorf("calibration before the index: %w", ErrCorrupt)
		}
		l.t.ann.calibrated = d.u32() == calibVersion
	case frameRecords:
		for n := d.count(1); n > 0 && d.err == nil; n-- {
			if rec := d.record(); d.err == nil {
				l.add(rec)
			}
		}
	case frameEnd:
		if d.uvarint() != l.rows || uint64(l.t.rows()) != l.rows || d.err != nil {
			return false, fmt.Errorf("row count: %w", ErrCorrupt)
		}
		return true, nil
	}
	if d.err != nil {
		return false, fmt.Errorf("frame %q: %w", kind, ErrCorrupt)
	}
	return false, nil
}

// presized returns n empty buckets with room for the rows of each list.
func presized(n, dim int, lists []int32) []bucket {
	counts := make([]int, n)
	for _, l := range lists {
		if l >= 0 && int(l)+1 < n {
			counts[l+1]++
		}
	}
	return withRoom(counts, dim)
}

func (l *loader) header(d *dec, dim int) error {
	version, fdim := d.u32(), int(d.u32())
	l.gen, l.rows = d.uvarint(), d.uvarint()
	if d.err != nil || version != snapVersion {
		return fmt.Errorf("snapshot version %d: %w", version, ErrCorrupt)
	}
	if fdim != dim {
		return fmt.Errorf("snapshot has %d dimensions, store %d: %w", fdim, dim, retrieval.ErrDimension)
	}
	l.t = newTable(dim)
	l.t.chunks = make([]retrieval.Chunk, 0, min(l.rows, 1<<24))
	return nil
}

// add appends a record whose vector, already unit length, goes to the list
// the index frame gave its row.
func (l *loader) add(rec retrieval.Record) {
	b, r := 0, l.t.rows()
	if l.lists != nil && r < len(l.lists) && l.lists[r] >= 0 {
		b = int(l.lists[r]) + 1
	}
	l.t.upsertAt(rec, rec.Dense, b)
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
