package embedded

import (
	"math"
	"math/bits"
	"runtime"
	"slices"
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
// guess's slack (see guessCut). Its phases run relayed (see relay): the
// search may return while one of its goroutines, descheduled, still reads
// the table, counted in t.lent until it is done.
func (t *table) signSearchSpans(q []float32, allow bitset, spans []span, allowed, k, cands int, slack float64) []scored {
	sq := newSignQuery(q)
	workers := spanWorkers(spans, allowed)
	sc := signScratches.get(len(spans), sq.maxDistance(t.dim), workers)
	defer sc.release()
	rows := 0
	for _, s := range spans {
		rows += s.hi - s.lo
	}
	if allowed == t.live && rows == t.vecLiv {
		// allow is every live row (a subset as large as the set), and
		// every row with a vector is live: no row of the spans to check
		allow = nil
	}
	var lists [][]nearRow
	cut := -1
	if canGuess(spans, cands) {
		lists, cut = t.nearSigns(sq, allow, spans, allowed, cands, slack, sc)
	}
	if cut < 0 {
		lists, cut = t.countedSigns(sq, allow, spans, allowed, cands, sc)
	}
	qc := make([]int8, t.dim)
	quantize(q, qc)
	r := rerankFor(k)
	return t.rescore(q, t.scoreLists(qc, lists, cut, r, sc), k)
}

// nearSigns is the sign pass of signSearchSpans when a guess can be made:
// each goroutine guesses the cut-off from its own share of the sample (so
// that the pass follows without waiting for the other's), then the runs of
// spans are relayed, each goroutine listing the rows at its guess or
// nearer in its own list. It returns the rows listed (one list per run)
// and the cut-off for cands rows, or -1 when the caller's guess could not
// be made or the guesses kept fewer than cands rows.
func (t *table) nearSigns(sq *signQuery, allow bitset, spans []span, allowed, cands int, slack float64, sc *signScratch) ([][]nearRow, int) {
	workers := len(sc.lists)
	// runs of spans taken at a time: the signs of consecutive spans
	// follow each other in memory (see withRoom), read faster as one run,
	// and a run run twice (see relay) is a small share of the pass
	run := max(1, len(spans)/(16*workers))
	runs := (len(spans) + run - 1) / run
	sc.pass.reset(runs)
	sc.segs(runs)
	t.relayed(sc, &sc.pass, func(w int) bool {
		sc.guesses[w] = t.guessCut(sq, allow, allowed, spans, w, workers, cands, slack, sc.hists[w])
		return sc.guesses[w] >= 0
	}, func(w, i int) bool {
		lo := len(sc.lists[w])
		for j := i * run; j < min((i+1)*run, len(spans)); j++ {
			if sc.pass.finished(i) {
				sc.lists[w] = sc.lists[w][:lo]
				return false
			}
			s := spans[j]
			d, m := sc.dist[w][:s.blocks()*signBlock], sc.near[w][:s.blocks()]
			t.signSpan(sq, allow, s, d, m, sc.guesses[w], nil)
			sc.lists[w] = t.collectNear(s, d, m, sc.lists[w])
		}
		sc.seg[w][i] = sc.lists[w][lo:]
		return true
	})
	if sc.guesses[0] < 0 { // the caller could not guess
		return nil, -1
	}
	lists := sc.runLists[:0]
	guess := farSign
	for i := range runs {
		w := sc.pass.winner(i)
		lists = append(lists, sc.seg[w][i])
		guess = min(guess, sc.guesses[w])
	}
	sc.runLists = lists
	// every row at the smallest guess or nearer is listed
	return lists, nearestCut(lists, guess, cands, sc.hists[0])
}

// countedSigns is the sign pass of signSearchSpans without a guess: the
// distance of every row, then the cut-off for cands rows counted from
// them (exactCut), the rows at it or nearer listed.
func (t *table) countedSigns(sq *signQuery, allow bitset, spans []span, allowed, cands int, sc *signScratch) ([][]nearRow, int) {
	first := sc.first // offset of each span in the distances
	for i, s := range spans {
		first[i+1] = first[i] + s.blocks()*signBlock
	}
	sc.distances(first[len(spans)])
	forSpans(spans, allowed, func(_, i int) {
		s, d, m := spans[i], sc.all[first[i]:first[i+1]], sc.allNear[first[i]/signBlock:first[i+1]/signBlock]
		t.signSpan(sq, allow, s, d, m, 0, nil)
	})
	lists := make([][]nearRow, spanWorkers(spans, allowed))
	cut := t.exactCut(spans, first, sc.all, sc.allNear, lists, sq.maxDistance(t.dim), allowed, cands)
	return lists, cut
}

// canGuess reports whether guessCut can guess the cut-off for cands rows
// of spans: whether their sample, all of its rows allowed, holds guessMin
// rows or more within it. A filter may leave fewer; then the search counts
// every distance after the pass (countedSigns) instead of guessing.
func canGuess(spans []span, cands int) bool {
	rows, sample := 0, 0
	for _, s := range spans {
		rows += s.hi - s.lo
	}
	stride := sampleStride(spans, cands)
	for i := 0; i < len(spans); i += stride {
		sample += min(spans[i].hi-spans[i].lo, signSample)
	}
	return float64(cands)*float64(sample)/float64(max(rows, 1)) >= guessMin
}

// scoreChunk is the number of listed rows an item of scoreLists holds.
const scoreChunk = 512

// scoreLists scores the rows of lists at distance cut or nearer in int8
// and returns the best r of them; the goroutines take the lists in chunks
// of scoreChunk rows relayed (see relay), so that the rows are shared
// whichever goroutine listed them and none waits for a descheduled one.
func (t *table) scoreLists(qc []int8, lists [][]nearRow, cut, r int, sc *signScratch) []scored {
	type chunk struct{ list, lo, hi int }
	var chunks []chunk
	for l, list := range lists {
		for lo := 0; lo < len(list); lo += scoreChunk {
			chunks = append(chunks, chunk{l, lo, min(lo+scoreChunk, len(list))})
		}
	}
	sc.score.reset(len(chunks))
	sc.tops(len(chunks), r)
	t.relayed(sc, &sc.score, nil, func(w, i int) bool {
		c := chunks[i]
		h := sc.heaps[w]
		h.items = h.items[:0]
		if !t.scoreNear(qc, lists[c.list][c.lo:c.hi], cut, h, sc, w, func() bool { return sc.score.finished(i) }) {
			return false
		}
		lo := len(sc.best[w])
		sc.best[w] = append(sc.best[w], h.items...)
		sc.top[w][i] = sc.best[w][lo:]
		return true
	})
	h := newTopK(r)
	for i := range chunks {
		for _, s := range sc.top[sc.score.winner(i)][i] {
			h.push(s.row, s.score)
		}
	}
	return merge(r, h)
}

// relayed runs the items of r on the goroutines of sc (len(sc.lists)), the
// caller being goroutine 0: each calls start (unless nil), then, if it
// returned true, does its share of the items (relay.work). It returns when
// every item is finished, or at once when start returned false for the
// caller; the other goroutines then finish on their own, holding sc and
// counted in t.lent until they do.
func (t *table) relayed(sc *signScratch, r *relay, start func(w int) bool, do func(w, i int) bool) {
	work := func(w int) {
		if start == nil || start(w) {
			r.work(w, do)
		}
	}
	for w := 1; w < len(sc.lists); w++ {
		sc.users.Add(1)
		t.lent.Add(1)
		go func() {
			defer t.lent.Done()
			defer sc.release()
			if relayStall != nil {
				relayStall(w)
			}
			work(w)
		}()
	}
	work(0)
}

// relayStall, when set (by tests), is called by each goroutine a search
// starts before it works: a test blocks it there, as a descheduled thread.
var relayStall func(w int)

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
// their int8 scores, as goroutine w of the search of sc (the rows kept in
// its buffer, list being shared); it gives up, returning false, as soon as
// quit reports true (another goroutine scored the same rows).
func (t *table) scoreNear(qc []int8, list []nearRow, cut int, h *topK, sc *signScratch, w int, quit func() bool) bool {
	keep := sc.pick[w][:0]
	for _, r := range list {
		if int(r.dist) <= cut {
			keep = append(keep, r)
		}
	}
	sc.pick[w] = keep
	n := len(keep)
	dim := t.dim
	ask := func(r nearRow) {
		bk := &t.vs.buckets[r.bucket]
		prefetchCode(bk.codes[int(r.pos)*dim:int(r.pos+1)*dim], &bk.scales[r.pos])
	}
	for _, r := range keep[:min(prefetchAhead, n)] {
		ask(r)
	}
	for i, r := range keep {
		if i%64 == 63 && quit() {
			return false
		}
		if i+prefetchAhead < n {
			ask(keep[i+prefetchAhead])
		}
		bk := &t.vs.buckets[r.bucket]
		score := float32(dotInt8(qc, bk.codes[int(r.pos)*dim:int(r.pos+1)*dim])) * bk.scales[r.pos]
		if h.admits(score) {
			// the row is read for the few rows the heap may keep: a
			// line from memory fewer for the others
			h.push(bk.rows[r.pos], score)
		}
	}
	return true
}

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
