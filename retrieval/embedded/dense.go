package embedded

import (
	"math"
	"runtime"
)

// parallelMin is the number of vectors worth scanning on several cores.
const parallelMin = 8192

// denseSearch returns the best k rows of allow (live rows, possibly
// filtered, allowed rows in all) by dot product with the unit vector q.
// With an IVF index, a filter that keeps a fraction f of the vectors makes
// the search probe nprobe/f lists, so that about as many allowed rows are
// scored as without a filter; when that would score more than half the
// allowed rows, an exact scan of them is cheaper and exact. An index
// calibrated to search by signs (ivf.signShare) does so unless nprobe is
// set.
func (t *table) denseSearch(q []float32, allow bitset, allowed, k, nprobe int) []scored {
	if x := t.ann; x != nil && t.vecLiv > 0 {
		if nprobe == 0 && x.signShare > 0 {
			return t.bySigns(q, allow, allowed, k, x.signShare)
		}
		if nprobe == 0 {
			nprobe = defaultProbes(x.nlist())
		}
		probes := min(x.nlist(), (nprobe*t.vecLiv+allowed-1)/max(allowed, 1))
		if scan := probes * t.vecLiv / x.nlist(); scan < allowed/2 {
			return t.ivfSearch(q, allow, allowed, k, probes)
		}
	}
	return t.exactSearch(q, allow, allowed, k)
}

// bySigns re-scores share of the allowed rows, those whose signs are
// nearest q's (signSearch); when that is half of them or more, it scores
// the int8 codes of every allowed row instead.
func (t *table) bySigns(q []float32, allow bitset, allowed, k int, share float64) []scored {
	cands := max(int(math.Ceil(share*float64(allowed))), 4*rerankFor(k))
	if cands >= allowed/2 {
		return t.scanCodeSpans(q, allow, t.allSpans(), allowed, k)
	}
	return t.signSearch(q, allow, allowed, k, cands)
}

// exactSearch scans every vector of the rows of allow.
func (t *table) exactSearch(q []float32, allow bitset, allowed, k int) []scored {
	return t.scan(q, allow, k, t.allSpans(), allowed)
}

// defaultProbes is the number of lists a search scans first by default:
// an eighth of them, at least 16, so about an eighth of the vectors (125,000
// of a million: 6 MB of signs, or 48 MB of int8 codes without a probed
// share) are scanned. On clustered vectors that gives a recall@10 of about
// 0.98 at a million (BenchmarkDenseSearch).
func defaultProbes(nlist int) int { return max(16, nlist/8) }

// span is a run of vectors of one bucket; lo is a multiple of signBlock
// (parallelMin is), so a span's signs are whole blocks.
type span struct{ bucket, lo, hi int }

// blocks returns the number of blocks of signs the span's vectors take.
func (s span) blocks() int { return blocksFor(s.hi - s.lo) }

// allSpans cuts every bucket into spans of at most parallelMin vectors,
// counted first: grown by append, the 2,000 spans of a million vectors
// took about 150 KB of new memory a search instead of 48.
func (t *table) allSpans() []span {
	n := 0
	for _, bk := range t.vs.buckets {
		n += (len(bk.rows) + parallelMin - 1) / parallelMin
	}
	out := make([]span, 0, n)
	for b, bk := range t.vs.buckets {
		for lo := 0; lo < len(bk.rows); lo += parallelMin {
			out = append(out, span{b, lo, min(lo+parallelMin, len(bk.rows))})
		}
	}
	return out
}

// scan scores the rows of allow in spans, on several cores when there are
// work vectors or more, and returns the best k.
func (t *table) scan(q []float32, allow bitset, k int, spans []span, work int) []scored {
	heaps := make([]*topK, runtime.GOMAXPROCS(0))
	workers := forSpans(spans, work, func(w, i int) {
		if heaps[w] == nil {
			heaps[w] = newTopK(k)
		}
		t.scanSpan(q, allow, spans[i], heaps[w])
	})
	return merge(k, heaps[:workers]...)
}

// scanSpan offers the allowed rows of one span to h, reading the vectors
// in memory order.
func (t *table) scanSpan(q []float32, allow bitset, s span, h *topK) {
	bk := &t.vs.buckets[s.bucket]
	dim := t.dim
	for i := s.lo; i < s.hi; i++ {
		r := bk.rows[i]
		if allow.has(r) {
			h.push(r, dot(q, bk.vecs[i*dim:(i+1)*dim]))
		}
	}
}

