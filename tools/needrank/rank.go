package needrank

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
)

// Window is the candidates of a need search, newest first (candidate 0
// the newest). Its methods may be called from several goroutines at
// once.
type Window interface {
	// Len returns the number of candidates.
	Len() int
	// Row returns the retrieval.QuantizeInt8 encoding of candidate k
	// when it has a vector of the need's dimension (4 + len(need)
	// bytes), in buf (of that length) or in memory of its own that stays
	// unchanged during Rank; nil when it has none or one of another
	// dimension, which Other scores.
	Row(k int, buf []byte) ([]byte, error)
	// Other returns whether candidate k, whose Row is nil, has a vector,
	// and retrieval.DotInt8 of the need with it.
	Other(k int) (has bool, sim float32, err error)
}

// chunk is the number of candidates Rank's goroutines take at a time:
// enough that taking one costs nothing beside scoring it, few enough
// that a goroutine the system leaves waiting holds back little of the
// window (the others take the rest).
const chunk = 4096

// Rank returns the indexes of the limit best candidates of w as
// tools.AdQuery.Need orders them (tools.NeedOrder on the
// retrieval.DotInt8 scores, ties newest first), best first: the same as
// scoring every candidate with DotInt8. The candidates are scored by
// the caller and up to runtime.GOMAXPROCS-1 more goroutines, a chunk at a
// time, each taking the next chunk left. The first error of w is
// returned.
func Rank(w Window, need []float32, limit int) ([]int, error) {
	out, _, err := rank(w, need, limit)
	return out, err
}

// rank is Rank, and tells how many rows it scored twice.
func rank(w Window, need []float32, limit int) ([]int, int, error) {
	n, q := w.Len(), newNeed(need)
	if limit <= 0 || n == 0 {
		return nil, 0, nil
	}
	sc := scoresPool.Get().(*scores)
	defer scoresPool.Put(sc)
	sc.est, sc.bound, sc.has = resize(sc.est, n), resize(sc.bound, n), resize(sc.has, n)
	chunks := (n + chunk - 1) / chunk
	workers := min(runtime.GOMAXPROCS(0), chunks)
	errs := make([]error, workers)
	var taken atomic.Int64
	work := func(p int) {
		bufs := rowBuffers(len(q.f))
		for {
			c := int(taken.Add(1)) - 1
			if c >= chunks {
				return
			}
			if errs[p] = sc.estimate(w, &q, c*chunk, min(n, (c+1)*chunk), &bufs); errs[p] != nil {
				return
			}
		}
	}
	var wg sync.WaitGroup
	for p := 1; p < workers; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(p)
		}()
	}
	work(0)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, 0, err
		}
	}
	return sc.rank(w, need, limit)
}

// scoresPool keeps the scores of past searches for the next ones: a
// window's take 1.3 MB, which a search would otherwise allocate, and the
// collector reclaim, every time (its cycles run beside searches and
// lengthen their slowest).
var scoresPool = sync.Pool{New: func() any { return new(scores) }}

// resize returns s with length n, reusing its memory when it can; the
// values are left as they were.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// scores holds, per candidate, its estimated score and how far its
// DotInt8 score may lie from it (0: exact), and whether it has a vector.
type scores struct {
	est, bound []float64
	has        []bool
	lows       []float64 // rank's buffer
}

// rowBuffers returns the buffers estimate lends Window.Row, for rows
// of dimension dim.
func rowBuffers(dim int) (bufs [2][4][]byte) {
	for i := range bufs {
		for j := range bufs[i] {
			bufs[i][j] = make([]byte, 4+dim)
		}
	}
	return bufs
}

// estimate scores the candidates lo to hi, the rows four at a time: a
// quad is scored once the next one is gathered, whose rows the kernel
// prefetches meanwhile. bufs are rowBuffers.
func (sc *scores) estimate(w Window, q *need, lo, hi int, bufs *[2][4][]byte) error {
	var quads [2][4]int    // the candidates of the quad scored next, and of the one gathered
	var rows [2][4][]byte  // their rows
	var codes [2][4][]byte // the rows' codes
	var sums [4]int64
	cur, n, pending := 0, 0, false // the quad gathered, its rows, whether the other one awaits scoring
	score := func(p int, next *[4][]byte) {
		dotCodes4(q.codes, &codes[p], next, &sums)
		for j, k := range quads[p] {
			sc.has[k] = true
			sc.est[k], sc.bound[k] = q.estimate(rows[p][j], sums[j])
		}
	}
	for k := lo; k < hi; k++ {
		row, err := w.Row(k, bufs[cur][n])
		if err != nil {
			return err
		}
		if len(row) != 4+len(q.f) || len(q.f) == 0 {
			has, sim, err := w.Other(k)
			if err != nil {
				return err
			}
			sc.has[k], sc.est[k], sc.bound[k] = has, float64(sim), 0
			continue
		}
		quads[cur][n], rows[cur][n], codes[cur][n] = k, row, row[4:]
		if n++; n == 4 {
			if pending {
				score(1-cur, &codes[cur])
			}
			cur, n, pending = 1-cur, 0, true
		}
	}
	if pending {
		score(1-cur, &codes[1-cur])
	}
	for j, k := range quads[cur][:n] {
		sc.has[k] = true
		sc.est[k], sc.bound[k] = q.estimate(rows[cur][j], dotCodes(q.codes, codes[cur][j]))
	}
	return nil
}

// candidate is one scored exactly by rank.
type candidate struct {
	k   int
	sim float32
}

// rank keeps the candidates that can be among the limit best (every one
// whose upper bound reaches the limit-th best lower bound), scores them
// with DotInt8, and sorts them; candidates without a vector fill up the
// rest, newest first. It returns them and the number of rows it scored
// again.
func (sc *scores) rank(w Window, need []float32, limit int) ([]int, int, error) {
	lows := sc.lows[:0]
	for k, has := range sc.has {
		if low := sc.est[k] - sc.bound[k]; has && !math.IsNaN(low) {
			lows = append(lows, low)
		}
	}
	sc.lows = lows
	floor := math.Inf(-1)
	if len(lows) > limit {
		floor = nthLargest(lows, limit)
	}
	var keep []candidate
	var buf []byte
	again := 0
	for k, has := range sc.has {
		if !has || sc.est[k]+sc.bound[k] < floor {
			continue
		}
		sim := float32(sc.est[k])
		if sc.bound[k] != 0 {
			buf = slices.Grow(buf[:0], 4+len(need))[:4+len(need)]
			row, err := w.Row(k, buf)
			if err != nil {
				return nil, 0, err
			}
			sim, again = retrieval.DotInt8(need, row), again+1
		}
		keep = append(keep, candidate{k, sim})
	}
	slices.SortFunc(keep, func(a, b candidate) int {
		return cmp.Or(tools.NeedOrder(true, a.sim, true, b.sim), cmp.Compare(a.k, b.k))
	})
	out := make([]int, 0, min(limit, len(sc.has)))
	for _, c := range keep[:min(limit, len(keep))] {
		out = append(out, c.k)
	}
	for k, has := range sc.has {
		if len(out) == limit {
			break
		}
		if !has {
			out = append(out, k)
		}
	}
	return out, again, nil
}
