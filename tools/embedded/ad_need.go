package embedded

import (
	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools/needrank"
)

// rankByNeed orders the candidates of w (newest first) as AdQuery.Need
// says and keeps limit of them, with needrank.Rank: row vectors are read
// from the copy by recency, or for ads past it from the side file's
// mapping (or the file past it), the vectors of another dimension from
// their log lines.
func (s *JobMarket) rankByNeed(need []float32, w *window, limit int) ([]int, error) {
	ks, err := needrank.Rank(&needWindow{s: s, window: w, rows: s.vec.stride == len(need)+4, need: need}, need, limit)
	if err != nil {
		return nil, err
	}
	out := make([]int, len(ks))
	for j, k := range ks {
		out[j] = w.pos[k]
	}
	return out, nil
}

// needWindow is the candidates of a need search as needrank reads them.
// The caller holds the store's read lock, under which neither the index
// nor the mapping changes.
type needWindow struct {
	s *JobMarket
	*window
	rows bool // the side file's rows are of the need's dimension
	need []float32
}

func (w *needWindow) Len() int { return len(w.pos) }

// Row returns the candidate's row: from the copy by recency, else from
// the side file's mapping, or read into buf past it.
func (w *needWindow) Row(k int, buf []byte) ([]byte, error) {
	i := w.pos[k]
	if !w.rows || w.vecs[k] != vecInRow {
		return nil, nil
	}
	if sl := w.slots[k]; sl >= 0 {
		return w.s.recent.row(sl), nil
	}
	v := w.s.vec
	off := int(v.offset(i))
	if view := v.rowsView(); off+v.stride <= len(view) {
		return view[off : off+v.stride : off+v.stride], nil
	}
	if err := v.readAt(buf, int64(off)); err != nil {
		return nil, err
	}
	return buf, nil
}

// Other scores a candidate without a row of the need's dimension: a
// vector of another length (in its log line), or rows of another
// dimension than the need's (0, as retrieval.DotInt8 scores them).
func (w *needWindow) Other(k int) (bool, float32, error) {
	r := w.s.ix.refs[w.pos[k]]
	switch r.vec {
	case vecNone:
		return false, 0, nil
	case vecInRow:
		return true, 0, nil
	}
	ad, err := w.s.log.read(r.off, r.size)
	if err != nil {
		return false, 0, err
	}
	return true, retrieval.DotInt8(w.need, ad.Vector), nil
}
