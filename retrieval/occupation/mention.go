package occupation

import (
	"slices"
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
)

// mentionWindow is how far, in words, the words of a label may spread
// around its head in a text ("comptable expérimenté" for "comptable").
const mentionWindow = 2

// mentionDiscount is the confidence of a code read from the first
// occupation a text mentions: the text was not written as a title.
const mentionDiscount = 0.5

// firstMentioned returns the occupation a text (a post without a title)
// names first: at the earliest word that heads a label all of whose words
// stand near it, the words around are ranked as a title is, so that a
// post, a title and a question with the same words land on the same
// code. Words are read from the first 400 characters, where a post says
// whom it seeks.
func (th *Thesaurus) firstMentioned(text string) Match {
	text = prefixRunes(strings.TrimSpace(text), 400)
	ks := placesBlanked(titleWords(text), text)
	for i, k := range ks {
		for _, id := range th.byHead[k] {
			e := &th.labels[id]
			if !allNear(ks, i, e.keys) {
				continue
			}
			lo, hi := window(ks, i, len(e.keys))
			t := th.titleOf(slices.DeleteFunc(slices.Clone(ks[lo:hi]), func(k word) bool { return k == "" }))
			if r := th.rank(t); len(r) > 0 {
				best := th.labels[r[0].label]
				return Match{Code: best.code, Confidence: mentionDiscount, Via: "description", Label: best.name, Source: best.source}
			}
		}
	}
	return Match{}
}

// placesBlanked empties, in ks (the words of text), the words of the
// places the gazetteer finds in text, in order: they name no occupation,
// and some fold onto a label's word ("Salé" onto "sales"). They are
// blanked, not removed, so that the words around keep their distances.
func placesBlanked(ks []word, text string) []word {
	from := 0
	for _, p := range lang.FindPlaces(text) {
		for _, pk := range titleWords(p.Surface) {
			if i := slices.Index(ks[from:], pk); i >= 0 {
				ks[from+i] = ""
				from += i + 1
			}
		}
	}
	return ks
}

// window returns the bounds of the words around position i that a label
// of n words may spread over.
func window(ks []word, i, n int) (int, int) {
	return max(0, i-mentionWindow-n), min(len(ks), i+n+mentionWindow+1)
}

// allNear reports whether every key of a label is among the words of ks
// around position i.
func allNear(ks []word, i int, label []word) bool {
	lo, hi := window(ks, i, len(label))
	for _, k := range label {
		if !contains(ks[lo:hi], k) {
			return false
		}
	}
	return true
}
