package postgres

import (
	"bytes"
	"cmp"
	"slices"
)

// mirrorSeg is a run of the ads the mirror holds, laid out newest first
// (day descending, then ID ascending, as the table's job_ads_newest
// index), every field in a slice of its own by position: a need search's
// window is then a walk forward through the keys and the rows, which
// the processor streams, where rows in seq order would be read from all
// over the heap (the ranking of 50,000 rows taken at random among a
// million took 2.8 times as long as of 50,000 in a row, in one
// measurement). Nothing in it holds a pointer but the slices themselves
// and other, so the collector does not visit the ads one by one (the
// IDs lie in one arena).
//
// A segment is built whole (buildSeg) and never changed after, but for
// gone and live, which a refresh sets under the mirror's write lock.
type mirrorSeg struct {
	seq   []int64
	day   []uint32 // mirrorValues.day
	key   []mirrorKey
	vec   []uint8 // vecNone, vecRow or vecOther
	gone  []bool
	idEnd []uint32 // the ID of position p is ids[idEnd[p-1]:idEnd[p]] (4 GB of IDs at most)
	ids   []byte
	// bySeq is the positions by ascending seq, for slotOf and keepOnly.
	bySeq  []int32
	stride int    // the mirror's row length when the segment was built, 0: none yet
	rows   []byte // a row of stride bytes per position (zero unless vecRow)
	other  map[int32][]byte
	live   int // positions not gone
	// byOcc and byRegion list the positions of each occupation and
	// region, so that a window for one of them walks its ads alone.
	byOcc, byRegion postings
}

// postings lists positions by value: those of value v, ascending, are
// pos[start[v]:start[v+1]] (none past the values seen when built).
type postings struct {
	start []int32
	pos   []int32
}

// of returns the positions of value v.
func (l *postings) of(v uint32) []int32 {
	if int(v)+1 >= len(l.start) {
		return nil
	}
	return l.pos[l.start[v]:l.start[v+1]]
}

// newPostings lists the positions 0 to n-1 by value(p), values below
// values.
func newPostings(n, values int, value func(p int) uint32) postings {
	l := postings{start: make([]int32, values+1), pos: make([]int32, n)}
	for p := range n {
		l.start[value(p)+1]++
	}
	for v := range values {
		l.start[v+1] += l.start[v]
	}
	next := slices.Clone(l.start[:values])
	for p := range n {
		v := value(p)
		l.pos[next[v]] = int32(p)
		next[v]++
	}
	return l
}

// Values of mirrorSeg.vec.
const (
	vecNone  = 0
	vecRow   = 1 // in its row
	vecOther = 2 // of another length, in other
)

func (s *mirrorSeg) len() int { return len(s.seq) }

func (s *mirrorSeg) id(p int32) []byte {
	lo := uint32(0)
	if p > 0 {
		lo = s.idEnd[p-1]
	}
	return s.ids[lo:s.idEnd[p]]
}

// row returns the row of position p (of vecRow).
func (s *mirrorSeg) row(p int32) []byte {
	off := int(p) * s.stride
	return s.rows[off : off+s.stride : off+s.stride]
}

// vector returns the vector of position p, nil when it has none.
func (s *mirrorSeg) vector(p int32) []byte {
	switch s.vec[p] {
	case vecRow:
		return s.row(p)
	case vecOther:
		return s.other[p]
	}
	return nil
}

// slotOf returns the live position of seq, or -1 (also when s is nil).
func (s *mirrorSeg) slotOf(seq int64) int32 {
	if s == nil {
		return -1
	}
	i, found := slices.BinarySearchFunc(s.bySeq, seq, func(p int32, seq int64) int { return cmp.Compare(s.seq[p], seq) })
	if !found || s.gone[s.bySeq[i]] {
		return -1
	}
	return s.bySeq[i]
}

// keepOnly marks gone the positions whose seq is not in present
// (ascending) and returns how many it marked. The caller holds the
// mirror's write lock.
func (s *mirrorSeg) keepOnly(present []int64) int {
	n := 0
	for _, p := range s.bySeq {
		i, found := slices.BinarySearch(present, s.seq[p])
		present = present[i:]
		if !found && !s.gone[p] {
			s.gone[p] = true
			s.live--
			n++
		}
	}
	return n
}

// segAd is one ad to lay out in a segment: numbered p in its source.
type segAd struct {
	id, vec []byte
	seq     int64
	p       int32
	key     mirrorKey
	day     uint32
}

