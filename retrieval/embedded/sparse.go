package embedded

import (
	"sync"

	"github.com/marsad/marsad/retrieval"
)

// accumulators are reused score arrays of the sparse arm, one row each.
var accumulators = sync.Pool{New: func() any { return new(accumulator) }}

type accumulator struct {
	score   []float32
	touched []int32
}

// sparseSearch returns the best k rows of allow by the dot product of q
// with the rows' sparse vectors, each term weighted by its IDF over the
// live rows that have a sparse vector (as Qdrant counts). Rows sharing no term with q are not returned.
func (t *table) sparseSearch(q retrieval.SparseVector, allow bitset, k int) []scored {
	acc := accumulators.Get().(*accumulator)
	defer accumulators.Put(acc)
	if len(acc.score) < t.rows() {
		acc.score = make([]float32, t.rows())
	}
	acc.touched = acc.touched[:0]
	for i, id := range q.Indices {
		df := t.df[id]
		if df == 0 {
			continue
		}
		w := q.Values[i] * float32(retrieval.IDF(t.spLive, int(df)))
		for _, p := range t.inv[id] {
			if !allow.has(p.row) {
				continue
			}
			if acc.score[p.row] == 0 {
				acc.touched = append(acc.touched, p.row)
			}
			acc.score[p.row] += w * p.w
		}
	}
	h := newTopK(k)
	for _, r := range acc.touched {
		if s := acc.score[r]; s > 0 {
			h.push(r, s)
		}
		acc.score[r] = 0
	}
	return merge(k, h)
}
