package lang

import (
	"strings"
	"unicode/utf8"
)

// Fold returns the canonical form of one word used for matching across
// scripts and spellings. The word is normalised first (Normalize); if that
// yields several words, each is folded and they are joined by one space.
//
// Arabic-script words lose the definite article and the proclitics fused
// with it (ال وال بال فال كال لل دال …) as long as at least three letters
// remain: البطالة, والبطالة, بالبطالة and للبطالة all fold to بطاله. A word
// of five letters or more also loses a final alif, the accusative tanween
// (محاسبا, محاسباً → محاسب; كازا and دابا keep theirs).
// Latin words with at least two letters read the Arabizi digits as letters
// (2→"", 3→a, 5→kh, 7→h, 8→gh, 9→q) and are reduced to a rough phonetic key:
// sh→ch, ou/oo/o→u, w→u (but a final w), y→i, ee→i, an e between two consonants is dropped and
// doubled letters collapse, so "l5edma", "lkhdma" and "lkhedma" all fold to
// "lkhdma", and "ch7al" and "chhal" to "chal". Numbers and words of other
// scripts are returned normalised. Fold is idempotent.
func Fold(word string) string {
	if !isNormalWord(word) {
		n := Normalize(word)
		if strings.IndexByte(n, ' ') >= 0 {
			parts := strings.Split(n, " ")
			for i, p := range parts {
				parts[i] = foldNormal(p)
			}
			return strings.Join(parts, " ")
		}
		word = n
	}
	return foldNormal(word)
}

// isNormalWord reports whether w is already one word in normal form as far as
// the ASCII fast path can tell (lower-case letters, digits, inner dots).
func isNormalWord(w string) bool {
	if w == "" {
		return true
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '.' && i > 0 && i < len(w)-1 && isDigit(w[i-1]) && isDigit(w[i+1]):
		default:
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// foldNormal folds one word already in normal form.
func foldNormal(w string) string { return fixpoint(w, foldOnce) }

// foldOnce is one round of folding, by the script of the word's first letter.
func foldOnce(w string) string {
	if w == "" {
		return w
	}
	if w[0] < utf8.RuneSelf {
		if hasLetter(w) {
			return foldLatinOnce(w)
		}
		return w
	}
	r, _ := utf8.DecodeRuneInString(w)
	if isArabicLetter(r) {
		return stripTanweenAlif(stripArticle(w))
	}
	return w
}

// fixpoint applies f until the word stops changing (a few rounds at most),
// which makes Fold idempotent by construction.
func fixpoint(w string, f func(string) string) string {
	for i := 0; i < 8; i++ {
		n := f(w)
		if n == w {
			return w
		}
		w = n
	}
	return w
}

func hasLetter(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return true
		}
	}
	return false
}

func isArabicLetter(r rune) bool { return r >= 0x620 && r <= 0x6FF && !(r >= 0x660 && r <= 0x669) }

// articles are the Arabic definite article and the proclitics written with
// it, longest first.
var articles = []string{"وبال", "وفال", "ولل", "وال", "بال", "فال", "كال", "دال", "لل", "ال"}

// stripArticle removes one leading article form when three letters remain.
func stripArticle(w string) string {
	for _, a := range articles {
		if strings.HasPrefix(w, a) && utf8.RuneCountInString(w[len(a):]) >= 3 {
			return w[len(a):]
		}
	}
	return w
}

// stripTanweenAlif removes the final alif of a word of five letters or more:
// the accusative tanween of an indefinite noun or adjective (أعمل محاسبا,
// مهندسا مدنيا) whose marks Normalize already dropped. Shorter words keep
// it: دابا, كازا, سلا and البيضاء (البيضا) are not accusatives.
func stripTanweenAlif(w string) string {
	if strings.HasSuffix(w, "ا") && utf8.RuneCountInString(w) >= 5 {
		return w[:len(w)-len("ا")]
	}
	return w
}

// foldLatinOnce is one round of the Latin/Arabizi folding.
func foldLatinOnce(w string) string {
	letters := 0
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			letters++
		}
	}
	// Digits stand for letters in words of two letters or more, not in
	// numbers with a decimal point ("7.0aa").
	mapDigits := letters >= 2 && strings.IndexByte(w, '.') < 0
	var buf [64]byte
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		var next byte
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch {
		case isDigit(c) && mapDigits && arabiziDigit[c-'0'] != "-":
			b = append(b, arabiziDigit[c-'0']...)
		case c == 's' && next == 'h':
			b = append(b, 'c', 'h')
			i++
		case c == 'o' && (next == 'u' || next == 'o'):
			b = append(b, 'u')
			i++
		case c == 'o' || c == 'w' && i+1 < len(w):
			b = append(b, 'u') // a final w stays: "now" is not "no"
		case c == 'y':
			b = append(b, 'i')
		case c == 'e' && next == 'e':
			b = append(b, 'i')
			i++
		default:
			b = append(b, c)
		}
	}
	b = collapse(dropInnerE(b))
	if string(b) == w {
		return w // no allocation when the word is already folded
	}
	return string(b)
}

// arabiziDigit is what each digit stands for inside an Arabizi word ("-": kept).
var arabiziDigit = [10]string{"-", "-", "", "a", "-", "kh", "-", "h", "gh", "q"}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'u' || c == 'o' || c == 'y'
}

func isConsonant(c byte) bool { return c >= 'a' && c <= 'z' && !isVowel(c) }

// dropInnerE removes an 'e' standing between two consonants.
func dropInnerE(b []byte) []byte {
	out := b[:0]
	for i := 0; i < len(b); i++ {
		if b[i] == 'e' && i > 0 && i+1 < len(b) && isConsonant(b[i-1]) && isConsonant(b[i+1]) {
			continue
		}
		out = append(out, b[i])
	}
	return out
}

// collapse turns a run of the same letter into one letter (digits are kept).
func collapse(b []byte) []byte {
	out := b[:0]
	for i := 0; i < len(b); i++ {
		if i > 0 && b[i] == b[i-1] && b[i] >= 'a' && b[i] <= 'z' {
			continue
		}
		out = append(out, b[i])
	}
	return out
}
