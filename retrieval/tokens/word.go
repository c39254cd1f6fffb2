package tokens

import (
	"unicode"
	"unicode/utf8"
)

// word is a run of text[start:end] that a passage never splits.
type word struct{ start, end int }

// words returns the words of text: runs of non-space runes, where a run of
// exactly three digits after one space (or no-break space) following a
// digit continues a number, and a run of punctuation or symbols only
// (%, :, ») sticks to the word before it.
func words(text string) []word {
	var out []word
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := runEnd(text, i)
		if k := len(out); k > 0 && joins(text, out[k-1], word{i, j}) {
			out[k-1].end = j
		} else {
			out = append(out, word{i, j})
		}
		i = j
	}
	return out
}

// runEnd returns the end of the run of non-space runes starting at i.
func runEnd(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			return i
		}
		i += n
	}
	return i
}

// joins reports whether run b belongs to the word a before it.
func joins(text string, a, b word) bool {
	gap := text[a.end:b.start]
	if isPunct(text[b.start:b.end]) {
		return true
	}
	if gap != " " && gap != "\u00a0" && gap != "\u202f" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text[a.start:a.end])
	return unicode.IsDigit(last) && isDigitGroup(text[b.start:b.end])
}

// isDigitGroup reports whether s is three digits, optionally followed by
// a decimal part or punctuation (000, 000,5 000.).
func isDigitGroup(s string) bool {
	if len(s) < 3 {
		return false
	}
	for _, c := range []byte(s[:3]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	if len(s) == 3 {
		return true
	}
	c := s[3]
	return c < '0' || c > '9'
}

// isPunct reports whether s holds punctuation and symbols only.
func isPunct(s string) bool {
	for _, r := range s {
		if !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			return false
		}
	}
	return true
}
