package lang

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// class says what Normalize does with one input rune.
type class uint8

const (
	sepClass  class = iota // a separator: becomes a space between words
	wordClass              // part of a word: written as out
	dropClass              // removed without splitting the word (diacritics, tatweel, format characters)
	numClass               // '.' ',' '٫': kept as '.' between two digits, else a separator
)

// rmap is the normal form of one rune.
type rmap struct {
	out    string
	cls    class
	digit  bool  // out is an ASCII digit
	script uint8 // scriptOf(out), for word runes
}

// withScript sets m.script from m.out.
func withScript(m rmap) rmap {
	m.script = scriptOf(m.out)
	return m
}

// Precomputed tables for the runes met in Marsad's text: ASCII, Latin-1 and
// Latin Extended-A/B, and the Arabic block. Everything else takes slowMap.
// They are package variables built by their initialisers (not init
// functions) so that the other tables, built from Normalize, come after them.
var (
	asciiMap  = buildASCII()
	latinMap  = buildLatin()
	arabicMap = buildArabic()
)

func buildASCII() (asciiMap [0x80]rmap) {
	for r := rune(0); r < 0x80; r++ {
		switch {
		case r >= 'a' && r <= 'z':
			asciiMap[r] = rmap{out: string(r), cls: wordClass}
		case r >= 'A' && r <= 'Z':
			asciiMap[r] = rmap{out: string(r + 'a' - 'A'), cls: wordClass}
		case r >= '0' && r <= '9':
			asciiMap[r] = rmap{out: string(r), cls: wordClass, digit: true}
		case r == '.' || r == ',':
			asciiMap[r] = rmap{cls: numClass}
		default:
			asciiMap[r] = rmap{cls: sepClass}
		}
		asciiMap[r] = withScript(asciiMap[r])
	}
	return asciiMap
}

// latinSpecial holds the Latin letters that do not decompose into an ASCII
// base letter plus marks.
var latinSpecial = map[rune]string{
	'œ': "oe", 'æ': "ae", 'ß': "ss", 'ø': "o", 'đ': "d", 'ð': "d", 'þ': "th",
	'ł': "l", 'ı': "i", 'ħ': "h", 'ŀ': "l", 'ŋ': "n", 'ĸ': "k", 'ſ': "s",
	'ƒ': "f", 'ĳ': "ij", 'ª': "a", 'º': "o", 'ǆ': "dz", 'ǉ': "lj", 'ǌ': "nj",
	'ǳ': "dz", 'ƀ': "b", 'ɨ': "i", 'ʉ': "u", 'ɇ': "e", 'ɍ': "r", 'ɏ': "y",
	'ǥ': "g", 'ƶ': "z", 'ȥ': "z", 'ɉ': "j", 'ȼ': "c", 'ⱥ': "a", 'ȿ': "s",
}

func buildLatin() (latinMap [0x250 - 0x80]rmap) {
	for r := rune(0x80); r < 0x250; r++ {
		latinMap[r-0x80] = withScript(slowMap(r))
	}
	return latinMap
}

// buildArabic fills the Arabic block: alef, ya, ta marbuta and hamza carriers
// folded, harakat and tatweel dropped, Persian/Urdu letters mapped to the
// Arabic letters Darija writers mean, Arabic-Indic and Persian digits to ASCII.
func buildArabic() (arabicMap [0x700 - 0x600]rmap) {
	for r := rune(0x600); r < 0x700; r++ {
		arabicMap[r-0x600] = withScript(arabicRune(r))
	}
	return arabicMap
}

var arabicFold = map[rune]rune{
	'آ': 'ا', 'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا', 'ٵ': 'ا',
	'ى': 'ي', 'ئ': 'ي', 'ؠ': 'ي', 'ی': 'ي', 'ۍ': 'ي', 'ێ': 'ي', 'ې': 'ي', 'ۑ': 'ي', 'ے': 'ي', 'ۓ': 'ي', 'ؽ': 'ي', 'ؾ': 'ي', 'ؿ': 'ي', 'ٸ': 'ي',
	'ة': 'ه', 'ھ': 'ه', 'ہ': 'ه', 'ۂ': 'ه', 'ۃ': 'ه', 'ە': 'ه', 'ۀ': 'ه',
	'ؤ': 'و', 'ٶ': 'و', 'ٷ': 'و', 'ۋ': 'و', 'ۆ': 'و', 'ۇ': 'و', 'ۈ': 'و', 'ۉ': 'و', 'ۊ': 'و', 'ۏ': 'و',
	'ڤ': 'ف', 'ڡ': 'ف', 'ڢ': 'ف', 'ڣ': 'ف', 'ڥ': 'ف', 'ڦ': 'ف',
	'ڧ': 'ق',
	'گ': 'ك', 'ڭ': 'ك', 'ک': 'ك', 'ڪ': 'ك', 'ګ': 'ك', 'ڬ': 'ك', 'ڮ': 'ك', 'ڰ': 'ك', 'ڱ': 'ك', 'ڲ': 'ك', 'ڳ': 'ك', 'ڴ': 'ك', 'ڨ': 'ك', 'ػ': 'ك', 'ؼ': 'ك',
	'پ': 'ب', 'ٮ': 'ب', 'ٯ': 'ق',
}

