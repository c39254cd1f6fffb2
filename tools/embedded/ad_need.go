package embedded

import (
	"cmp"
	"slices"

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

// rankByNeed orders the candidates pos (newest first) as AdQuery.Need
// says, most similar first, ties newest first, those without a vector
// last, and keeps limit of them. It reads the row vectors of the
// candidates from the side file in row order, a run of nearby rows at a
// time, and the vectors of another dimension from their log lines.
func (s *JobMarket) rankByNeed(need []float32, pos []int, limit int) ([]int, error) {
	cs := make([]scored, len(pos))
	for age, i := range pos {
		cs[age] = scored{pos: i, age: age, has: s.ix.refs[i].vec != vecNone}
	}
	if err := s.scoreLogged(need, cs); err != nil {
		return nil, err
	}
	if s.vec.stride == len(need)+4 { // else every row scores 0
		slices.SortFunc(cs, func(a, b scored) int { return cmp.Compare(a.pos, b.pos) })
		if err := s.scoreRows(need, cs); err != nil {
			return nil, err
		}
	}
	slices.SortFunc(cs, func(a, b scored) int {
		return cmp.Or(tools.NeedOrder(a.has, a.sim, b.has, b.sim), cmp.Compare(a.age, b.age))
	})
	out := make([]int, 0, min(limit, len(cs)))
	for _, c := range cs[:min(limit, len(cs))] {
		out = append(out, c.pos)
	}
	return out, nil
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

// rowSpan bounds one read of the side file; rowGap is the most rows a
// read runs over between two candidates rather than start a new read.
const (
	rowSpan = 1 << 20
	rowGap  = 32
)

// scoreRows scores the candidates with a row vector, cs sorted by
// position (= row).
func (s *JobMarket) scoreRows(need []float32, cs []scored) error {
	stride := s.vec.stride
	buf := make([]byte, 0, rowSpan)
	for k := 0; k < len(cs); {
		if s.ix.refs[cs[k].pos].vec != vecInRow {
			k++
			continue
		}
		first, end := cs[k].pos, k+1
		for end < len(cs) && cs[end].pos-cs[end-1].pos <= rowGap && (cs[end].pos-first+1)*stride <= rowSpan {
			end++
		}
		last := cs[end-1].pos
		buf = buf[:(last-first+1)*stride]
		if err := s.vec.readAt(buf, s.vec.offset(first)); err != nil {
			return err
		}
		for ; k < end; k++ {
			if s.ix.refs[cs[k].pos].vec == vecInRow {
				row := (cs[k].pos - first) * stride
				cs[k].sim = retrieval.DotInt8(need, buf[row:row+stride])
			}
		}
	}
	return nil
}
