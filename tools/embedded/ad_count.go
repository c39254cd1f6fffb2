package embedded

import (
	"cmp"
	"context"
	"slices"

	"github.com/marsad/marsad/tools"
)

// aggFilter is an AdCountQuery in interned numbers. nothing is set when the
// query names a value no ad has.
type aggFilter struct {
	occ     map[uint16]bool // nil: any
	months  map[uint16]bool // nil: any
	region  uint8
	sector  uint16
	skill   uint16
	anyReg  bool
	anySec  bool
	anySkl  bool
	nothing bool
}

func (ix *index) filter(q tools.AdCountQuery) aggFilter {
	f := aggFilter{anyReg: q.Region == "" || q.Region == "MA", anySec: q.Sector == "", anySkl: q.Skill == ""}
	var ok bool
	if !f.anyReg {
		f.region = regionNumber(q.Region)
	}
	if !f.anySec {
		f.sector, ok = ix.sector.lookup(q.Sector)
		f.nothing = f.nothing || !ok
	}
	if !f.anySkl {
		f.skill, ok = ix.skill.lookup(q.Skill)
		f.nothing = f.nothing || !ok
	}
	if len(q.Occupations) > 0 {
		f.occ = map[uint16]bool{}
		for _, o := range q.Occupations {
			if n, ok := ix.occ.lookup(o); ok {
				f.occ[n] = true
			}
		}
		f.nothing = f.nothing || len(f.occ) == 0
	}
	if q.From != "" || q.To != "" {
		f.months = map[uint16]bool{}
		for n, m := range ix.month.vals {
			if m != "" && (q.From == "" || m >= q.From) && (q.To == "" || m <= q.To) {
				f.months[uint16(n)] = true
			}
		}
	}
	return f
}

// match reports whether an aggregate cell passes f, its skill ignored.
func (f aggFilter) match(k aggKey) bool {
	return (f.anyReg || k.region == f.region) && (f.anySec || k.sector == f.sector) &&
		(f.occ == nil || f.occ[k.occ]) && (f.months == nil || f.months[k.month])
}

// cells calls fn for each aggregate cell passing f with its count: the ad
// counts, or the skill counts of f's skill when it has one.
func (ix *index) cells(f aggFilter, fn func(aggKey, int)) {
	if f.nothing {
		return
	}
	if f.anySkl {
		for k, n := range ix.ads {
			if f.match(k) {
				fn(k, int(n))
			}
		}
		return
	}
	for k, n := range ix.skilled {
		if k.skill == f.skill && f.match(k) {
			fn(k, int(n))
		}
	}
}

// scoper accumulates the Scope of the cells it is given.
type scoper struct {
	ix     *index
	ads    int
	sites  []int // by site number, as counts of ranking
	lo, hi string
}

func (sc *scoper) add(k aggKey, n int) {
	if sc.sites == nil {
		sc.sites = make([]int, len(sc.ix.site.vals))
	}
	sc.ads += n
	sc.sites[k.site] += n
	if m := sc.ix.month.vals[k.month]; m != "" {
		if sc.lo == "" || m < sc.lo {
			sc.lo = m
		}
		sc.hi = max(sc.hi, m)
	}
}

func (sc *scoper) scope() tools.Scope {
	s := tools.Scope{Ads: sc.ads, Sites: []tools.SiteCount{}, From: sc.lo, To: sc.hi}
	for site, n := range sc.sites {
		if n > 0 {
			s.Sites = append(s.Sites, tools.SiteCount{Site: sc.ix.site.vals[site], Ads: n})
		}
	}
	slices.SortFunc(s.Sites, func(a, b tools.SiteCount) int { return cmp.Or(cmp.Compare(b.Ads, a.Ads), cmp.Compare(a.Site, b.Site)) })
	return s
}

// ranking sorts counts, by number in dict vals (a cell's count is never
// 0, so 0 is a value no cell has), highest first, ties by key, and keeps
// limit (0: all). Counted by number, not in a map by name: hashing each
// cell's string was most of TopOccupations and SkillsInDemand in one profile under
// `marsad bench chat`.
func ranking(counts []int, vals []string, limit int) []tools.Count {
	n := 0
	for _, c := range counts {
		if c > 0 {
			n++
		}
	}
	rows := make([]tools.Count, 0, n)
	for k, c := range counts {
		if c > 0 {
			rows = append(rows, tools.Count{Key: vals[k], Ads: c})
		}
	}
	slices.SortFunc(rows, func(a, b tools.Count) int { return cmp.Or(cmp.Compare(b.Ads, a.Ads), cmp.Compare(a.Key, b.Key)) })
	if limit > 0 && len(rows) > limit {
		rows = rows[:limit]
	}
	return rows
}

// TopOccupations implements tools.AdCounter.
func (s *JobMarket) TopOccupations(ctx context.Context, q tools.AdCountQuery, limit int) (tools.Ranking, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	sc := scoper{ix: s.ix}
	counts := make([]int, len(s.ix.occ.vals))
	s.ix.cells(s.ix.filter(q), func(k aggKey, n int) {
		sc.add(k, n)
		if k.occ != 0 {
			counts[k.occ] += n
		}
	})
	return tools.Ranking{Rows: ranking(counts, s.ix.occ.vals, limit), Scope: sc.scope()}, nil
}

// SkillsInDemand implements tools.AdCounter.
func (s *JobMarket) SkillsInDemand(ctx context.Context, q tools.AdCountQuery, limit int) (tools.Ranking, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	f := s.ix.filter(q)
	sc := scoper{ix: s.ix}
	s.ix.cells(f, sc.add)
	counts := make([]int, len(s.ix.skill.vals))
	if !f.nothing {
		for k, n := range s.ix.skilled {
			if (f.anySkl || k.skill == f.skill) && f.match(k) {
				counts[k.skill] += int(n)
			}
		}
	}
	return tools.Ranking{Rows: ranking(counts, s.ix.skill.vals, limit), Scope: sc.scope()}, nil
}

// Trend implements tools.AdCounter.
func (s *JobMarket) Trend(ctx context.Context, q tools.AdCountQuery) (tools.Ranking, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	sc := scoper{ix: s.ix}
	counts := map[string]int{}
	s.ix.cells(s.ix.filter(q), func(k aggKey, n int) {
		sc.add(k, n)
		if m := s.ix.month.vals[k.month]; m != "" {
			counts[m] += n
		}
	})
	return tools.Ranking{Rows: tools.MonthRows(sc.lo, sc.hi, counts), Scope: sc.scope()}, nil
}
