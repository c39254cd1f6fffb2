package embedded

import (
	"bytes"
	"cmp"
	"container/heap"
	"context"
	"fmt"
	"slices"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// adMatcher is an AdQuery in interned numbers.
type adMatcher struct {
	agg      aggFilter
	skills   []uint16
	contract uint16
	anyCon   bool
	words    [][]byte
}

func (ix *index) adMatcher(q tools.AdQuery) adMatcher {
	m := adMatcher{agg: ix.filter(tools.AdCountQuery{Occupations: q.Occupations, Region: q.Region, Sector: q.Sector, From: q.From, To: q.To}),
		anyCon: q.Contract == ""}
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

func (m adMatcher) match(ix *index, i int) bool {
	r := ix.refs[i]
	if r.gone {
		return false
	}
	k := aggKey{occ: r.occ, sector: r.sector, site: r.site, month: r.month, region: r.region}
	if !m.agg.match(k) || (!m.anyCon && r.contract != m.contract) {
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

// newest is a min-heap of positions by (day, reversed ID): its root is
// the oldest of the newest ads kept.
type newest struct {
	ix  *index
	pos []int
}

func (h *newest) Len() int           { return len(h.pos) }
func (h *newest) Less(a, b int) bool { return h.cmp(h.pos[a], h.pos[b]) < 0 }
func (h *newest) Swap(a, b int)      { h.pos[a], h.pos[b] = h.pos[b], h.pos[a] }
func (h *newest) Push(x any)         { h.pos = append(h.pos, x.(int)) }
func (h *newest) Pop() any {
	x := h.pos[len(h.pos)-1]
	h.pos = h.pos[:len(h.pos)-1]
	return x
}

// cmp orders positions older first: by day, then by ID descending, so
// that the final order is newest first, ties by ID ascending.
func (h *newest) cmp(a, b int) int {
	return cmp.Or(cmp.Compare(h.ix.refs[a].day, h.ix.refs[b].day), cmp.Compare(h.ix.adIDs[b], h.ix.adIDs[a]))
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
	pos, err := s.ix.newest(ctx, s.ix.adMatcher(q), window)
	if err != nil {
		return nil, err
	}
	if len(q.Need) > 0 {
		if pos, err = s.rankByNeed(q.Need, pos, limit); err != nil {
			return nil, fmt.Errorf("search ads: %w", err)
		}
	}
	out := make([]tools.Ad, 0, len(pos))
	for _, i := range pos {
		r := s.ix.refs[i]
		ad, err := s.log.read(r.off, r.size)
		if err != nil {
			return nil, fmt.Errorf("search ads: %w", err)
		}
		out = append(out, ad)
	}
	return out, nil
}

// newest returns the positions of the n newest ads matching m, newest
// first (by day, then ID).
func (ix *index) newest(ctx context.Context, m adMatcher, n int) ([]int, error) {
	h := &newest{ix: ix}
	for i := range ix.refs {
		if m.agg.nothing {
			break
		}
		if i%8192 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if !m.match(ix, i) {
			continue
		}
		if h.Len() < n {
			heap.Push(h, i)
		} else if h.cmp(i, h.pos[0]) > 0 {
			h.pos[0] = i
			heap.Fix(h, 0)
		}
	}
	slices.SortFunc(h.pos, func(a, b int) int { return h.cmp(b, a) })
	return h.pos, nil
}
