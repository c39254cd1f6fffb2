package tools

import (
	"slices"
	"strings"
)

// citationsOf returns the citations of obs as MergeCitations returns
// those of each figure's Citation, built in two passes without a
// citation per figure: the first finds the sources and whether their
// relays disagree, the second fills their Supports, carved from one
// array sized by the figures each source backs. A series costs two
// slices, not three allocations a figure (its citation's Supports, its
// key, the growth of the merged Supports), whose garbage collections
// made the tail of indicator_series.
func citationsOf(obs []Observation) []Citation {
	var firstBuf, countBuf [manySources + 1]int
	var clearedBuf [manySources + 1]bool
	f := sourceFinder{obs: obs, firsts: firstBuf[:0]}
	counts, cleared := countBuf[:0], clearedBuf[:0]
	for i := range obs {
		o := &obs[i]
		j, ok := f.find(o)
		if !ok {
			f.firsts = append(f.firsts, i) // here, so that firstBuf stays on the stack
			f.added()
			counts, cleared = append(counts, 1), append(cleared, false)
			continue
		}
		counts[j]++
		// MergeCitations' rule: a page whose figures came through
		// several relays (or through one and directly) names none.
		first := &obs[f.firsts[j]]
		relay, by := first.RelayURL, first.ReportedBy
		if cleared[j] {
			relay, by = "", ""
		}
		if (relay != "" || o.RelayURL != "") && (relay != o.RelayURL || by != o.ReportedBy) {
			cleared[j] = true
		}
	}
	out := make([]Citation, len(f.firsts))
	periods := make([]string, len(obs))
	at := 0
	for j, i := range f.firsts {
		c := obs[i].source()
		c.Supports = periods[at : at : at+counts[j]]
		at += counts[j]
		if cleared[j] {
			c.ReportedBy, c.RelayURL = "", ""
		}
		out[j] = c
	}
	f.last = 0
	for i := range obs {
		j, _ := f.find(&obs[i])
		if s := &out[j].Supports; !slices.Contains(*s, obs[i].Period) {
			*s = append(*s, obs[i].Period)
		}
	}
	return out
}

// sourceFinder finds the source of a figure among those met so far, as
// citationKey tells them apart: the same address, or no address and the
// same publisher and relay. Consecutive figures mostly share a source,
// so the last one found is tried first, then the others in turn; past
// manySources, maps answer: by address (the figure's own string, so
// that neither an insertion nor a lookup allocates), and by ID for the
// rare figures without one.
type sourceFinder struct {
	obs    []Observation
	firsts []int // the index in obs of each source's first figure
	last   int   // the source found last
	byURL  map[string]int
	byID   map[string]int
}

// manySources is the number of sources past which maps find them: below
// it, scanning the sources costs less than building the maps.
const manySources = 64

func (f *sourceFinder) find(o *Observation) (int, bool) {
	if f.last < len(f.firsts) && sameSource(&f.obs[f.firsts[f.last]], o) {
		return f.last, true
	}
	var j int
	var ok bool
	switch {
	case f.byURL == nil:
		for k, i := range f.firsts {
			if sameSource(&f.obs[i], o) {
				j, ok = k, true
				break
			}
		}
	case o.SourceURL != "":
		j, ok = f.byURL[o.SourceURL]
	default:
		j, ok = f.byID[o.Publisher+"/"+o.ReportedBy]
	}
	if ok {
		f.last = j
	}
	return j, ok
}

// added records the source just appended to firsts.
func (f *sourceFinder) added() {
	f.last = len(f.firsts) - 1
	switch {
	case f.byURL != nil:
		f.index(f.last)
	case len(f.firsts) > manySources:
		f.byURL, f.byID = make(map[string]int, 2*len(f.firsts)), map[string]int{}
		for j := range f.firsts {
			f.index(j)
		}
	}
}

// index puts source j in the maps.
func (f *sourceFinder) index(j int) {
	o := &f.obs[f.firsts[j]]
	if o.SourceURL != "" {
		f.byURL[o.SourceURL] = j
	} else {
		f.byID[o.Publisher+"/"+o.ReportedBy] = j
	}
}

// sameSource reports whether figureKey(a) == figureKey(b) without
// building either.
func sameSource(a, b *Observation) bool {
	if a.SourceURL != "" || b.SourceURL != "" {
		return a.SourceURL == b.SourceURL
	}
	if a.Publisher == b.Publisher && a.ReportedBy == b.ReportedBy {
		return true
	}
	return joinedEqual(a.Publisher, a.ReportedBy, b.Publisher, b.ReportedBy)
}

// joinedEqual reports whether a1+"/"+a2 == b1+"/"+b2 without building
// them: publisher "HCP/LNT" with no relay is one ID with publisher "HCP"
// and relay "LNT".
func joinedEqual(a1, a2, b1, b2 string) bool {
	switch {
	case len(a1)+len(a2) != len(b1)+len(b2):
		return false
	case len(a1) == len(b1):
		return a1 == b1 && a2 == b2
	case len(a1) > len(b1): // let a1 be the shorter head
		a1, a2, b1, b2 = b1, b2, a1, a2
	}
	// b1 is a1 + "/" + mid, and a2 must be mid + "/" + b2.
	if !strings.HasPrefix(b1, a1) || b1[len(a1)] != '/' {
		return false
	}
	mid := b1[len(a1)+1:]
	return strings.HasPrefix(a2, mid) && a2[len(mid)] == '/' && a2[len(mid)+1:] == b2
}
