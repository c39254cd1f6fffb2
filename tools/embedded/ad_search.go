package embedded

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"sync"

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
	n := limit
	if len(q.Need) > 0 {
		n = max(limit, tools.NeedWindow)
	}
	w := windows.Get().(*window)
	defer windows.Put(w)
	if err := s.ix.newest(ctx, s.ix.adMatcher(q), n, w); err != nil {
		return nil, err
	}
	pos := w.pos
	if len(q.Need) > 0 {
		if w.outside > 0 && w.outside*16 >= len(w.pos) && s.recentDue(32) {
			s.startRecent()
		}
		var err error
		if pos, err = s.rankByNeed(q.Need, w, limit); err != nil {
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

// window is the newest ads matching a query, newest first: their
// positions, where their vectors are (adRef.vec) and their slots in the
// copy by recency (recentKey.slot).
type window struct {
	pos   []int
	vecs  []uint8
	slots []int32
	// outside is how many have a row in the side file but none in the
	// copy.
	outside int
}

// windows keeps the windows of past searches for the next ones: a need
// window's take 650 KB, which a search would otherwise allocate and the
// collector reclaim every time.
var windows = sync.Pool{New: func() any { return new(window) }}

// newest sets w to the n newest ads matching m, newest first (by day,
// then ID). Only a filter on skills or words, or an ad removed since the
// recency order was merged, makes it read the candidates' adRefs.
func (ix *index) newest(ctx context.Context, m adMatcher, n int, w *window) error {
	w.pos, w.vecs, w.slots, w.outside = w.pos[:0], w.vecs[:0], w.slots[:0], 0
	if m.agg.nothing {
		return nil
	}
	order, keys, withGone := ix.byRecency()
	rest := withGone || len(m.skills) > 0 || len(m.words) > 0
	for k := len(order) - 1; k >= 0 && len(w.pos) < n; k-- {
		if k%8192 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if p, key := order[k], keys[k]; m.matchKey(key) && (!rest || m.matchRest(ix, int(p))) {
			w.pos, w.vecs, w.slots = append(w.pos, int(p)), append(w.vecs, key.vec), append(w.slots, key.slot)
			if key.slot < 0 && key.vec == vecInRow {
				w.outside++
			}
		}
	}
	return nil
}
