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
// pass it, and the ad's slot in the copy of the vectors by recency
// (ad_recent_rows.go).
//
// At open, the order is seeded from the copy's list of positions, which
// was the order when the copy was written, by the first search (see
// seed).
type recency struct {
	mu    sync.Mutex
	order []int32     // positions, oldest first
	keys  []recentKey // keys[k] is of the ad at order[k]
	upTo  int         // positions below upTo are in order (or gone)
	// removed counts the ads removed since the last merge (by
	// index.remove, under the store's write lock).
	removed int
	// slotted is the UpTo of the copy whose slots keys hold (0: none).
	slotted int
	// seedList and seedUpTo are the positions and UpTo of the copy opened
	// with the store, until the first search seeds the order from them.
	seedList []int32
	seedUpTo int
}

// recentKey is the fields of an ad that adMatcher.matchKey tests, where
// its vector is (adRef.vec, in the padding), and its row's slot in the
// copy by recency (-1: none), so that a need search reads none of its
// candidates' adRefs, which lie all over refs.
type recentKey struct {
	occ, sector, month, contract uint16
	region                       uint8
	vec                          uint8
	slot                         int32
}

// recentKeyOf returns the key of an ad without a slot.
func recentKeyOf(r adRef) recentKey {
	return recentKey{occ: r.occ, sector: r.sector, month: r.month, contract: r.contract, region: r.region, vec: r.vec, slot: -1}
}

// coveredUpTo returns the UpTo of the copy by recency in use: ads at or
// past it have no slot.
func (r *recency) coveredUpTo() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.slotted
}

// opened notes the copy by recency the store opened with, whose list
// seeds the order (see seed).
func (r *recency) opened(list []int32, upTo int) {
	r.seedList, r.seedUpTo, r.slotted = list, upTo, upTo
}

// seed sets the order from a copy's list of positions (slot by slot, all
// below upTo) when its live ads are in order and are every live ad below
// upTo; the ads from upTo on are then merged as after AddAds. It reports
// whether it did. r.mu is held and the order empty.
func (ix *index) seed(list []int32, upTo int) bool {
	live := 0
	for _, ref := range ix.refs[:upTo] {
		if !ref.gone {
			live++
		}
	}
	order, keys := make([]int32, 0, live), make([]recentKey, 0, live)
	for sl, p := range list {
		if ix.refs[p].gone {
			continue
		}
		// Oldest first: each newer than the one before, which also
		// leaves no position twice.
		if n := len(order); n == live || n > 0 && ix.newerFirst(p, order[n-1]) >= 0 {
			return false
		}
		k := recentKeyOf(ix.refs[p])
		k.slot = int32(sl)
		order, keys = append(order, p), append(keys, k)
	}
	if len(order) != live {
		return false
	}
	r := &ix.rec
	r.order, r.keys, r.upTo, r.removed = order, keys, upTo, 0
	return true
}

// setSlots gives the ads of the order their slots in a new copy by
// recency, of positions list (all below upTo), and the others none. The
// caller holds the store's write lock: no search holds keys.
func (r *recency) setSlots(list []int32, upTo int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	slot := make([]int32, upTo)
	for i := range slot {
		slot[i] = -1
	}
	for sl, p := range list {
		slot[p] = int32(sl)
	}
	for k, p := range r.order {
		r.keys[k].slot = -1
		if int(p) < upTo {
			r.keys[k].slot = slot[p]
		}
	}
	r.slotted, r.seedList = upTo, nil
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
	if r.seedList != nil {
		if !ix.seed(r.seedList, r.seedUpTo) {
			r.slotted = 0 // the copy stays unused until the next one
		}
		r.seedList = nil
	}
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
