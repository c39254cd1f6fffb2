package lang

import (
	"slices"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Unresolved kinds besides KindOccupation and KindIndicator.
const (
	KindPlace  = "place"
	KindPeriod = "period"
)

// Unresolved is something a text names that the gazetteer, the lexicon or
// the period reader does not resolve: a place, an occupation, an indicator
// or a period. Marsad must say it does not know it rather than answer for
// something else.
type Unresolved struct {
	// Kind is KindPlace, KindOccupation, KindIndicator or KindPeriod.
	Kind string
	// Surface is the name as written in the text ("Lyon", "astro-boulanger
	// quantique", "nombre de startups licornes", "2050").
	Surface string
	// Inside is, for an occupation, a known occupation its words hold
	// ("boulanger" in "astro-boulanger quantique"), the zero Concept
	// otherwise: the nearest thing Marsad knows, never a substitute.
	Inside Concept
	// InsideSurface is the words of Inside as written.
	InsideSurface string
	// Foreign is set for a place outside Morocco (Lyon, القاهرة): no
	// Moroccan place is near it, whatever its spelling.
	Foreign bool
}

// FindUnresolved returns what text names without the package resolving
// it, in order of appearance:
//
//   - a place: a foreign place (Lyon, Madrid, القاهرة, Cairo, fransa); the
//     unknown words after a place noun ("région du Nord", "جهة الوسط",
//     "mdinat zwina"); a Moroccan-looking name the gazetteer lacks, read
//     from its head word ("Sidi Boukhrissa", "أولاد زيان الجديدة"); a
//     capitalised unknown word after a Latin locative ("à Zagorix", "in
//     Tiznitville");
//   - an occupation: the words after an occupation frame ("métier de X",
//     "que fait un X", "khdma dyal X", "what does a X do", "شنو كيدير X")
//     when some of them are unknown, whether or not they hold a known
//     occupation ("astro-boulanger quantique" holds boulanger);
//   - an indicator: the words after an indicator frame ("taux de X",
//     "number of X", "معدل X", "X rate") when they name no concept and
//     some are unknown;
//   - a period: a year outside the 1990-2039 that FindPeriods reads,
//     after a word that introduces a year ("en 2050", "f 1985", "سنة 2050").
//
// A word is unknown when no lexicon, gazetteer or period table of the
// package holds it and it is not a small word of the five languages.
// Places are found whatever the question, so the caller decides which
// matter (a note about emigration to Spain is a fine question). It
// returns nil when the text names nothing unresolved.
func FindUnresolved(text string) []Unresolved {
	return newScan(text).unresolved()
}

// unresolved is FindUnresolved of the scanned text.
func (s *scan) unresolved() []Unresolved {
	var fs []found
	fs = append(fs, s.places()...)
	fs = append(fs, s.occupations()...)
	fs = append(fs, s.indicators()...)
	fs = append(fs, s.periods()...)
	if len(fs) == 0 {
		return nil
	}
	slices.SortStableFunc(fs, func(a, b found) int { return a.at - b.at })
	out := make([]Unresolved, len(fs))
	for i, f := range fs {
		out[i] = f.Unresolved
	}
	return out
}

// found is an Unresolved and the word it starts at.
type found struct {
	Unresolved
	at int
}

// scan is a text prepared for FindUnresolved: its words, and for each
// word what the package's finders read it as ("" for nothing).
type scan struct {
	tw      *textWords
	covered []string // KindPlace, a concept kind, KindPeriod, or ""
}

func newScan(text string) *scan { return scanWith(prepare(text), nil) }

// scanWith is newScan of a prepared text whose narrowed lexicon hits are
// nw, nil to search them (Read gives those it found for the concepts).
func scanWith(tw *textWords, nw *narrowed) *scan {
	s := &scan{tw: tw, covered: make([]string, len(tw.spans))}
	for _, h := range gazetteer.index.find(tw) {
		s.cover(h.from, h.to, KindPlace)
	}
	tw.lastEnd = -1
	if nw == nil {
		found := questionHits(tw)
		nw = &found
	}
	tw.lastEnd = nw.end
	hits := mergeHits(nw.hits, ageRanges(tw))
	for _, h := range append(hits, plusAges(tw)...) {
		s.cover(h.from, h.to, lexicon.concepts[h.e.item].Kind)
	}
	for _, r := range nw.read { // "France" in "la part de la France dans les transferts"
		s.cover(r[0], r[1], KindIndicator)
	}
	for _, h := range tw.topicHits() {
		s.cover(h.from, h.to, KindTopic)
	}
	for _, a := range periodAtoms(tw) {
		s.cover(a.from, a.to, KindPeriod)
	}
	return s
}

// cover marks words [from, to) as read as kind, the first reading
// winning.
func (s *scan) cover(from, to int, kind string) {
	for i := from; i < to && i < len(s.covered); i++ {
		if s.covered[i] == "" {
			s.covered[i] = kind
		}
	}
}

func (s *scan) norm(i int) string { return s.tw.spans[i].norm }

// unknown reports whether word i names nothing the package knows: no
// finder read it, no table holds it (with or without a proclitic), and it
// is not a number.
func (s *scan) unknown(i int) bool {
	if s.covered[i] != "" || allDigits(s.norm(i)) || isDigit(s.norm(i)[0]) {
		return false
	}
	for _, f := range s.forms(i) {
		if knownWords[f] {
			return false
		}
	}
	return true
}

// forms returns the folded forms word i may stand for: the package's own
// candidates and the word without an Arabic or Arabizi place proclitic,
// whether or not a lexicon entry starts with what remains.
func (s *scan) forms(i int) []string {
	out := append([]string(nil), s.tw.forms[i]...)
	n := s.norm(i)
	list := latinProclitics
	if n[0] >= utf8.RuneSelf {
		list = arabicProclitics
	}
	for _, p := range list {
		if rest, ok := cutPrefix(n, p.s); ok && utf8.RuneCountInString(rest) >= 3 {
			out = append(out, foldNormal(rest))
		}
	}
	return out
}

func cutPrefix(s, p string) (string, bool) {
	if len(s) > len(p) && s[:len(p)] == p {
		return s[len(p):], true
	}
	return "", false
}

// is reports whether word i, in normal or folded form, is in set (a
// setOf table).
func (s *scan) is(i int, set map[string]bool) bool {
	if i < 0 || i >= len(s.tw.spans) {
		return false
	}
	return set[s.norm(i)] || set[s.tw.folded(i)]
}

// brk reports whether phrase punctuation stands before word i.
func (s *scan) brk(i int) bool { return s.tw.spans[i].brk }

// capitalised reports whether word i is written with a capital letter.
func (s *scan) capitalised(i int) bool {
	r, _ := utf8.DecodeRuneInString(s.tw.text[s.tw.spans[i].start:])
	return unicode.IsUpper(r)
}

// surface returns the input text of words [from, to).
func (s *scan) surface(from, to int) string {
	return s.tw.text[s.tw.spans[from].start:s.tw.spans[to-1].end]
}

// trimmedSurface is surface without the Arabic proclitic of its first
// word (و ب ف ل and their fusions with the article) when the word is
// known only without it: "والقاهرة" names القاهرة, "لمروض" مروض.
func (s *scan) trimmedSurface(from, to int) string {
	text := s.surface(from, to)
	p, ok := s.proclitic(from)
	if !ok {
		return text
	}
	for range []rune(p) {
		_, size := utf8.DecodeRuneInString(text)
		text = text[size:]
	}
	return text
}

// proclitic returns the Arabic proclitic word i is written with: one
// fused with the article (و in "والقاهرة", ب in "بالنسبة", ل in
// "للممرضين"), or a bare one when the word is known only without it (ل
// in "لمروض").
func (s *scan) proclitic(i int) (string, bool) {
	n := s.norm(i)
	if n[0] < utf8.RuneSelf {
		return "", false
	}
	for _, p := range fusedProclitics {
		if rest, ok := cutPrefix(n, p+"ال"); ok && utf8.RuneCountInString(rest) >= 2 {
			return p, true
		}
	}
	if knownWords[s.tw.folded(i)] {
		return "", false
	}
	for _, p := range []string{"و", "ب", "ف", "ل", "ك"} {
		if rest, ok := cutPrefix(n, p); ok && utf8.RuneCountInString(rest) >= 3 && knownWords[foldNormal(rest)] {
			return p, true
		}
	}
	return "", false
}

// fusedProclitics are the proclitics written before the article, longest
// first (لل is ل + ال).
var fusedProclitics = []string{"وب", "وف", "و", "ب", "ف", "ك", "ل"}

// periods finds the years FindPeriods does not read: four digits from
// 1800 to 2199 outside its 1990-2039, after a word that introduces a year
// and not before a unit ("en 2050", not "2050 DH").
func (s *scan) periods() []found {
	var out []found
	for i := range s.tw.spans {
		n := s.norm(i)
		if len(n) != 4 || !allDigits(n) { // before Atoi, whose error a word is an allocation
			continue
		}
		y, err := strconv.Atoi(n)
		if err != nil || y < 1800 || y > 2199 || (y >= 1990 && y <= 2039) {
			continue
		}
		if i > 0 && s.is(i-1, yearIntros) && (i+1 == len(s.tw.spans) || s.brk(i+1) || !s.is(i+1, notYearAfter)) {
			out = append(out, found{Unresolved{Kind: KindPeriod, Surface: s.surface(i, i+1)}, i})
		}
	}
	return out
}

// yearIntros are the words after which a number is a year.
var yearIntros = setOf("en", "in", "f", "fi", "l", "dans", "depuis", "since", "from", "avant", "apres", "after", "before", "until",
	"jusqu", "annee", "year", "l3am", "3am", "sanat", "في", "ف", "سنه", "عام", "خلال", "منذ", "حتي", "قبل", "بعد", "العام", "السنه", "لعام", "لسنه")
