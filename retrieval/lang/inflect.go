package lang

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Inflection: people name occupations in the plural and the feminine
// ("infirmières", "développeuses", "accountants", "الكهربائيين",
// "الممرضات", "كاسيرة", "serbaya", "bennayin") while the lexicon lists a
// few forms of each. A word of a text that ends like a plural or a
// feminine may stand for the word of an occupation entry it inflects:
// its base, found by removing or replacing the ending, must be a word of
// some occupation entry (any position, so that "aides-soignantes" matches
// "aide-soignant"), and only occupation entries accept it (inflectOK).
// Other kinds are left alone: "services" is no inflection of a sector, and
// "femmes" must not read as "femme de ménage". The bases are looked up in
// a table built from the lexicon, so reading a word costs a few suffix
// tests and map lookups.

// inflectBases maps the words of the occupation entries to their folded
// forms: Latin words by their normal form (the endings are spelling, which
// folding blurs), Arabic words by their folded form (folding only drops the
// article and proclitics fused with it, which must go before the ending
// is read: للسباكين → سباكين → سباك).
var inflectBases = buildInflections()

func buildInflections() map[string]string {
	m := map[string]string{}
	for _, list := range lexicon.index.byFirst {
		for _, e := range list {
			if e.flags&block != 0 || lexicon.concepts[e.item].Kind != KindOccupation {
				continue
			}
			e.flags |= inflectOK
			for _, t := range Tokens(e.surface) {
				f := foldNormal(t)
				if inflectStop[t] || inflectStop[f] {
					continue
				}
				if t[0] < utf8.RuneSelf {
					m[t] = f
				} else {
					m[f] = f
				}
			}
		}
	}
	return m
}

// inflectStop are words of occupation entries whose inflections mean
// something else (normal forms): "ménages" are households, "commerciales"
// an adjective (activités commerciales), "métiers porteurs" promising
// ones, "العاملات" and "الموظفين" the employed of labour statistics
// (النساء العاملات), التقنيات techniques, مدرسة a school, المساحات areas,
// المكونات components, الساقية a river (الساقية الحمراء), المناولة
// subcontracting, البنايات buildings, الصيدلية a pharmacy, الإحصائيات
// statistics.
var inflectStop = setOf("menage", "commercial", "commerciale", "porteur", "routier", "mowadaf",
	"عامل", "عاملة", "موظف", "موظفة", "تقني", "مدرس", "مساح", "مكون", "ساقي", "مناول", "بناي", "صيدلي", "احصايي")

// latinEndings are the plural and feminine endings of French, English and
// Arabizi nouns, each with what replaces it in the base, tried in order;
// several bases may be found ("serveuses": serveuse, serveur).
var latinEndings = []struct{ end, base string }{
	{"aux", "al"}, {"ies", "y"}, {"men", "man"}, {"es", ""}, {"s", ""}, // plurals
	{"ienne", "ien"}, {"euse", "eur"}, {"rice", "eur"}, {"iere", "ier"}, {"ere", "er"}, {"onne", "on"}, {"ive", "if"},
	{"ee", "e"}, {"e", ""}, // French feminines
	{"iyat", "i"}, {"iya", "i"}, {"at", ""}, {"in", ""}, {"a", ""}, // Arabizi plurals and feminines
}

// arabicEndings are the sound plural and feminine endings of Arabic and
// Darija nouns (normal forms: ة is written ه, ئ ي), with their
// replacement. The feminine endings ه and ات are not read after a nisba ي:
// الكهربائية and التقنيات are adjectives and things far more often than
// women at work (the lexicon lists فرملية, صيدلانية…).
var arabicEndings = []struct{ end, base string }{
	{"يين", "ي"}, {"ين", ""}, {"ون", ""}, {"ات", ""}, {"ه", ""},
}

// minStem is the shortest base an ending may leave, in letters.
const minStem = 3

