package tools

import (
	"slices"
	"strings"
)

// citationsOf returns the citations of obs as MergeCitations returns
// those of each figure's Citation, built in two passes without a
// citation per figure: the first finds each figure's source and whether
// the relays of a source disagree, the second fills the sources'
// Supports, carved from one array by the number of figures each backs.
// A series costs two slices, not three allocations a figure (its
// citation's Supports, its key, the growth of the merged Supports),
// whose garbage collections made the tail of indicator_series.
func citationsOf(obs []Observation) []Citation {
	// On the stack up to 64 sources and 256 figures.
	var firstBuf [64]int
	var tallyBuf [64]sourceTally
	var ofBuf [256]int32
	var urlBuf [64]int32
	f := sourceFinder{obs: obs, firsts: firstBuf[:0], byURL: urlBuf[:0]}
	tallies := tallyBuf[:0]
	of := ofBuf[:0] // the source of each figure
	for i := range obs {
		o := &obs[i]
		j, ok := f.find(o)
		if !ok {
			f.firsts = append(f.firsts, i) // here, so that firstBuf stays on the stack
			f.added()
			tallies = append(tallies, sourceTally{first: i, count: 1})
			of = append(of, int32(len(tallies)-1))
			continue
		}
		of = append(of, int32(j))
		t := &tallies[j]
		t.count++
		// MergeCitations' rule: a page whose figures came through
		// several relays (or through one and directly) names none.
		relay, by := obs[t.first].RelayURL, obs[t.first].ReportedBy
		if t.cleared {
			relay, by = "", ""
		}
		if (relay != "" || o.RelayURL != "") && (relay != o.RelayURL || by != o.ReportedBy) {
			t.cleared = true
		}
	}
	out := make([]Citation, len(tallies))
	periods := make([]string, len(obs))
	at := 0
	for j, t := range tallies {
		c := obs[t.first].source()
		c.Supports = periods[at : at : at+t.count]
		at += t.count
		if t.cleared {
			c.ReportedBy, c.RelayURL = "", ""
		}
		out[j] = c
	}
	for i, j := range of {
		if s := &out[j].Supports; !slices.Contains(*s, obs[i].Period) {
			*s = append(*s, obs[i].Period)
		}
	}
	return out
}

// sourceTally is what citationsOf's first pass learns of a source: its
// first figure, how many figures it backs, and whether their relays
// disagree.
type sourceTally struct {
	first, count int
	cleared      bool
}

// sourceFinder finds the source of a figure among those met so far, as
// citationKey tells them apart: the same address, or no address and the
// same publisher and relay. Consecutive figures mostly share a source,
// so the last one found is tried first, then the others in turn; past
// manySources, the sources with an address are kept sorted by it and
// searched by halves (a slice on citationsOf's stack up to 64 of them,
// where a map of the addresses was an allocation of a few KB a series),
// and a map by ID finds the rare figures without one.
type sourceFinder struct {
	obs     []Observation
	firsts  []int // the index in obs of each source's first figure
	last    int   // the source found last
	indexed bool  // past manySources: byURL and byID answer
	byURL   []int32
	byID    map[string]int
}

// manySources is the number of sources past which byURL and byID find
// them: below it, scanning the sources costs less than keeping them
// sorted; above it, a series citing a new page a year spends its time
// comparing addresses that differ in their last characters.
const manySources = 8

func (f *sourceFinder) find(o *Observation) (int, bool) {
	if f.last < len(f.firsts) && sameSource(&f.obs[f.firsts[f.last]], o) {
		return f.last, true
	}
	var j int
	var ok bool
	switch {
	case !f.indexed:
		for k, i := range f.firsts {
			if sameSource(&f.obs[i], o) {
				j, ok = k, true
				break
			}
		}
	case o.SourceURL != "":
		var at int
		if at, ok = f.searchURL(o.SourceURL); ok {
			j = int(f.byURL[at])
		}
	default:
		j, ok = f.byID[o.Publisher+"/"+o.ReportedBy]
	}
	if ok {
		f.last = j
	}
	return j, ok
}

// searchURL returns where url is, or would be, in byURL, and whether it is.
func (f *sourceFinder) searchURL(url string) (int, bool) {
	return slices.BinarySearchFunc(f.byURL, url, func(j int32, url string) int {
		return strings.Compare(f.obs[f.firsts[j]].SourceURL, url)
	})
}

// added records the source just appended to firsts.
func (f *sourceFinder) added() {
	f.last = len(f.firsts) - 1
	switch {
	case f.indexed:
		f.index(f.last)
	case len(f.firsts) > manySources:
		f.indexed = true
		for j := range f.firsts {
			f.index(j)
		}
	}
}

// index puts source j in byURL or byID.
func (f *sourceFinder) index(j int) {
	o := &f.obs[f.firsts[j]]
	switch {
	case o.SourceURL != "":
		at, _ := f.searchURL(o.SourceURL)
		f.byURL = slices.Insert(f.byURL, at, int32(j))
	case f.byID == nil:
		f.byID = map[string]int{o.Publisher + "/" + o.ReportedBy: j}
	default:
		f.byID[o.Publisher+"/"+o.ReportedBy] = j
	}
}

// sameSource reports whether the citationKey of a and b is the same without
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
