package embedded

import (
	"cmp"
	"slices"
)

// scored is a row with its score.
type scored struct {
	row   int32
	score float32
}

// topK keeps the k best rows seen, a min-heap on score (ties: the higher
// row is worse, so results do not depend on scan order).
type topK struct {
	k     int
	items []scored
}

func newTopK(k int) *topK { return &topK{k: k, items: make([]scored, 0, k)} }

func worse(a, b scored) bool {
	return a.score < b.score || a.score == b.score && a.row > b.row
}

// push offers a row.
func (h *topK) push(row int32, score float32) {
	s := scored{row, score}
	if len(h.items) < h.k {
		h.items = append(h.items, s)
		h.up(len(h.items) - 1)
		return
	}
	if !worse(h.items[0], s) {
		return
	}
	h.items[0] = s
	h.down(0)
}

// admits reports whether push may keep a row of score: it keeps none
// scoring below the worst of k rows.
func (h *topK) admits(score float32) bool {
	return len(h.items) < h.k || score >= h.items[0].score
}

func (h *topK) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !worse(h.items[i], h.items[p]) {
			return
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

func (h *topK) down(i int) {
	n := len(h.items)
	for {
		l, m := 2*i+1, i
		if l < n && worse(h.items[l], h.items[m]) {
			m = l
		}
		if r := l + 1; r < n && worse(h.items[r], h.items[m]) {
			m = r
		}
		if m == i {
			return
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
}

// merge returns the best k of the heaps' rows, best first.
func merge(k int, hs ...*topK) []scored {
	var all []scored
	for _, h := range hs {
		if h != nil { // a goroutine of forSpans that took no span
			all = append(all, h.items...)
		}
	}
	slices.SortFunc(all, func(a, b scored) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.row, b.row)
	})
	return all[:min(k, len(all))]
}
