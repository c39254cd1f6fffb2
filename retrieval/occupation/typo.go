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
// technology, which stay unknown. A long word that heads no label is
// reached by one edit only. Two words typed without their space
// ("Profanglais") are cut in two (unglued).

// minTypoLen is the shortest word corrected: shorter ones are too close to
// too many words ("agent", "aide", "ouvre" one letter from "ouvrier"'s
// stem).
const minTypoLen = 6

// indexHeads groups by first letter, which a typo rarely changes, the
// words a typo may be read as: the head words of the labels, and long
// words of any label.
func (th *Thesaurus) indexHeads() {
	th.heads = map[rune][]word{}
	for k := range th.byKey {
		n := utf8.RuneCountInString(k)
		if th.byHead[k] == nil && n < minFieldTypoLen || n < minTypoLen || isArabic(k) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(k)
		th.heads[r] = append(th.heads[r], k)
	}
}

// minFieldTypoLen is the shortest word read as a typo of a word that heads
// no label ("plannification"): long words only, whose one slip leaves
// them far from any other.
const minFieldTypoLen = 9

// popularity orders equally near corrections: the head of more labels,
// then the word of more labels.
func (th *Thesaurus) popularity(k word) int { return len(th.byHead[k])<<16 + len(th.byKey[k]) }

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
		lim := limit
		if th.byHead[h] == nil {
			if n < minFieldTypoLen {
				continue
			}
			// a field word two edits away is more often another word
			// than a double slip: "rémunération" is no "régénération"
			lim = 1
		}
		switch d := lang.TypoDistance(k, h, limit); {
		case d > lim, d == 2 && !sameStart(k, h):
			// two slips after the first letter in words otherwise
			// alike are more often another word: "escalators" is no
			// "excavator"
		case d < bestD:
			best, bestD, ties = h, d, 0
		case d == bestD && th.popularity(h) > th.popularity(best):
			best, ties = h, 0 // the head of more labels: "plombier", not "plombeur"
		case d == bestD && th.popularity(h) == th.popularity(best):
			ties++
		}
	}
	if ties > 0 {
		return ""
	}
	return best
}

// packagingTypo reports whether k, a word no label holds, is one edit
// from one of the packaging words (an ad's wording, a contract, an
// internship: "stagiare", "recrutment") long enough to be corrected: it
// is dropped as they are, where read as a typo of a head it would name
// another trade.
func packagingTypo(k word) bool {
	n := utf8.RuneCountInString(k)
	if n < minTypoLen || isArabic(k) {
		return false
	}
	for _, p := range longPackaging {
		if d := utf8.RuneCountInString(p) - n; d <= 1 && d >= -1 && lang.TypoDistance(k, p, 1) <= 1 {
			return true
		}
	}
	return false
}

// longPackaging are the packaging words of minTypoLen letters or more.
var longPackaging = func() []word {
	var out []word
	for p := range packaging {
		if utf8.RuneCountInString(p) >= minTypoLen && !isArabic(p) {
			out = append(out, p)
		}
	}
	return out
}()

// sameStart reports whether a and b begin with the same two letters.
func sameStart(a, b word) bool {
	ra, rb := []rune(a), []rune(b)
	return len(ra) >= 2 && len(rb) >= 2 && ra[0] == rb[0] && ra[1] == rb[1]
}
