package occupation

import (
	"unicode/utf8"

	"github.com/marsad/marsad/retrieval/lang"
)

// Job titles on classified sites are typed in haste: "Compbtable",
// "TECHNICEIN", "DISSINATEUR", "sercrétaire", "RECETIONNISTE". A title
// word no label holds is read as the head word of some label that differs
// from it by one edit (two for words of eight letters or more), when
// exactly one such word is nearest: a typo of a head, not a brand or a
// technology, which stay unknown.

// minTypoLen is the shortest word corrected: shorter ones are too close to
// too many words ("agent", "aide").
const minTypoLen = 5

// headsByFirst groups the head words of the labels by their first letter,
// which a typo rarely changes.
func (th *Thesaurus) indexHeads() {
	th.heads = map[rune][]word{}
	for h := range th.byHead {
		if r, _ := utf8.DecodeRuneInString(h); utf8.RuneCountInString(h) >= minTypoLen && !isArabic(h) {
			th.heads[r] = append(th.heads[r], h)
		}
	}
}

// corrected returns the head word k is a typo of, or "" when it is none:
// the nearest, the one heading more labels among equally near ones, none
// when two equally near head as many.
func (th *Thesaurus) corrected(k word) word {
	n := utf8.RuneCountInString(k)
	if n < minTypoLen || isArabic(k) {
		return ""
	}
	limit := 1
	if n >= 8 {
		limit = 2
	}
	r, _ := utf8.DecodeRuneInString(k)
	best, bestD, ties := "", limit+1, 0
	for _, h := range th.heads[r] {
		if d := utf8.RuneCountInString(h) - n; d > limit || d < -limit {
			continue
		}
		switch d := lang.TypoDistance(k, h, limit); {
		case d > limit:
		case d < bestD:
			best, bestD, ties = h, d, 0
		case d == bestD && len(th.byHead[h]) > len(th.byHead[best]):
			best, ties = h, 0 // the head of more labels: "plombier", not "plombeur"
		case d == bestD && len(th.byHead[h]) == len(th.byHead[best]):
			ties++
		}
	}
	if ties > 0 {
		return ""
	}
	return best
}
