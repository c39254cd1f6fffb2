package embedded

import (
	"cmp"
	"slices"
	"sync"
)

// recency is the positions of the live ads oldest first (the reverse
// of newest first: by day, ties by ID ascending), so that listing the
// newest matching ads is a scan from the end that stops at the limit,
// with no heap nor sort per query.
//
// It is brought up to date by the first search after the index grew
// (ads added since are sorted and merged in, the gone ones dropped): a
// search holds the store's read lock, under which refs cannot change, and
// mu keeps two searches from merging at once. An ad removed without a new
// one stays in order until the next merge; the scan skips it. With no ad
// removed the merge is done in place, from the end: ads added are mostly
// the newest, so it moves few entries, where a copy of the order would
// write all of them (14 MB at a million ads) for every batch.
//
// Beside each position it keeps the fields most filters test, so that a
// scan for a filter reads memory in order and visits only the ads that
// pass it.
type recency struct {
	mu    sync.Mutex
	order []int32     // positions, oldest first
	keys  []recentKey // keys[k] is of the ad at order[k]
	upTo  int         // positions below upTo are in order (or gone)
	// removed counts the ads removed since the last merge (by
	// index.remove, under the store's write lock).
	removed int
}

// recentKey is the fields of an ad that adMatcher.matchKey tests, and
// where its vector is (adRef.vec, in the padding), so that a need search
// reads none of its candidates' adRefs, which lie all over refs.
type recentKey struct {
	occ, sector, month, contract uint16
	region                       uint8
	vec                          uint8
}

func recentKeyOf(r adRef) recentKey {
	return recentKey{occ: r.occ, sector: r.sector, month: r.month, contract: r.contract, region: r.region, vec: r.vec}
}

// newerFirst orders positions a and b newest first: by day descending,
// then by ID ascending. Both are live.
func (ix *index) newerFirst(a, b int32) int {
	return cmp.Or(cmp.Compare(ix.refs[b].day, ix.refs[a].day), cmp.Compare(ix.adIDs[a], ix.adIDs[b]))
}

// byRecency returns the positions of the live ads oldest first (and of
// ads removed since the last merge, to skip: withGone tells whether there
// may be any), and their keys. The caller holds the store's read lock
// and must not modify the result.
func (ix *index) byRecency() (order []int32, keys []recentKey, withGone bool) {
	r := &ix.rec
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.upTo == len(ix.refs) {
		return r.order, r.keys, r.removed > 0
	}
	added := make([]int32, 0, len(ix.refs)-r.upTo)
	for p := r.upTo; p < len(ix.refs); p++ {
		if !ix.refs[p].gone {
			added = append(added, int32(p))
		}
	}
	older := func(a, b int32) int { return ix.newerFirst(b, a) }
	slices.SortFunc(added, older)
	if r.removed == 0 {
		// All in order are live: from the newest added ad back, the
		// entries newer than it move up past the ones still to place, and
		// it takes the place freed. No search reads the order meanwhile:
		// the index grew under the write lock since the last one did, and
		// mu holds the next.
		n := len(r.order)
		order, keys = slices.Grow(r.order, len(added))[:n+len(added)], slices.Grow(r.keys, len(added))[:n+len(added)]
		for j := len(added) - 1; j >= 0; j-- {
			a := added[j]
			at, _ := slices.BinarySearchFunc(order[:n], a, older)
			copy(order[at+j+1:n+j+1], order[at:n])
			copy(keys[at+j+1:n+j+1], keys[at:n])
			order[at+j], keys[at+j] = a, recentKeyOf(ix.refs[a])
			n = at
		}
	} else {
		order = make([]int32, 0, len(r.order)+len(added))
		keys = make([]recentKey, 0, cap(order))
		take := func(p int32) {
			order = append(order, p)
			keys = append(keys, recentKeyOf(ix.refs[p]))
		}
		for k, p := range r.order {
			if ix.refs[p].gone {
				continue // its ID is gone too: it would break the merge's order
			}
			for len(added) > 0 && older(added[0], p) < 0 {
				take(added[0])
				added = added[1:]
			}
			order, keys = append(order, p), append(keys, r.keys[k])
		}
		for _, p := range added {
			take(p)
		}
	}
	r.order, r.keys, r.upTo, r.removed = order, keys, len(ix.refs), 0
	return r.order, r.keys, false
}