// newerFirst orders two ads newest first: by day descending, then by
// ID ascending (days compared as the strings of vals).
func (v *mirrorValues) newerFirst(a, b *segAd) int {
	return cmp.Or(cmp.Compare(v.day.vals[b.day], v.day.vals[a.day]), bytes.Compare(a.id, b.id))
}

// segSource is ads to lay out, newest first, and how to list them by
// seq: ads[i].p numbers them below n, and bySeq lists those numbers by
// ascending seq (nil: 0 to n-1).
type segSource struct {
	ads   []segAd
	n     int
	bySeq []int32
}

// segAds returns the live ads of s as a source.
func segAds(s *mirrorSeg) segSource {
	if s == nil {
		return segSource{}
	}
	src := segSource{ads: make([]segAd, 0, s.live), n: s.len(), bySeq: s.bySeq}
	for p := range s.seq {
		if !s.gone[p] {
			src.ads = append(src.ads, segAd{id: s.id(int32(p)), vec: s.vector(int32(p)), seq: s.seq[p], p: int32(p), key: s.key[p], day: s.day[p]})
		}
	}
	return src
}

// rowAds returns rows (read in seq order, keys[i] and days[i] of
// rows[i]) as a source, sorted newest first.
func (v *mirrorValues) rowAds(rows []mirrorRow, keys []mirrorKey, days []uint32) segSource {
	src := segSource{ads: make([]segAd, len(rows)), n: len(rows)}
	for i := range rows {
		r := &rows[i]
		src.ads[i] = segAd{id: []byte(r.id), vec: r.vector, seq: r.seq, p: int32(i), key: keys[i], day: days[i]}
	}
	slices.SortFunc(src.ads, func(a, b segAd) int { return v.newerFirst(&a, &b) })
	return src
}

// buildSeg lays out the ads of a and b in one segment of row length
// stride; every seq of b is above every seq of a.
func (v *mirrorValues) buildSeg(a, b segSource, stride int) *mirrorSeg {
	n := len(a.ads) + len(b.ads)
	s := &mirrorSeg{seq: make([]int64, 0, n), day: make([]uint32, 0, n), key: make([]mirrorKey, 0, n), vec: make([]uint8, 0, n),
		gone: make([]bool, n), idEnd: make([]uint32, 0, n), bySeq: make([]int32, 0, n), stride: stride, rows: make([]byte, n*stride), live: n}
	put := func(ad *segAd) int32 {
		p := int32(len(s.seq))
		s.seq, s.day, s.key = append(s.seq, ad.seq), append(s.day, ad.day), append(s.key, ad.key)
		s.ids = append(s.ids, ad.id...)
		s.idEnd = append(s.idEnd, uint32(len(s.ids)))
		kind := uint8(vecNone)
		switch vec := ad.vec; {
		case len(vec) == 0:
		case len(vec) == stride:
			kind = vecRow
			copy(s.row(p), vec)
		default:
			kind = vecOther
			if s.other == nil {
				s.other = map[int32][]byte{}
			}
			s.other[p] = vec
		}
		s.vec = append(s.vec, kind)
		return p
	}
	// at[k][q] is the new position of the ad numbered q in source k, -1
	// for none.
	at := [2][]int32{make([]int32, a.n), make([]int32, b.n)}
	for k := range at {
		for q := range at[k] {
			at[k][q] = -1
		}
	}
	i, j := 0, 0
	for i < len(a.ads) || j < len(b.ads) {
		if j == len(b.ads) || (i < len(a.ads) && v.newerFirst(&a.ads[i], &b.ads[j]) <= 0) {
			at[0][a.ads[i].p] = put(&a.ads[i])
			i++
		} else {
			at[1][b.ads[j].p] = put(&b.ads[j])
			j++
		}
	}
	for k, src := range []segSource{a, b} {
		for q := range src.n {
			if src.bySeq != nil {
				q = int(src.bySeq[q])
			}
			if p := at[k][q]; p >= 0 {
				s.bySeq = append(s.bySeq, p)
			}
		}
	}
	s.byOcc = newPostings(n, len(v.occ.vals), func(p int) uint32 { return s.key[p].occ })
	s.byRegion = newPostings(n, len(v.region.vals), func(p int) uint32 { return s.key[p].region })
	return s
}
