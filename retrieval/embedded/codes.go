package embedded

import (
	"runtime"
	"sync"
)

// farSign marks a row a search by signs does not consider.
const farSign = 1<<16 - 1

// signSearch returns the best k rows of allow by dot product with the
// unit vector q in three passes over every vector: the sign distance of
// each from q (see signQuery), then the int8 scores of the cands rows of
// smallest distance (all rows at the cut-off distance included), keeping the best rerankFor(k), then the float scores of
// those. It is the search of an index whose lists do not gather
// neighbours (vectors without clusters): see ivf.cands.
func (t *table) signSearch(q []float32, allow bitset, allowed, k, cands int) []scored {
	spans := t.allSpans()
	first := make([]int, len(spans)+1) // offset of each span in dist
	rows := 0
	for i, s := range spans {
		first[i+1] = first[i] + s.blocks()*signBlock
		rows += s.hi - s.lo
	}
	if allowed == t.live && rows == t.vecLiv {
		// allow is every live row (a subset as large as the set), and
		// every row with a vector is live: no row of the spans to check
		allow = nil
	}
	dist := distanceBuffers.get(first[len(spans)])
	defer distanceBuffers.put(dist)
	sq := newSignQuery(q)
	hists := make([][]int, runtime.GOMAXPROCS(0))
	workers := forSpans(spans, allowed, func(w, i int) {
		if hists[w] == nil {
			hists[w] = make([]int, sq.maxDistance(t.dim)+1)
		}
		t.signSpan(sq, allow, spans[i], dist[first[i]:first[i+1]], hists[w])
	})
	cut := cutOff(hists[:workers], cands)
	qc := make([]int8, t.dim)
	quantize(q, qc)
	r := rerankFor(k)
	heaps := make([]*topK, workers)
	for w := range heaps {
		heaps[w] = newTopK(r)
	}
	forSpans(spans, allowed, func(w, i int) {
		t.scanNear(qc, spans[i], dist[first[i]:first[i+1]], cut, heaps[w])
	})
	return t.rescore(q, merge(r, heaps...), k)
}

// signSpan sets dist[i-s.lo] to the sign distance of row i of the span
// from sq (farSign for a row outside allow; allow nil allows every row)
// and counts the distances in hist; dist has room for the span's whole
// blocks (s.blocks()).
func (t *table) signSpan(sq *signQuery, allow bitset, s span, dist []uint16, hist []int) {
	bk := &t.vs.buckets[s.bucket]
	cols := sq.cols()
	sq.distances(bk.signs[s.lo*cols:(s.lo+s.blocks()*signBlock)*cols], dist)
	if allow == nil {
		for _, d := range dist[:s.hi-s.lo] {
			hist[d]++
		}
		return
	}
	for i := s.lo; i < s.hi; i++ {
		if !allow.has(bk.rows[i]) {
			dist[i-s.lo] = farSign
			continue
		}
		hist[dist[i-s.lo]]++
	}
}

// distanceBuffers keeps the buffers of sign distances between searches: one is
// 2 MB at 1M vectors, and a fresh one each query was work for the
// collector that showed in the tail of the latencies.
var distanceBuffers distancePool

type distancePool struct{ p sync.Pool }

// get returns a buffer of n distances, its content undefined.
func (d *distancePool) get(n int) []uint16 {
	if b, ok := d.p.Get().(*[]uint16); ok && cap(*b) >= n {
		return (*b)[:n]
	}
	return make([]uint16, n)
}

func (d *distancePool) put(b []uint16) { d.p.Put(&b) }

// cutOff returns the smallest distance d such that at least n rows of the
// histograms are at d or nearer (the largest distance when there are
// fewer).
func cutOff(hists [][]int, n int) int {
	dims := 0
	for _, h := range hists {
		dims = max(dims, len(h))
	}
	seen := 0
	for d := range dims {
		for _, h := range hists {
			if d < len(h) {
				seen += h[d]
			}
		}
		if seen >= n {
			return d
		}
	}
	return dims
}

// scanNear offers to h the rows of the span at distance cut or nearer,
// with their int8 scores.
func (t *table) scanNear(qc []int8, s span, dist []uint16, cut int, h *topK) {
	bk := &t.vs.buckets[s.bucket]
	dim := t.dim
	for i := s.lo; i < s.hi; i++ {
		if int(dist[i-s.lo]) <= cut {
			h.push(bk.rows[i], float32(dotInt8(qc, bk.codes[i*dim:(i+1)*dim]))*bk.scales[i])
		}
	}
}

// rescore returns the best k of the candidates by their float scores.
func (t *table) rescore(q []float32, cands []scored, k int) []scored {
	h := newTopK(k)
	for _, c := range cands {
		h.push(c.row, dot(q, t.vec(c.row)))
	}
	return merge(k, h)
}

// forSpans calls f(w, i) for every span i, on several goroutines w when
// there are work vectors or more (see parallelMin), and returns the number
// of goroutines; each goroutine w takes the spans w, w+workers, ….
func forSpans(spans []span, work int, f func(w, i int)) int {
	workers := 1
	if work >= parallelMin && len(spans) > 1 {
		workers = min(runtime.GOMAXPROCS(0), len(spans))
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(spans); i += workers {
				f(w, i)
			}
		})
	}
	wg.Wait()
	return workers
}
