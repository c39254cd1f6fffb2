package lang

import "sort"

// placeBlocks returns the place names of the gazetteer, of two words or
// more, whose first word starts an entry of ix: "بني ملال" starts like
// البني (construction), so that without a block the concept would take
// its first word and leave no place ("خدمة ف بني ملال" would search the
// building trade anywhere). Blocked, the longer name is consumed by the
// concept search and found by the place search. Sorted, for a fixed
// build.
func placeBlocks(ix *phraseIndex) []string {
	var out []string
	for _, list := range gazetteer.index.byFirst {
		for _, e := range list {
			if len(e.words) >= 2 && e.flags&block == 0 && len(ix.byFirst[e.words[0]]) > 0 {
				out = append(out, e.surface)
			}
		}
	}
	sort.Strings(out)
	return out
}