// ivfSearch scans the nprobe lists nearest q, then more lists, nearest
// first, until k rows of allow (allowed rows in all) are found or every
// list was scanned.
func (t *table) ivfSearch(q []float32, allow bitset, allowed, k, nprobe int) []scored {
	order := t.ann.probeOrder(q, nprobe)
	var found []scored
	for done := 0; done < len(order); {
		n := min(len(order), max(nprobe, 2*done))
		found = mergeScored(k, found, t.scanLists(q, allow, allowed, order[done:n], k))
		done = n
		if len(found) >= k {
			return found
		}
		if n == nprobe && n < t.ann.nlist() {
			order = t.ann.probeOrder(q, t.ann.nlist())
		}
	}
	return found
}

// scanLists scores the allowed rows of the given IVF lists (allowed rows
// of allow in the whole table) in two passes: the int8 codes of every row,
// keeping the best rerankFor(k), then the float vectors of those only; an
// index calibrated to (ivf.probeShare) first ranks the rows by their signs
// and reads the int8 codes of that share of them only (signSearch).
func (t *table) scanLists(q []float32, allow bitset, allowed int, lists []int32, k int) []scored {
	spans := make([]span, 0, len(lists))
	work := 0
	for _, l := range lists {
		n := len(t.vs.buckets[l+1].rows)
		for lo := 0; lo < n; lo += parallelMin {
			spans = append(spans, span{int(l) + 1, lo, min(lo+parallelMin, n)})
		}
		work += n
	}
	if share := t.ann.probeShare; share > 0 {
		inLists := work
		if allowed != t.live || t.vs.stored() != t.vecLiv {
			// a filter, or dead rows in the lists: count the allowed ones
			inLists = 0
			for _, s := range spans {
				bk := &t.vs.buckets[s.bucket]
				for _, r := range bk.rows[s.lo:s.hi] {
					if allow.has(r) {
						inLists++
					}
				}
			}
		}
		if cands := max(int(math.Ceil(share*float64(inLists))), 4*rerankFor(k)); cands < inLists/2 {
			return t.signSearchSpans(q, allow, spans, inLists, k, cands, guessSlack)
		}
	}
	return t.scanCodeSpans(q, allow, spans, work, k)
}

// scanCodeSpans scores the allowed rows of spans as scanLists does.
func (t *table) scanCodeSpans(q []float32, allow bitset, spans []span, work, k int) []scored {
	qc := make([]int8, t.dim)
	quantize(q, qc)
	r := rerankFor(k)
	heaps := make([]*topK, runtime.GOMAXPROCS(0))
	workers := forSpans(spans, work, func(w, i int) {
		if heaps[w] == nil {
			heaps[w] = newTopK(r)
		}
		t.scanCodes(qc, allow, spans[i], heaps[w])
	})
	return t.rescore(q, merge(r, heaps[:workers]...), k)
}

// rerankFor is the number of candidates of the int8 pass re-scored exactly
// for k results.
func rerankFor(k int) int { return max(4*k, 40) }

// scanCodes offers the allowed rows of one span to h with their int8
// scores (proportional to the dot product: the query's factor is left out).
func (t *table) scanCodes(qc []int8, allow bitset, s span, h *topK) {
	bk := &t.vs.buckets[s.bucket]
	dim := t.dim
	for i := s.lo; i < s.hi; i++ {
		r := bk.rows[i]
		if allow.has(r) {
			h.push(r, float32(dotInt8(qc, bk.codes[i*dim:(i+1)*dim]))*bk.scales[i])
		}
	}
}

// mergeScored merges two result lists of distinct rows.
func mergeScored(k int, a, b []scored) []scored {
	h := newTopK(k)
	for _, s := range a {
		h.push(s.row, s.score)
	}
	for _, s := range b {
		h.push(s.row, s.score)
	}
	return merge(k, h)
}

// probeOrder returns the n lists whose centroids are nearest q, nearest
// first.
func (x *ivf) probeOrder(q []float32, n int) []int32 {
	h := newTopK(n)
	for l := 0; l < x.nlist(); l++ {
		h.push(int32(l), dot(q, x.cent[l*x.dim:(l+1)*x.dim]))
	}
	best := merge(n, h)
	out := make([]int32, len(best))
	for i, s := range best {
		out[i] = s.row
	}
	return out
}
