package embedded

import (
	"bytes"
	"context"
	"fmt"
	"slices"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// adMatcher is an AdQuery in interned numbers.
type adMatcher struct {
	agg      aggFilter
	occ      []bool // agg's occupations by number, nil: any (a slice is quicker than agg's map per ad)
	months   []bool // agg's months, likewise
	skills   []uint16
	contract uint16
	anyCon   bool
	words    [][]byte
}

func (ix *index) adMatcher(q tools.AdQuery) adMatcher {
	m := adMatcher{agg: ix.filter(tools.AdCountQuery{Occupations: q.Occupations, Region: q.Region, Sector: q.Sector, From: q.From, To: q.To}),
		anyCon: q.Contract == ""}
	m.occ, m.months = setOf(m.agg.occ, len(ix.occ.vals)), setOf(m.agg.months, len(ix.month.vals))
	var ok bool
	if !m.anyCon {
		m.contract, ok = ix.contract.lookup(q.Contract)
		m.agg.nothing = m.agg.nothing || !ok
	}
	for _, s := range q.Skills {
		n, ok := ix.skill.lookup(s)
		m.agg.nothing = m.agg.nothing || !ok
		m.skills = append(m.skills, n)
	}
	for _, w := range q.Words {
		for _, t := range lang.Tokens(w) {
			m.words = append(m.words, []byte(" "+t))
		}
	}
	return m
}

// setOf returns the numbers of set as a slice of n flags, nil for nil.
func setOf(set map[uint16]bool, n int) []bool {
	if set == nil {
		return nil
	}
	out := make([]bool, n)
	for k, v := range set {
		out[k] = v
	}
	return out
}

// matchKey reports whether the fields of an ad that key holds match.
func (m *adMatcher) matchKey(k recentKey) bool {
	f := &m.agg
	return (f.anyReg || k.region == f.region) && (f.anySec || k.sector == f.sector) && (m.occ == nil || m.occ[k.occ]) &&
		(m.months == nil || m.months[k.month]) && (m.anyCon || k.contract == m.contract)
}

// matchRest reports whether the ad at position i is live and has the
// skills and words of m (matchKey checked the rest).
func (m *adMatcher) matchRest(ix *index, i int) bool {
	if ix.refs[i].gone {
		return false
	}
	have := ix.skillsOf(i)
	for _, s := range m.skills {
		if !slices.Contains(have, s) {
			return false
		}
	}
	text := ix.words(i)
	for _, w := range m.words {
		if !bytes.Contains(text, w) {
			return false
		}
	}
	return true
}

// SearchAds implements tools.AdStore. With a need it ranks the
// tools.NeedWindow newest matching ads (see rankByNeed).
func (s *JobMarket) SearchAds(ctx context.Context, q tools.AdQuery) ([]tools.Ad, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	window := limit
	if len(q.Need) > 0 {
		window = max(limit, tools.NeedWindow)
	}
	pos, vecs, err := s.ix.newest(ctx, s.ix.adMatcher(q), window)
	if err != nil {
		return nil, err
	}
	if len(q.Need) > 0 {
		if pos, err = s.rankByNeed(q.Need, pos, vecs, limit); err != nil {
			return nil, fmt.Errorf("search ads: %w", err)
		}
	}
	out := make([]tools.Ad, 0, len(pos))
	for _, i := range pos {
		r := s.ix.refs[i]
		ad, err := s.decoded.read(s.log, r.off, r.size)
		if err != nil {
			return nil, fmt.Errorf("search ads: %w", err)
		}
		out = append(out, ad)
	}
	return out, nil
}

// newest returns the positions of the n newest ads matching m, newest
// first (by day, then ID), and where their vectors are (adRef.vec).
// Only a filter on skills or words, or an ad removed since the recency
// order was merged, makes it read the candidates' adRefs.
func (ix *index) newest(ctx context.Context, m adMatcher, n int) ([]int, []uint8, error) {
	if m.agg.nothing {
		return nil, nil, nil
	}
	order, keys, withGone := ix.byRecency()
	rest := withGone || len(m.skills) > 0 || len(m.words) > 0
	out := make([]int, 0, min(n, len(order))) // grown by appends, a need window's copies cost 1 ms
	vecs := make([]uint8, 0, min(n, len(order)))
	for k := len(order) - 1; k >= 0 && len(out) < n; k-- {
		if k%8192 == 0 && ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		if p := order[k]; m.matchKey(keys[k]) && (!rest || m.matchRest(ix, int(p))) {
			out, vecs = append(out, int(p)), append(vecs, keys[k].vec)
		}
	}
	return out, vecs, nil
}
