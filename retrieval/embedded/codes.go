package embedded

import (
	"math"
	"math/bits"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// farSign marks a row a search by signs does not consider.
const farSign = 1<<16 - 1

// signSearch returns the best k rows of allow by dot product with the
// unit vector q in three passes: the sign distance of every row from q
// (see signQuery), then the int8 scores of the cands rows of smallest
// distance (all rows at the cut-off distance included), keeping the best
// rerankFor(k), then the float scores of those. It is the search of an
// index whose lists do not gather neighbours (vectors without clusters),
// and of the probed lists of one whose lists do: see calibrate.
//
// The cut-off is guessed before the pass (guessCut), so that the pass
// marks the rows at the guess or nearer (the kernel's masks) and the
// re-scoring visits those only, the exact cut-off taken among them; only
// when the guess keeps fewer than cands rows, or cannot be made, is the
// cut-off counted from the distances of every row. Either way the rows
// re-scored are those at the exact cut-off or nearer.
func (t *table) signSearch(q []float32, allow bitset, allowed, k, cands int) []scored {
	return t.signSearchSpans(q, allow, t.allSpans(), allowed, k, cands, guessSlack)
}

// signSearchSpans is signSearch over the rows of spans alone (allowed: the
// number of rows of allow they hold, or an estimate of it), with the
// guess's slack (see guessCut).
func (t *table) signSearchSpans(q []float32, allow bitset, spans []span, allowed, k, cands int, slack float64) []scored {
	sq := newSignQuery(q)
	sc := signScratches.get(len(spans), sq.maxDistance(t.dim), runtime.GOMAXPROCS(0))
	defer signScratches.put(sc)
	first := sc.first // offset of each span in the distances
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
	sc.distances(first[len(spans)])
	dist, near := sc.dist, sc.near
	workers := spanWorkers(spans, allowed)
	guesses := make([]int, workers)
	// runs of spans taken at a time: the signs of consecutive spans
	// follow each other in memory (see withRoom), read faster as one run,
	// and the last run taken is a small share of the pass
	run := int64(max(1, len(spans)/(16*workers)))
	var next atomic.Int64
	parallel(workers, func(w int) {
		// each goroutine guesses from its own share of the spans, so that
		// the pass follows without waiting for the other's sample, then
		// takes runs of spans in turn (see forSpans)
		guess := t.guessCut(sq, allow, allowed, spans, w, workers, cands, slack, sc.hists[w])
		for lo := int(next.Add(run) - run); lo < len(spans); lo = int(next.Add(run) - run) {
			for i := lo; i < min(lo+int(run), len(spans)); i++ {
				s, d, m := spans[i], dist[first[i]:first[i+1]], near[first[i]/signBlock:first[i+1]/signBlock]
				t.signSpan(sq, allow, s, d, m, max(guess, 0), nil)
				if guess >= 0 {
					sc.lists[w] = t.collectNear(s, d, m, sc.lists[w])
				}
			}
		}
		guesses[w] = guess
	})
	lists := sc.lists[:workers]
	// every row at the smallest guess or nearer is listed
	cut := -1
	if guess := slices.Min(guesses); guess >= 0 {
		cut = nearestCut(lists, guess, cands, sc.hists[0])
	}
	if cut < 0 {
		cut = t.exactCut(spans, first, dist, near, lists, sq.maxDistance(t.dim), allowed, cands)
	}
	qc := make([]int8, t.dim)
	quantize(q, qc)
	r := rerankFor(k)
	return t.rescore(q, merge(r, t.scoreLists(qc, lists, cut, r)...), k)
}

// scoreChunk is the number of listed rows a goroutine of scoreLists takes
// at a time.
const scoreChunk = 1024

// scoreLists scores the rows of lists at distance cut or nearer in int8
// and returns the best r of them, in one heap per goroutine; the
// goroutines take the lists in chunks of scoreChunk rows in turn, so that
// the rows are shared whichever goroutine listed them.
func (t *table) scoreLists(qc []int8, lists [][]nearRow, cut, r int) []*topK {
	type chunk struct{ list, lo, hi int }
	var chunks []chunk
	for l, list := range lists {
		for lo := 0; lo < len(list); lo += scoreChunk {
			chunks = append(chunks, chunk{l, lo, min(lo+scoreChunk, len(list))})
		}
	}
	heaps := make([]*topK, min(len(lists), max(len(chunks), 1)))
	var next atomic.Int64
	parallel(len(heaps), func(w int) {
		heaps[w] = newTopK(r)
		for i := int(next.Add(1) - 1); i < len(chunks); i = int(next.Add(1) - 1) {
			c := chunks[i]
			t.scoreNear(qc, lists[c.list][c.lo:c.hi], cut, heaps[w])
		}
	})
	return heaps
}

// Guessing the cut-off: signSample rows of every span (its first block,
// a sixteenth of the rows at a million vectors, from every list) are
// measured before the pass; the guess is the distance within which the
// sample holds its share of cands times guessSlack, plus guessSigmas
// standard deviations of that count (binomial), so that a guess keeps
// fewer than cands rows (and the search counts every distance) about
// never. A guess keeping more only costs the rows it marks in excess, not
// re-scorings. Under guessMin expected rows in the sample (a small index,
// or a narrow filter), no guess is made. Where every span's first block
// would hold more than guessWant expected rows (random vectors at a
// million: about 550), only every few spans are sampled: the first blocks
// of all 2,000 lists are 3 MB read apart from the pass, and with
// guessWant rows the guess's four standard deviations are a third of the
// count: a few more rows marked, none more re-scored.
const (
	signSample  = signBlock
	guessSlack  = 1.1
	guessSigmas = 4
	guessMin    = 32
	guessWant   = 128
)

// sampleStride returns how many spans apart guessCut samples them.
func sampleStride(spans []span, cands int) int {
	rows, sample := 0, 0
	for _, s := range spans {
		rows += s.hi - s.lo
		sample += min(s.hi-s.lo, signSample)
	}
	return max(1, cands*sample/max(rows, 1)/guessWant)
}

// guessCut returns the guessed cut-off for the share of cands rows of
// allowed that spans w·stride, (w+workers)·stride, … should hold (stride
// from sampleStride), or -1 when their sample is too small to guess; it
// measures the first block of each of those spans into buffers of its
// own, the spans being measured meanwhile by whichever goroutine takes
// them, and counts their distances in hist (sq.maxDistance+1 counts,
// cleared here).
func (t *table) guessCut(sq *signQuery, allow bitset, allowed int, spans []span, w, workers, cands int, slack float64, hist []int) int {
	clear(hist)
	var dist [signSample]uint16
	var near [signSample / signBlock]uint32
	stride := sampleStride(spans, cands)
	for i := w * stride; i < len(spans); i += workers * stride {
		s := spans[i]
		s.hi = min(s.hi, s.lo+signSample)
		t.signSpan(sq, allow, s, dist[:], near[:], 0, hist)
	}
	sampled := 0
	for _, c := range hist {
		sampled += c
	}
	want := float64(cands) * float64(sampled) / float64(max(allowed, 1))
	if want < guessMin {
		return -1
	}
	return cutOff([][]int{hist}, int(math.Ceil(slack*want+guessSigmas*math.Sqrt(want))))
}

// exactCut returns the cut-off for cands rows counted from the distances
// of every row, and lists again the rows at it or nearer (their masks set
// from dist), each in the list of the goroutine of forSpans that took its
// span.
func (t *table) exactCut(spans []span, first []int, dist []uint16, near []uint32, lists [][]nearRow, maxDist, allowed, cands int) int {
	hists := make([][]int, len(lists))
	forSpans(spans, allowed, func(w, i int) {
		if hists[w] == nil {
			hists[w] = make([]int, maxDist+1)
		}
		for _, d := range dist[first[i] : first[i]+spans[i].hi-spans[i].lo] {
			if d != farSign {
				hists[w][d]++
			}
		}
	})
	cut := cutOff(hists, cands)
	for w := range lists {
		lists[w] = lists[w][:0]
	}
	forSpans(spans, allowed, func(w, i int) {
		d, m := dist[first[i]:first[i+1]], near[first[i]/signBlock:first[i+1]/signBlock]
		clear(m)
		for j, x := range d[:spans[i].hi-spans[i].lo] {
			if int(x) <= cut && x != farSign {
				m[j/signBlock] |= 1 << (j % signBlock)
			}
		}
		lists[w] = t.collectNear(spans[i], d, m, lists[w])
	})
	return cut
}

// signSpan sets dist[i-s.lo] to the sign distance of row i of the span
// from sq (farSign for a row outside allow; allow nil allows every row),
// near to the masks of the rows at cut or nearer (see distancesGeneric;
// no bit for a row outside allow or past the span's end), and counts the
// distances in hist (unless nil); dist and near have room for the span's
// whole blocks (s.blocks()).
func (t *table) signSpan(sq *signQuery, allow bitset, s span, dist []uint16, near []uint32, cut int, hist []int) {
	bk := &t.vs.buckets[s.bucket]
	cols := sq.cols()
	nb := s.blocks()
	sq.distances(bk.signs[s.lo*cols:(s.lo+nb*signBlock)*cols], dist[:nb*signBlock], near[:nb], cut)
	n := s.hi - s.lo
	if tail := n % signBlock; tail != 0 {
		near[nb-1] &= 1<<tail - 1
	}
	if allow != nil {
		for i := s.lo; i < s.hi; i++ {
			if !allow.has(bk.rows[i]) {
				dist[i-s.lo] = farSign
				near[(i-s.lo)/signBlock] &^= 1 << ((i - s.lo) % signBlock)
			}
		}
	}
	if hist != nil {
		for _, d := range dist[:n] {
			if d != farSign {
				hist[d]++
			}
		}
	}
}

// nearRow is a row a search by signs may re-score: its place in the
// table's buckets and its sign distance.
type nearRow struct {
	bucket, pos int32
	dist        uint16
}

// collectNear appends to out the rows of span s whose bits are set in
// near, with their distances from dist.
func (t *table) collectNear(s span, dist []uint16, near []uint32, out []nearRow) []nearRow {
	for b, m := range near {
		for m != 0 {
			j := bits.TrailingZeros32(m)
			m &= m - 1
			i := b*signBlock + j
			out = append(out, nearRow{int32(s.bucket), int32(s.lo + i), dist[i]})
		}
	}
	return out
}

// nearestCut returns the smallest distance within which n rows of lists
// are, every row at distance guess or nearer being listed, or -1 when
// fewer than n are within guess; it counts them in buf's memory (grown
// when short).
func nearestCut(lists [][]nearRow, guess, n int, buf []int) int {
	hist := slices.Grow(buf[:0], guess+1)[:guess+1]
	clear(hist)
	for _, l := range lists {
		for _, r := range l {
			if int(r.dist) <= guess {
				hist[r.dist]++
			}
		}
	}
	if cut := cutOff([][]int{hist}, n); cut <= guess {
		return cut
	}
	return -1
}

// prefetchAhead is how many rows ahead scoreNear asks for the code it
// will read (prefetchCode): enough to overlap the waits for memory of a
// few rows, few enough that the rows stay in the caches until read.
const prefetchAhead = 8

// scoreNear offers to h the rows of list at distance cut or nearer, with
// their int8 scores.
func (t *table) scoreNear(qc []int8, list []nearRow, cut int, h *topK) {
	n := 0
	for _, r := range list {
		if int(r.dist) <= cut {
			list[n] = r
			n++
		}
	}
	list = list[:n]
	dim := t.dim
	ask := func(r nearRow) {
		bk := &t.vs.buckets[r.bucket]
		prefetchCode(bk.codes[int(r.pos)*dim:int(r.pos+1)*dim], &bk.scales[r.pos])
	}
	for _, r := range list[:min(prefetchAhead, n)] {
		ask(r)
	}
	for i, r := range list {
		if i+prefetchAhead < n {
			ask(list[i+prefetchAhead])
		}
		bk := &t.vs.buckets[r.bucket]
		score := float32(dotInt8(qc, bk.codes[int(r.pos)*dim:int(r.pos+1)*dim])) * bk.scales[r.pos]
		if h.admits(score) {
			// the row is read for the few rows the heap may keep: a
			// line from memory fewer for the others
			h.push(bk.rows[r.pos], score)
		}
	}
}

// signScratches keeps the buffers of a search by signs between searches:
// the distances are 2 MB at 1M vectors, and a fresh buffer each query was
// work for the collector that showed in the tail of the latencies; the
// histograms of the distances (46 KB a goroutine at 384 dimensions) and
// the spans' offsets, fresh each query, were 110 KB of new memory a
// search (page faults, since the collector seldom runs at a few GB of
// vectors).
var signScratches scratchPool

type signScratch struct {
	first []int // offset of each span in dist, and the end
	dist  []uint16
	near  []uint32
	hists [][]int     // one histogram of the distances per worker
	lists [][]nearRow // the rows to re-score, one list per worker
}

type scratchPool struct{ p sync.Pool }

// get returns buffers for spans spans (first, zeroed at 0), workers
// lists, empty, and workers histograms of maxDist+1 counts, undefined;
// distances sizes dist and near.
func (p *scratchPool) get(spans, maxDist, workers int) *signScratch {
	sc, _ := p.p.Get().(*signScratch)
	if sc == nil {
		sc = &signScratch{}
	}
	sc.first = slices.Grow(sc.first[:0], spans+1)[:spans+1]
	sc.first[0] = 0
	for len(sc.lists) < workers {
		sc.lists = append(sc.lists, nil)
	}
	for w := range sc.lists {
		sc.lists[w] = sc.lists[w][:0]
	}
	for len(sc.hists) < workers {
		sc.hists = append(sc.hists, nil)
	}
	for w, h := range sc.hists {
		sc.hists[w] = slices.Grow(h[:0], maxDist+1)[:maxDist+1]
	}
	return sc
}

// distances sizes dist and near for n distances (whole blocks), their
// contents undefined.
func (sc *signScratch) distances(n int) {
	if cap(sc.dist) < n {
		sc.dist, sc.near = make([]uint16, n), make([]uint32, n/signBlock)
	}
	sc.dist, sc.near = sc.dist[:n], sc.near[:n/signBlock]
}

func (p *scratchPool) put(sc *signScratch) { p.p.Put(sc) }

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

// rescore returns the best k of the candidates by their float scores.
func (t *table) rescore(q []float32, cands []scored, k int) []scored {
	h := newTopK(k)
	for _, c := range cands {
		h.push(c.row, dot(q, t.vec(c.row)))
	}
	return merge(k, h)
}

// spanWorkers returns the number of goroutines forSpans scans spans on.
func spanWorkers(spans []span, work int) int {
	if work >= parallelMin && len(spans) > 1 {
		return min(runtime.GOMAXPROCS(0), len(spans))
	}
	return 1
}

// forSpans calls f(w, i) for every span i, on several goroutines w when
// there are work vectors or more (see parallelMin), and returns the number
// of goroutines. The goroutines take the spans in turn, each the next one
// when done with its last, rather than a fixed share each: on a machine
// shared with other processes, a goroutine whose core is taken then does
// less of the work instead of holding up the search.
func forSpans(spans []span, work int, f func(w, i int)) int {
	workers := spanWorkers(spans, work)
	var next atomic.Int64
	parallel(workers, func(w int) {
		for i := int(next.Add(1) - 1); i < len(spans); i = int(next.Add(1) - 1) {
			f(w, i)
		}
	})
	return workers
}
