package lang

import (
	"strings"
	"unicode/utf8"
)

// Normalize returns the matching form of text:
//
//   - letters lower-cased; Latin letters reduced to ASCII (é→e, ç→c, œ→oe, ß→ss);
//   - Arabic harakat, shadda, sukun, superscript alef, Quranic marks and tatweel
//     removed; أ إ آ ٱ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي; a standalone hamza ء dropped;
//     the Persian/Urdu letters Darija writers use mapped (ڤ→ف, گ ڭ ک→ك, پ→ب, ی→ي);
//     the definite article ال is kept (Fold handles it);
//   - Arabic-Indic and Persian digits turned into ASCII digits;
//   - a '.' or ',' (or the Arabic decimal separator ٫) between two digits is
//     kept as '.', so "13,3" and "13.3" both become "13.3" (one token);
//   - every other rune that is not a letter or digit (punctuation, apostrophes,
//     hyphens, symbols) becomes a space, which splits elisions ("l'emploi" →
//     "l emploi") and ranges ("15-24" → "15 24"); format characters
//     (zero-width joiners, direction marks) are removed without splitting;
//   - a change between Arabic script and Latin letters or digits starts a new
//     word ("casaوالرباط" → "casa والرباط", "2024م" → "2024 م");
//   - runs of spaces collapsed to one, no leading or trailing space.
//
// Normalize is idempotent and always returns valid UTF-8 (invalid bytes are
// separators).
func Normalize(text string) string {
	out, _ := analyze(text, false, false)
	return out
}

// Tokens returns the words of Normalize(text) in order: the fields of the
// normal form, so a number with a decimal point ("13.3") is one token and
// "15-24" is two.
func Tokens(text string) []string {
	_, sp := analyze(text, true, false)
	return (&textWords{spans: sp}).tokens()
}

// span is one word of the input: its bytes in the input text and its normal form.
type span struct {
	start, end int    // byte offsets in the input
	norm       string // normal form (a slice of the normalised text)
	brk        bool   // phrase punctuation (, ; . ? ! ( …) stands between this word and the previous one
}

// wordPos is where one word lies in the input and in the normal form.
type wordPos struct {
	start, end, nstart, nend int
	brk                      bool
}

// analyze normalises text and, when withSpans is set, returns where each word
// lies in text. keepHamza keeps the standalone hamza as a letter (for Detect,
// where MSA شيء and Darija شي differ).
func analyze(text string, withSpans, keepHamza bool) (string, []span) {
	var b strings.Builder
	b.Grow(len(text))
	// A question's words fit in the array, on the stack: only the spans
	// returned are allocated (the growing list of positions was the
	// turn's largest allocation, ~6 KB).
	var posArr [48]wordPos
	pos := posArr[:0]
	var w wordPos
	inWord, lastDigit, brk := false, false, false
	script := uint8(otherScript) // script of the current word
	closeWord := func() {
		if inWord && withSpans {
			pos = append(pos, w)
		}
		inWord, lastDigit = false, false
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		m := lookup(r)
		if keepHamza && r == 'ء' {
			m = rmap{out: "ء", cls: wordClass, script: arabicScript}
		}
		switch m.cls {
		case wordClass:
			sc := m.script
			if inWord && sc != script {
				closeWord() // "casaوالرباط", "2024م": a change of script starts a word
			}
			if !inWord {
				script = sc
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				inWord = true
				w = wordPos{start: i, nstart: b.Len(), brk: brk}
				brk = false
			}
			b.WriteString(m.out)
			w.end, w.nend = i+size, b.Len()
			lastDigit = m.digit
		case dropClass:
			if inWord && !isFormat(r) {
				w.end = i + size
			}
		case numClass:
			if inWord && lastDigit && nextIsDigit(text[i+size:]) {
				b.WriteByte('.')
				lastDigit = false
			} else {
				closeWord()
				// "asp.net", "node.js": a point inside a word is no sentence end.
				brk = brk || r != '.' || !nextIsWord(text[i+size:])
			}
		default:
			closeWord()
			brk = brk || isPhraseBreak(r)
		}
		i += size
	}
	closeWord()
	out := b.String()
	if !withSpans {
		return out, nil
	}
	spans := make([]span, len(pos))
	for k, p := range pos {
		spans[k] = span{start: p.start, end: p.end, norm: out[p.nstart:p.nend], brk: p.brk}
	}
	return out, spans
}

// Scripts that Normalize keeps in separate words.
const (
	otherScript = iota
	latinScript // ASCII letters and digits
	arabicScript
)

// scriptOf returns the script of the first rune of s.
func scriptOf(s string) uint8 {
	if s == "" {
		return otherScript
	}
	if s[0] < utf8.RuneSelf {
		return latinScript
	}
	r, _ := utf8.DecodeRuneInString(s)
	if r >= 0x600 && r < 0x700 || r >= 0x750 && r < 0x780 {
		return arabicScript
	}
	return otherScript
}

// isPhraseBreak reports whether separator r ends a phrase: punctuation
// other than hyphens, apostrophes, slashes and plus signs, and line breaks.
func isPhraseBreak(r rune) bool {
	switch r {
	case ' ', '\t', 0xA0, '-', '\'', '/', '+', '_', '&', 0x2019, 0x2018, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, '*', '#', '@', '%', 0x66A, '$', 0x20AC:
		return false
	}
	return true
}

// isFormat reports whether r is an invisible format character (direction
// marks, zero-width joiners), which a word's surface does not include.
func isFormat(r rune) bool {
	return r == 0xAD || r == 0x61C || (r >= 0x200B && r <= 0x200F) ||
		(r >= 0x202A && r <= 0x202E) || (r >= 0x2060 && r <= 0x206F) || r == 0xFEFF
}

// nextIsWord reports whether s starts with a rune that belongs to a word.
func nextIsWord(s string) bool {
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return lookup(r).cls == wordClass
}

// nextIsDigit reports whether s starts with a rune that normalises to a digit.
func nextIsDigit(s string) bool {
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return lookup(r).digit
}
