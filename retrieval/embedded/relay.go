package embedded

import "sync/atomic"

// A search by signs cuts each of its phases (the sign pass, the int8
// re-scoring) into items its goroutines take in turn. On a machine of two
// cores shared with other processes, the system now and then deschedules
// one of those goroutines' threads for a few milliseconds; at a million
// random vectors the slowest searches were those whose goroutine was
// descheduled while it held an item: the other goroutine finished every
// other item, then waited for it (README, issue 20). A relay lets a
// goroutine with nothing left to take run again the items taken but not
// finished; the first goroutine to finish an item publishes its result,
// and the search goes on without waiting for the other, whose result for
// that item is dropped when it comes back.
//
// do(w, i) must write only where goroutine w alone writes (its result of
// item i), and may give up (return false) once finished(i) reports
// another goroutine finished the item.
type relay struct {
	next atomic.Int64
	done []atomic.Int32 // 1 + the goroutine that finished item i first; 0 until then
}

// reset readies r for n items, none taken.
func (r *relay) reset(n int) {
	if cap(r.done) < n {
		r.done = make([]atomic.Int32, n)
	}
	r.done = r.done[:n]
	for i := range r.done {
		r.done[i].Store(0)
	}
	r.next.Store(0)
}

// work runs, as goroutine w, the items no goroutine took yet, one after
// the other, then those taken but not finished: when it returns, every
// item is finished, by w or another goroutine.
func (r *relay) work(w int, do func(w, i int) bool) {
	n := len(r.done)
	for i := int(r.next.Add(1) - 1); i < n; i = int(r.next.Add(1) - 1) {
		r.run(w, i, do)
	}
	for i := range n {
		if !r.finished(i) {
			r.run(w, i, do)
		}
	}
}

// run runs item i as goroutine w and publishes its result unless another
// goroutine did first.
func (r *relay) run(w, i int, do func(w, i int) bool) {
	if do(w, i) {
		r.done[i].CompareAndSwap(0, int32(w+1))
	}
}

// finished reports whether a goroutine finished item i.
func (r *relay) finished(i int) bool { return r.done[i].Load() != 0 }

// winner returns the goroutine whose result of item i stands; every item
// must be finished.
func (r *relay) winner(i int) int { return int(r.done[i].Load()) - 1 }