// inflections appends to forms the folded lexicon words that the word of
// normal form n and folded form folded inflects, each once and other than
// folded itself, and returns the extended slice.
func inflections(n, folded string, forms []string) []string {
	start := len(forms)
	add := func(f string) {
		if f == folded {
			return
		}
		for _, x := range forms[start:] {
			if x == f {
				return
			}
		}
		forms = append(forms, f)
	}
	if n == "" || len(n) > typoMax || len(folded) > 4*typoMax {
		return forms
	}
	if n[0] < utf8.RuneSelf {
		latinBases(n, add)
	} else {
		arabicBases(folded, add)
	}
	return forms
}

// latinBases calls add with the fold of each base of n found in the table:
// n without one plural ending, then each of n and those plurals without
// one feminine or Arabizi ending. Words are handled in stack buffers, so that
// reading a word allocates nothing unless it inflects an entry.
func latinBases(n string, add func(string)) {
	// Fixed arrays rather than a slice of slices: escape analysis keeps
	// them on the stack.
	var stems [3][typoMax + 4]byte
	var lens [3]int
	var buf [typoMax + 4]byte
	lens[0] = copy(stems[0][:], n)
	count := 1
	for _, x := range latinEndings[:5] {
		if stem, ok := replaceEnd(stems[0][:lens[0]], x.end, x.base, buf[:0]); ok {
			if f, known := inflectBases[string(stem)]; known {
				add(f)
			}
			if count < len(stems) {
				lens[count] = copy(stems[count][:], stem)
				count++
			}
		}
	}
	for k := 0; k < count; k++ {
		for _, x := range latinEndings[5:] {
			if stem, ok := replaceEnd(stems[k][:lens[k]], x.end, x.base, buf[:0]); ok {
				if f, known := inflectBases[string(stem)]; known {
					add(f)
				}
			}
		}
	}
}

// arabicBases calls add with each base of the folded Arabic word f found
// in the table.
//
// A construct plural is read with the proclitic glued to it
// ("لأمناء", "لممرضي المستعجلات", "لسائقي الشاحنات"): the proclitics of
// gluedProclitics are tried off the word too.
func arabicBases(f string, add func(string)) {
	for _, p := range gluedProclitics {
		if rest, ok := strings.CutPrefix(f, p); ok && (p == "" || utf8.RuneCountInString(rest) > minStem) {
			arabicEndingBases(rest, add, p != "")
		}
	}
}

// gluedProclitics are the letters glued before a noun that arabicBases
// tries off it (normal forms), the empty one first.
var gluedProclitics = []string{"", "ل", "ب", "و", "ف", "لل", "ال", "بال", "وال", "ول", "وب", "ولل"}

// arabicEndingBases calls add with each base of f without one ending of
// arabicEndings, or, after a proclitic (construct), without the ي of a
// construct plural ("لممرضي", not "رياضي").
func arabicEndingBases(f string, add func(string), construct bool) {
	var word, buf [4 * typoMax]byte
	w := append(word[:0], f...)
	if construct {
		if stem, ok := replaceEnd(w, "ي", "", buf[:0]); ok {
			if b, known := inflectBases[string(stem)]; known {
				add(b)
			}
		}
	}
	for _, x := range arabicEndings {
		if stem, ok := replaceEnd(w, x.end, x.base, buf[:0]); ok && !(x.base == "" && x.end != "ين" && x.end != "ون" && bytes.HasSuffix(stem, []byte("ي"))) {
			if b, known := inflectBases[string(stem)]; known {
				add(b)
			}
		}
	}
}

// replaceEnd writes in buf w with its ending end replaced by base, when w
// has that ending and keeps at least minStem letters before it.
func replaceEnd(w []byte, end, base string, buf []byte) ([]byte, bool) {
	if !bytes.HasSuffix(w, []byte(end)) || utf8.RuneCount(w)-utf8.RuneCountInString(end) < minStem {
		return nil, false
	}
	return append(append(buf, w[:len(w)-len(end)]...), base...), true
}
