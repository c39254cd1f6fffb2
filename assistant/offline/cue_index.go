package offline

import (
	"slices"
	"sync"
)

// cueIndex finds the cues of a vocabulary that may start at a word, so
// that reading a message tries those few instead of every cue at every
// word (that loop was the offline planner's largest cost under load: 13 %
// of the server's CPU). Cues whose first word is a whole word are found by
// its folded form; those whose first word is a prefix, by the prefix's
// first byte.
type cueIndex struct {
	exact    map[string][]int
	prefixed map[byte][]int
}

// cueIndexes holds the index of each vocabulary, by its first cue: the
// vocabularies are package tables, compiled once and never changed.
var cueIndexes sync.Map // *cue -> *cueIndex

func (v vocabulary) index() *cueIndex {
	if len(v) == 0 {
		return &cueIndex{}
	}
	if ix, ok := cueIndexes.Load(&v[0]); ok {
		return ix.(*cueIndex)
	}
	ix := &cueIndex{exact: map[string][]int{}, prefixed: map[byte][]int{}}
	for k, c := range v {
		w := c.words[0]
		switch {
		case !w.prefix:
			ix.exact[w.form] = append(ix.exact[w.form], k)
		case w.form == "":
			ix.prefixed[0] = append(ix.prefixed[0], k)
		default:
			ix.prefixed[w.form[0]] = append(ix.prefixed[w.form[0]], k)
		}
	}
	actual, _ := cueIndexes.LoadOrStore(&v[0], ix)
	return actual.(*cueIndex)
}

// candidates returns, in vocabulary order, the cues whose first word
// matches word i of ct, in out's array (a reader of every word of a
// message reuses one).
func (ix *cueIndex) candidates(ct cueText, i int, out []int) []int {
	out = out[:0]
	for _, f := range ct.folds[i] {
		out = append(out, ix.exact[f]...)
	}
	norm := ct.norm[i]
	if norm != "" {
		out = append(out, ix.prefixed[norm[0]]...)
	}
	out = append(out, ix.prefixed[0]...)
	slices.Sort(out)
	return slices.Compact(out)
}
