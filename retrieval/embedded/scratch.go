package embedded

import (
	"slices"
	"sync"
	"sync/atomic"
)

// signScratches keeps the buffers of a search by signs between searches:
// the distances of every row (2 MB at 1M vectors, needed only when the
// cut-off is counted) fresh each query were work for the collector that
// showed in the tail of the latencies; the
// histograms of the distances (46 KB a goroutine at 384 dimensions) and
// the spans' offsets, fresh each query, were 110 KB of new memory a
// search (page faults, since the collector seldom runs at a few GB of
// vectors).
var signScratches scratchPool

// signScratch holds the buffers of one search by signs. Those indexed by
// goroutine (w) are written by that goroutine alone; a search's goroutine
// that outlives it (see relay) holds the scratch until it is done (users).
type signScratch struct {
	users    atomic.Int32 // goroutines using the scratch: put back at 0
	first    []int        // offset of each span in all, and the end
	all      []uint16     // the distances of every row (countedSigns)
	allNear  []uint32
	hists    [][]int       // one histogram of the distances per goroutine
	lists    [][]nearRow   // the rows to re-score, one list per goroutine
	guesses  []int         // each goroutine's guess of the cut-off
	dist     [][]uint16    // each goroutine's distances of one span
	near     [][]uint32    // and their masks
	pass     relay         // the runs of spans of the sign pass
	seg      [][][]nearRow // seg[w][i]: the rows goroutine w listed in run i
	runLists [][]nearRow   // the rows listed, one list per run
	score    relay         // the chunks of rows re-scored
	pick     [][]nearRow   // each goroutine's rows of a chunk to score
	heaps    []*topK       // each goroutine's best rows of a chunk
	best     [][]scored    // each goroutine's best rows of every chunk it scored,
	top      [][][]scored  // top[w][i] those of chunk i
}

type scratchPool struct{ p sync.Pool }

// get returns buffers for spans spans (first, zeroed at 0), workers
// goroutines (lists, empty, histograms of maxDist+1 counts, undefined,
// distances of one span of parallelMin rows), held by one user;
// distances sizes all and allNear, segs seg, tops heaps and top.
func (p *scratchPool) get(spans, maxDist, workers int) *signScratch {
	sc, _ := p.p.Get().(*signScratch)
	if sc == nil {
		sc = &signScratch{}
	}
	sc.users.Store(1)
	sc.first = slices.Grow(sc.first[:0], spans+1)[:spans+1]
	sc.first[0] = 0
	sc.lists = perWorker(sc.lists, workers)
	sc.hists = perWorker(sc.hists, workers)
	sc.dist = perWorker(sc.dist, workers)
	sc.near = perWorker(sc.near, workers)
	sc.pick = perWorker(sc.pick, workers)
	sc.best = perWorker(sc.best, workers)
	sc.seg = perWorker(sc.seg, workers)
	sc.top = perWorker(sc.top, workers)
	sc.heaps = perWorker(sc.heaps, workers)
	sc.guesses = perWorker(sc.guesses, workers)
	for w := range workers {
		sc.lists[w] = sc.lists[w][:0]
		sc.best[w] = sc.best[w][:0]
		sc.hists[w] = slices.Grow(sc.hists[w][:0], maxDist+1)[:maxDist+1]
		sc.dist[w] = slices.Grow(sc.dist[w][:0], parallelMin)[:parallelMin]
		sc.near[w] = slices.Grow(sc.near[w][:0], parallelMin/signBlock)[:parallelMin/signBlock]
	}
	return sc
}

// perWorker returns s with n entries, those it had kept.
func perWorker[T any](s []T, n int) []T {
	if len(s) < n {
		s = append(s, make([]T, n-len(s))...)
	}
	return s[:n]
}

// distances sizes all and allNear for n distances (whole blocks), their
// contents undefined.
func (sc *signScratch) distances(n int) {
	if cap(sc.all) < n {
		sc.all, sc.allNear = make([]uint16, n), make([]uint32, n/signBlock)
	}
	sc.all, sc.allNear = sc.all[:n], sc.allNear[:n/signBlock]
}

// segs sizes seg for n runs.
func (sc *signScratch) segs(n int) {
	for w := range sc.seg {
		sc.seg[w] = perWorker(sc.seg[w], n)
	}
}

// tops sizes top for n chunks, and readies a heap of r rows per goroutine.
func (sc *signScratch) tops(n, r int) {
	for w := range sc.top {
		sc.top[w] = perWorker(sc.top[w], n)
		if sc.heaps[w] == nil || sc.heaps[w].k != r {
			sc.heaps[w] = newTopK(r)
		}
	}
}

// release ends one user's hold of sc, putting it back in the pool when it
// was the last.
func (sc *signScratch) release() {
	if sc.users.Add(-1) == 0 {
		signScratches.p.Put(sc)
	}
}