func arabicRune(r rune) rmap {
	switch {
	case r >= 0x660 && r <= 0x669:
		return rmap{out: string('0' + r - 0x660), cls: wordClass, digit: true}
	case r >= 0x6F0 && r <= 0x6F9:
		return rmap{out: string('0' + r - 0x6F0), cls: wordClass, digit: true}
	case r == 0x66B: // Arabic decimal separator
		return rmap{cls: numClass}
	case r == 'ء' || r == 0x674 || r == 0x640 || r == 0x670:
		return rmap{cls: dropClass}
	}
	if f, ok := arabicFold[r]; ok {
		return rmap{out: string(f), cls: wordClass}
	}
	switch {
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf), r == 0x6E5, r == 0x6E6:
		return rmap{cls: dropClass}
	case unicode.IsLetter(r):
		return rmap{out: string(r), cls: wordClass}
	}
	return rmap{cls: sepClass}
}

// lookup returns the normal form of r.
func lookup(r rune) rmap {
	switch {
	case r < 0x80:
		return asciiMap[r]
	case r < 0x250:
		return latinMap[r-0x80]
	case r >= 0x600 && r < 0x700:
		return arabicMap[r-0x600]
	case r == 0x763: // ݣ, the Moroccan g
		return rmap{out: "ك", cls: wordClass, script: arabicScript}
	}
	return withScript(slowMap(r))
}

// slowMap computes the normal form of a rune outside the tables (see
// slowMapOnce), then maps its output again until every rune of it is its own
// normal form, which keeps Normalize idempotent; a rune that does not settle
// is dropped.
func slowMap(r rune) rmap {
	m := slowMapOnce(r)
	for round := 0; round < 4; round++ {
		if m.cls != wordClass {
			return m
		}
		next, stable := remap(m.out)
		if stable {
			return m
		}
		m = next
	}
	return rmap{cls: dropClass}
}

// remap maps each rune of out once; stable reports that nothing changed.
func remap(out string) (rmap, bool) {
	var b []byte
	stable := true
	for _, y := range out {
		var my rmap
		switch {
		case y < 0x80:
			my = asciiMap[y]
		case y >= 0x600 && y < 0x700:
			my = arabicMap[y-0x600]
		default:
			my = slowMapOnce(y)
		}
		if my.cls != wordClass || my.out != string(y) {
			stable = false
		}
		if my.cls == wordClass {
			b = append(b, my.out...)
		}
	}
	if len(b) == 0 {
		return rmap{cls: dropClass}, stable
	}
	return rmap{out: string(b), cls: wordClass, digit: len(b) == 1 && isDigit(b[0])}, stable
}

// slowMapOnce computes the normal form of a rune outside the tables:
// combining marks and format characters are dropped, letters lower-cased and
// reduced to an ASCII base letter when they are Latin letters with marks,
// compatibility forms (presentation forms, full-width letters, ligatures)
// decomposed.
func slowMapOnce(r rune) rmap {
	switch {
	case r == utf8.RuneError:
		return rmap{cls: sepClass}
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return rmap{cls: dropClass}
	case unicode.Is(unicode.Lm, r):
		return rmap{cls: sepClass}
	case unicode.IsDigit(r):
		return digitMap(r)
	case unicode.IsLetter(r) || unicode.Is(unicode.Mc, r):
		return letterMap(r)
	}
	return rmap{cls: sepClass}
}

func digitMap(r rune) rmap {
	s := norm.NFKC.String(string(r))
	if len(s) == 1 && s[0] >= '0' && s[0] <= '9' {
		return rmap{out: s, cls: wordClass, digit: true}
	}
	return rmap{out: string(r), cls: wordClass}
}

func letterMap(r rune) rmap {
	lower := unicode.ToLower(r)
	if s, ok := latinSpecial[lower]; ok {
		return rmap{out: s, cls: wordClass}
	}
	if base := asciiBase(lower); base != "" {
		return rmap{out: base, cls: wordClass}
	}
	if c := norm.NFKC.String(string(lower)); c != string(lower) {
		return composite(c)
	}
	return rmap{out: string(lower), cls: wordClass}
}

// asciiBase returns the ASCII letters r decomposes to once marks are removed,
// or "" when r is not such a letter.
func asciiBase(r rune) string {
	d := norm.NFKD.String(string(r))
	var out []byte
	for _, c := range d {
		switch {
		case unicode.Is(unicode.Mn, c):
		case c >= 'a' && c <= 'z':
			out = append(out, byte(c))
		case c >= 'A' && c <= 'Z':
			out = append(out, byte(c+'a'-'A'))
		default:
			return ""
		}
	}
	return string(out)
}

// composite maps the compatibility decomposition c of one letter rune by rune
// through the tables (one level: the tables' outputs are fixed points).
func composite(c string) rmap {
	var out []byte
	for _, x := range c {
		var m rmap
		switch {
		case x < 0x80:
			m = asciiMap[x]
		case x >= 0x600 && x < 0x700:
			m = arabicMap[x-0x600]
		case unicode.IsLetter(x) && !unicode.Is(unicode.Lm, x):
			m = rmap{out: string(unicode.ToLower(x)), cls: wordClass} // slowMap settles it
		case unicode.In(x, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm):
			continue
		case unicode.IsDigit(x) || unicode.Is(unicode.Mc, x):
			m = rmap{out: string(x), cls: wordClass}
		default:
			return rmap{cls: sepClass}
		}
		if m.cls != wordClass {
			if m.cls == dropClass {
				continue
			}
			return rmap{cls: sepClass}
		}
		out = append(out, m.out...)
	}
	if len(out) == 0 {
		return rmap{cls: dropClass}
	}
	return rmap{out: string(out), cls: wordClass}
}
