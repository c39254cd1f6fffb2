package postgres

import (
	"bytes"
	"cmp"

	"github.com/marsad/marsad/tools"
)

// mirrorKey is the fields of an ad that the mirror's filter tests, as
// numbers of mirrorValues.
type mirrorKey struct {
	occ, region, sector, contract, month uint32
}

// interned numbers the values of one field in the order first seen.
type interned struct {
	ids  map[string]uint32
	vals []string
}

func (v *interned) of(s string) uint32 {
	if id, ok := v.ids[s]; ok {
		return id
	}
	if v.ids == nil {
		v.ids = map[string]uint32{}
	}
	id := uint32(len(v.vals))
	v.ids[s], v.vals = id, append(v.vals, s)
	return id
}

func (v *interned) lookup(s string) (uint32, bool) {
	id, ok := v.ids[s]
	return id, ok
}

// mirrorValues is the values of the mirrored fields.
type mirrorValues struct {
	occ, region, sector, contract, month, day interned
}

func (v *mirrorValues) keyOf(r mirrorRow) mirrorKey {
	return mirrorKey{occ: v.occ.of(r.occupation), region: v.region.of(r.region), sector: v.sector.of(r.sector),
		contract: v.contract.of(r.contract), month: v.month.of(r.month)}
}

// mirrorFilter is the conditions adConditions puts on the fields of
// mirrorKey, in numbers: a nil set or an any flag lets every value pass.
type mirrorFilter struct {
	nothing                     bool // a value no ad holds is asked for
	occ, months                 []bool
	oneOcc                      int64 // the one occupation asked for, -1: none or several
	region, sector, contract    uint32
	anyReg, anySec, anyContract bool
}

// filter compiles the conditions of q on the key fields (the caller
// holds the mirror's lock); Skills and Words are left to SQL.
func (v *mirrorValues) filter(q tools.AdQuery) mirrorFilter {
	f := mirrorFilter{anyReg: q.Region == "" || q.Region == "MA", anySec: q.Sector == "", anyContract: q.Contract == "", oneOcc: -1}
	var ok bool
	if !f.anyReg {
		f.region, ok = v.region.lookup(q.Region)
		f.nothing = f.nothing || !ok
	}
	if !f.anySec {
		f.sector, ok = v.sector.lookup(q.Sector)
		f.nothing = f.nothing || !ok
	}
	if !f.anyContract {
		f.contract, ok = v.contract.lookup(q.Contract)
		f.nothing = f.nothing || !ok
	}
	if len(q.Occupations) > 0 {
		f.occ = make([]bool, len(v.occ.vals))
		n := 0
		for _, o := range q.Occupations {
			if id, ok := v.occ.lookup(o); ok && !f.occ[id] {
				f.occ[id], f.oneOcc = true, int64(id)
				n++
			}
		}
		if n != 1 {
			f.oneOcc = -1
		}
	}
	if q.From != "" || q.To != "" {
		// As SQL compares: month >= From, month <= To and not ''.
		f.months = make([]bool, len(v.month.vals))
		for id, m := range v.month.vals {
			f.months[id] = (q.From == "" || m >= q.From) && (q.To == "" || (m <= q.To && m != ""))
		}
	}
	return f
}

func (f *mirrorFilter) match(k mirrorKey) bool {
	return (f.anyReg || k.region == f.region) && (f.anySec || k.sector == f.sector) &&
		(f.anyContract || k.contract == f.contract) && (f.occ == nil || f.occ[k.occ]) && (f.months == nil || f.months[k.month])
}

// window returns the n newest ads matching f, newest first, as
// candidates (see mirrorWindow). The caller holds the mirror's read
// lock.
func (m *adMirror) window(f mirrorFilter, n int) []int32 {
	if f.nothing {
		return nil
	}
	a, b := m.main.matching(&f, n), m.recent.matching(&f, n)
	if len(b) == 0 {
		return a
	}
	out := make([]int32, 0, min(n, len(a)+len(b)))
	for len(out) < n && (len(a) > 0 || len(b) > 0) {
		if len(b) == 0 || (len(a) > 0 && m.newerAt(m.main, a[0], m.recent, b[0]) <= 0) {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, ^b[0]), b[1:]
		}
	}
	return out
}

// newerAt orders position p of s and position q of t newest first.
func (m *adMirror) newerAt(s *mirrorSeg, p int32, t *mirrorSeg, q int32) int {
	return cmp.Or(cmp.Compare(m.vals.day.vals[t.day[q]], m.vals.day.vals[s.day[p]]), bytes.Compare(s.id(p), t.id(q)))
}

// matching returns the first n live positions of s whose keys match f: a
// walk forward through the keys, or through the positions of the one
// occupation or region asked for (the fewer), when there is one.
func (s *mirrorSeg) matching(f *mirrorFilter, n int) []int32 {
	if s == nil {
		return nil
	}
	out := make([]int32, 0, min(n, s.live))
	var list []int32
	walk := true
	if f.oneOcc >= 0 {
		list, walk = s.byOcc.of(uint32(f.oneOcc)), false
	}
	if !f.anyReg {
		if r := s.byRegion.of(f.region); walk || len(r) < len(list) {
			list, walk = r, false
		}
	}
	if walk {
		for p, key := range s.key {
			if len(out) == n {
				break
			}
			if f.match(key) && !s.gone[p] {
				out = append(out, int32(p))
			}
		}
		return out
	}
	for _, p := range list {
		if len(out) == n {
			break
		}
		if f.match(s.key[p]) && !s.gone[p] {
			out = append(out, p)
		}
	}
	return out
}
