package lang

import (
	"slices"
	"unicode/utf8"
)

// arabicTypoMin is the fewest letters of a folded form that tolerates a
// missing or added long vowel: shorter words differ by their vowels
// (عمل، عامل).
const arabicTypoMin = 5

// longVowels are the letters Arabic-script spellings of one word differ
// by: "مكانيكي" and "ميكانيكي", "فرمالي" and "فرملي".
var longVowels = map[rune]bool{'ا': true, 'و': true, 'ي': true}

// arabicTypos finds the Arabic-script form a word stands for when it
// misses or adds one long vowel: forms holds the folded forms and the
// item they name (-1 for several), short each form without one of its
// long vowels (withoutOneVowel).
type arabicTypos struct {
	forms map[string]int
	short map[string][]string
}

// buildArabicTypos registers the single-word Arabic-script entries of ix
// that eligible accepts and that need no context, and marks them typoOK.
func buildArabicTypos(ix *phraseIndex, eligible func(*entry) bool) arabicTypos {
	a := arabicTypos{forms: map[string]int{}, short: map[string][]string{}}
	for _, list := range ix.byFirst {
		for _, e := range list {
			w := e.words[0]
			if len(e.words) != 1 || e.flags&(needsLocative|block|needsNext|notCount) != 0 || e.cues[0] != 0 || e.onlyIn != "" ||
				!eligible(e) || !arabicWord(w) || utf8.RuneCountInString(w) < arabicTypoMin {
				continue
			}
			e.flags |= typoOK
			if item, ok := a.forms[w]; ok {
				if item != e.item {
					a.forms[w] = -1
				}
				continue
			}
			a.forms[w] = e.item
			for _, s := range withoutOneVowel(w) {
				a.short[s] = append(a.short[s], w)
			}
		}
	}
	return a
}

// correct returns a form that the folded word w misses a long vowel of,
// or adds one to, when all such forms name one item; false when none
// does or they name several ("شفور" misses the ي of شيفور and the و of
// شوفور, both the driver).
func (a arabicTypos) correct(w string) (string, bool) {
	if !arabicWord(w) || utf8.RuneCountInString(w) < arabicTypoMin-1 {
		return "", false
	}
	found := slices.Clone(a.short[w])      // "مكانيكي": ميكانيكي without its first ي
	for _, s := range withoutOneVowel(w) { // "فرمالي": فرملي with an ا
		if _, ok := a.forms[s]; ok {
			found = append(found, s)
		}
	}
	if len(found) == 0 {
		return "", false
	}
	slices.Sort(found)
	for _, f := range found {
		if item := a.forms[f]; item < 0 || item != a.forms[found[0]] {
			return "", false
		}
	}
	return found[0], true
}

// withoutOneVowel returns w without each of its long vowels, each once,
// but those of its first letter and of its last two (three for a plural
// in -يين, -يون), where a long vowel makes another word: محاسب and محاسبي
// (accounting), تقنيين (technicians) and تقنين (regulation), فلاحين and
// فلاحيون.
func withoutOneVowel(w string) []string {
	var out []string
	runes := []rune(w)
	end := len(runes) - 2
	if n := len(runes); n >= 4 && runes[n-1] == 'ن' && longVowels[runes[n-2]] && longVowels[runes[n-3]] {
		end-- // a plural's ending: تقنيين
	}
	for i, r := range runes {
		if i == 0 || i >= end || !longVowels[r] {
			continue
		}
		s := string(runes[:i]) + string(runes[i+1:])
		if len(out) == 0 || out[len(out)-1] != s { // a doubled vowel gives one word
			out = append(out, s)
		}
	}
	return out
}

// arabicWord reports whether w is written in Arabic letters only.
func arabicWord(w string) bool {
	for _, r := range w {
		if r < 0x0621 || r > 0x064A {
			return false
		}
	}
	return w != ""
}
