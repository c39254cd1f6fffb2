package embedded

import (
	"cmp"
	"slices"
	"sync"
)

// recency is the positions of the live ads newest first (by day, ties by
// ID ascending), so that listing the newest matching ads is a scan in
// order that stops at the limit, with no heap nor sort per query.
//
// It is brought up to date by the first search after the index grew
// (ads added since are sorted and merged in, the gone ones dropped): a
// search holds the store's read lock, under which refs cannot change, and
// mu keeps two searches from merging at once. An ad removed without a new
// one stays in order until the next merge; the scan skips it.
type recency struct {
	mu    sync.Mutex
	order []int32 // positions, newest first
	upTo  int     // positions below upTo are in order (or gone)
}

// newerFirst orders positions a and b newest first: by day descending,
// then by ID ascending. Both are live.
func (ix *index) newerFirst(a, b int32) int {
	return cmp.Or(cmp.Compare(ix.refs[b].day, ix.refs[a].day), cmp.Compare(ix.adIDs[a], ix.adIDs[b]))
}

// byRecency returns the positions of the live ads newest first (and of
// ads removed since the last merge, to skip). The caller holds the
// store's read lock and must not modify the result.
func (ix *index) byRecency() []int32 {
	r := &ix.rec
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.upTo == len(ix.refs) {
		return r.order
	}
	added := make([]int32, 0, len(ix.refs)-r.upTo)
	for p := r.upTo; p < len(ix.refs); p++ {
		if !ix.refs[p].gone {
			added = append(added, int32(p))
		}
	}
	slices.SortFunc(added, ix.newerFirst)
	merged := make([]int32, 0, len(r.order)+len(added))
	for _, p := range r.order {
		if ix.refs[p].gone {
			continue // its ID is gone too: it would break the merge's order
		}
		for len(added) > 0 && ix.newerFirst(added[0], p) < 0 {
			merged = append(merged, added[0])
			added = added[1:]
		}
		merged = append(merged, p)
	}
	r.order, r.upTo = append(merged, added...), len(ix.refs)
	return r.order
}
