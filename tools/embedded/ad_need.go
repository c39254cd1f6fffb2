package embedded

import (
	"cmp"
	"encoding/binary"
	"math"
	"runtime"
	"slices"
	"sync"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
)

// scored is a candidate of a need search: its position in the index, its
// rank by age among the candidates (0 newest) and its similarity.
type scored struct {
	pos, age int
	sim      float32
	has      bool // it has a vector
}

// needOrder orders candidates as AdQuery.Need says: most similar first,
// those without a vector last, ties newest first.
func needOrder(a, b scored) int {
	return cmp.Or(tools.NeedOrder(a.has, a.sim, b.has, b.sim), cmp.Compare(a.age, b.age))
}

// minChunk is the fewest candidates a goroutine of rankByNeed scores: below
// it, starting one costs more than it saves.
const minChunk = 4096

// rankByNeed orders the candidates pos (newest first) as AdQuery.Need
// says and keeps limit of them. The candidates are split among
// runtime.GOMAXPROCS goroutines, each scoring its part (row vectors
// from the side file's mapping, scored as retrieval.DotInt8 does, to the
// bit) and keeping its best limit; the vectors of another dimension are
// read from their log lines first.
func (s *JobMarket) rankByNeed(need []float32, pos []int, limit int) ([]int, error) {
	cs := make([]scored, len(pos))
	for age, i := range pos {
		cs[age] = scored{pos: i, age: age, has: s.ix.refs[i].vec != vecNone}
	}
	if err := s.scoreLogged(need, cs); err != nil {
		return nil, err
	}
	parts := min(runtime.GOMAXPROCS(0), max(1, len(cs)/minChunk))
	tops := make([][]scored, parts)
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for p := range parts {
		part := cs[p*len(cs)/parts : (p+1)*len(cs)/parts]
		wg.Add(1)
		go func() {
			defer wg.Done()
			if s.vec.stride == len(need)+4 { // else every row scores 0
				errs[p] = s.scoreRows(need, part)
			}
			tops[p] = best(part, limit)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	top := best(slices.Concat(tops...), limit)
	out := make([]int, len(top))
	for k, c := range top {
		out[k] = c.pos
	}
	return out, nil
}

// best returns the first limit candidates of cs in needOrder, sorted;
// it may reorder cs.
func best(cs []scored, limit int) []scored {
	if limit >= len(cs)/8 {
		slices.SortFunc(cs, needOrder)
		return cs[:min(limit, len(cs))]
	}
	// A sorted list of the best seen so far: most candidates are beaten
	// by its last one and cost one comparison.
	top := make([]scored, 0, limit+1)
	for _, c := range cs {
		if len(top) == limit && needOrder(c, top[limit-1]) >= 0 {
			continue
		}
		k, _ := slices.BinarySearchFunc(top, c, needOrder)
		top = slices.Insert(top, k, c)
		top = top[:min(len(top), limit)]
	}
	return top
}

// scoreLogged scores the candidates whose vector is only in the log.
func (s *JobMarket) scoreLogged(need []float32, cs []scored) error {
	for k, c := range cs {
		if s.ix.refs[c.pos].vec != vecInLog {
			continue
		}
		r := s.ix.refs[c.pos]
		ad, err := s.log.read(r.off, r.size)
		if err != nil {
			return err
		}
		cs[k].sim = retrieval.DotInt8(need, ad.Vector)
	}
	return nil
}

// scoreRows scores the candidates of cs with a row vector, four at a
// time: the four sums are independent chains the processor runs side by
// side, where one sum waits for each addition. Rows the mapping does not
// cover are read from the file.
func (s *JobMarket) scoreRows(need []float32, cs []scored) error {
	view, stride := s.vec.rowsView(), s.vec.stride
	var quad [4]int     // indices in cs of the next four rows
	var rows [4][]byte  // their rows
	var spare [4][]byte // buffers for rows read from the file
	n := 0
	for k := range cs {
		if s.ix.refs[cs[k].pos].vec != vecInRow {
			continue
		}
		off := int(s.vec.offset(cs[k].pos))
		if off+stride <= len(view) {
			rows[n] = view[off : off+stride]
		} else {
			if spare[n] == nil {
				spare[n] = make([]byte, stride)
			}
			if err := s.vec.readAt(spare[n], int64(off)); err != nil {
				return err
			}
			rows[n] = spare[n]
		}
		quad[n] = k
		if n++; n == 4 {
			a, b, c, d := dot4(need, rows[0], rows[1], rows[2], rows[3])
			cs[quad[0]].sim, cs[quad[1]].sim, cs[quad[2]].sim, cs[quad[3]].sim = a, b, c, d
			n = 0
		}
	}
	for j, k := range quad[:n] {
		cs[k].sim = retrieval.DotInt8(need, rows[j])
	}
	return nil
}

// dot4 returns retrieval.DotInt8(need, r) for four rows of need's
// dimension, each summed in the same order, so with the same result. An
// int8 code becomes a float32 by a look-up in int8Float, quicker than the
// conversion instruction (about 30 %), the value the same.
func dot4(need []float32, r0, r1, r2, r3 []byte) (float32, float32, float32, float32) {
	n := len(need)
	c0, c1, c2, c3 := r0[4:4+n], r1[4:4+n], r2[4:4+n], r3[4:4+n]
	var s0, s1, s2, s3 float32
	for i, x := range need {
		s0 += x * int8Float[c0[i]]
		s1 += x * int8Float[c1[i]]
		s2 += x * int8Float[c2[i]]
		s3 += x * int8Float[c3[i]]
	}
	return s0 * scale(r0), s1 * scale(r1), s2 * scale(r2), s3 * scale(r3)
}

// int8Float maps a byte to the float32 of its value as an int8.
var int8Float = func() (t [256]float32) {
	for c := range t {
		t[c] = float32(int8(c))
	}
	return t
}()

// scale returns the scale of a retrieval.QuantizeInt8 encoding.
func scale(v []byte) float32 { return math.Float32frombits(binary.LittleEndian.Uint32(v)) }
