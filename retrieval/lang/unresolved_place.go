package lang

import "unicode/utf8"

// foreignPlaces indexes foreignPlaceNames.
var foreignPlaces = func() *phraseIndex {
	ix := newPhraseIndex()
	for _, n := range splitList(foreignPlaceNames) {
		ix.add(n, 0)
	}
	return ix.finish()
}()

// maxNameWords bounds the words of a name read after a place noun, a
// toponym head or a locative.
const maxNameWords = 3

// places finds the places of the text the gazetteer does not hold (see
// FindUnresolved), each once, leftmost first.
func (s *scan) places() []found {
	var out []found
	for i := 0; i < len(s.tw.spans); {
		from, to, ok := s.placeAt(i)
		if !ok {
			i++
			continue
		}
		u := Unresolved{Kind: KindPlace, Surface: s.trimmedSurface(from, to)}
		_, u.Foreign = s.matchAt(foreignPlaces, from)
		out = append(out, found{u, from})
		i = to
	}
	return out
}

// placeAt reads an unresolved place from word i: a foreign place or a
// toponym starting there, or the name after a place noun or a locative
// there. It returns the words [from, to) of the name.
func (s *scan) placeAt(i int) (int, int, bool) {
	if s.covered[i] == KindPlace || s.covered[i] == KindIndicator {
		// A country in an indicator's name (la part de la France dans les
		// transferts des MRE) is what is asked about, not a place.
		return 0, 0, false
	}
	if h, ok := s.matchAt(foreignPlaces, i); ok && !s.anyPlace(h.from, h.to) {
		return i, h.to, true
	}
	if s.toponymHead(i) {
		if to := s.nameRun(i+1, s.unread); to > i+1 {
			return i, to, true
		}
	}
	if s.is(i, placeNouns) {
		if from, to := s.afterPlaceNoun(i); to > from {
			return from, to, true
		}
	}
	if s.is(i, latinLocatives) && i+1 < len(s.tw.spans) && !s.brk(i+1) && s.capitalised(i+1) {
		if to := s.nameRun(i+1, s.capitalisedUnknown); to > i+1 {
			return i + 1, to, true
		}
	}
	if from, to, ok := s.bareNameAt(i); ok {
		return from, to, true
	}
	return 0, 0, false
}

// bareNames are the locatives before which an uncapitalised unknown name
// is a place when it comes right before the period of an indicator asked:
// "ch7al chomage f tilmassine f 2024", "البطالة ف تلماسين ف 2024".
var bareNames = setOf("a", "f", "fi", "in", "في", "ف")

// bareNameAt reads, after a locative at word i, one or two unknown words
// without an article that come right before a period, in a question
// that names an indicator:
// a place the gazetteer lacks, asked as places are, and never Morocco's
// figure instead.
func (s *scan) bareNameAt(i int) (int, int, bool) {
	n := len(s.tw.spans)
	if !s.is(i, bareNames) || i+1 >= n || s.brk(i+1) || !s.unknown(i+1) || hasArticle(s.norm(i+1)) || utf8.RuneCountInString(s.norm(i+1)) < 4 {
		return 0, 0, false
	}
	to := i + 2
	if to < n && !s.brk(to) && s.unknown(to) && !hasArticle(s.norm(to)) {
		to++
	}
	switch {
	case to < n && !s.brk(to) && s.covered[to] == KindPeriod:
	case to+1 < n && !s.brk(to) && s.is(to, yearIntros) && s.covered[to+1] == KindPeriod:
	default:
		return 0, 0, false
	}
	return i + 1, to, s.namesIndicator()
}

// namesIndicator reports whether a word of the text names an indicator:
// the figure a bare unknown name would otherwise be answered with for
// Morocco ("f marjane" is a shop, "f teleportation" a domain).
func (s *scan) namesIndicator() bool {
	for _, k := range s.covered {
		if k == KindIndicator {
			return true
		}
	}
	return false
}

// anyPlace reports whether a word of [from, to) is a Moroccan place.
func (s *scan) anyPlace(from, to int) bool {
	for i := from; i < to; i++ {
		if s.covered[i] == KindPlace {
			return true
		}
	}
	return false
}

// toponymHead reports whether word i starts a Moroccan-looking name
// (toponymHeads). Latin heads must be capitalised or follow a locative
// ("ait" is also French); the Arabic heads that are also common words
// (بني "built", عين "eye", قصر "palace") must follow a locative or carry
// a place proclitic (بعين).
func (s *scan) toponymHead(i int) bool {
	n := s.norm(i)
	if n[0] < utf8.RuneSelf {
		if n == "dar" {
			// "dar" is also "house" (f dar): a head only written as a name.
			return s.capitalised(i) && s.is(i-1, latinLocatives)
		}
		return s.is(i, toponymHeads) && (s.capitalised(i) || s.is(i-1, latinLocatives))
	}
	if s.is(i, strongArabicHeads) {
		return true
	}
	if s.is(i, toponymHeads) {
		return s.is(i-1, arabicLocatives)
	}
	for _, p := range arabicProclitics {
		if rest, ok := cutPrefix(n, p.s); ok && p.place && toponymHeads[rest] {
			return true
		}
	}
	return false
}

// strongArabicHeads are the toponym heads of Arabic script that are no
// common word.
var strongArabicHeads = setOf("سيدي", "مولاي", "اولاد", "ولاد", "ايت", "تيزي", "دوار", "بسيدي", "فسيدي", "لسيدي", "باولاد", "بايت")

// arabicLocatives are the Arabic prepositions written apart.
var arabicLocatives = setOf("في", "ف", "ب", "من", "الى", "نحو", "مدينه", "جهه", "اقليم")

// nameRun returns the end of the name starting at word from: words that
// pass ok, joined by toponymLinks, at most maxNameWords, within the
// phrase; from itself when the first word does not pass.
func (s *scan) nameRun(from int, ok func(int) bool) int {
	to := from
	for j := from; j < len(s.tw.spans) && j-from < maxNameWords; j++ {
		if j > from && s.brk(j) {
			break
		}
		switch {
		case ok(j):
			to = j + 1
		case j > from && s.is(j, toponymLinks) && j+1 < len(s.tw.spans) && ok(j+1):
			continue
		default:
			return to
		}
	}
	return to
}

// afterPlaceNoun returns the words of the unknown name that follows the
// place noun at word i, across a link ("région de", "jiha dyal"), or an
// empty range. A Latin name must be capitalised or follow a link
// ("région du Nord", "jiha dyal zwina"); an Arabic one must be definite
// (جهة الوسط) or follow a locative (في مدينة زهرون), because a verb may
// follow the noun too ("أي جهة سجلت").
func (s *scan) afterPlaceNoun(i int) (int, int) {
	j := i + 1
	linked := false
	for j < len(s.tw.spans) && !s.brk(j) && s.is(j, placeNounLinks) {
		j, linked = j+1, true
	}
	if j >= len(s.tw.spans) || s.brk(j) || !s.unread(j) {
		return 0, 0
	}
	n := s.norm(j)
	switch {
	case n[0] < utf8.RuneSelf && !linked && !s.capitalised(j):
		return 0, 0
	case n[0] >= utf8.RuneSelf && !hasArticle(n) && !s.is(i-1, arabicLocatives) && !hasPlaceProclitic(s.norm(i)):
		return 0, 0
	}
	return j, s.nameRun(j, s.unread)
}

func hasArticle(n string) bool {
	_, ok := cutPrefix(n, "ال")
	return ok
}

// hasPlaceProclitic reports whether an Arabic word carries ب or ف
// (بمدينة, فجهة).
func hasPlaceProclitic(n string) bool {
	_, b := cutPrefix(n, "ب")
	_, f := cutPrefix(n, "ف")
	return b || f
}

// capitalisedUnknown reports whether word i is unknown and capitalised.
func (s *scan) capitalisedUnknown(i int) bool { return s.capitalised(i) && s.unknown(i) }

// matchAt returns the longest entry of ix starting at word i, its first
// word read in any of the forms of s.forms (so that "بالقاهرة" finds
// القاهرة).
func (s *scan) matchAt(ix *phraseIndex, i int) (hit, bool) {
	for _, f := range s.forms(i) {
		for _, e := range ix.byFirst[f] {
			if s.follows(e, i) {
				return hit{e: e, from: i, to: i + len(e.words)}, true
			}
		}
	}
	return hit{}, false
}

// follows reports whether the next words of e follow word i as written,
// within its phrase.
func (s *scan) follows(e *entry, i int) bool {
	if i+len(e.words) > len(s.tw.spans) {
		return false
	}
	if e.flags&acronym != 0 && !spelt(e, s.norm(i)) {
		return false
	}
	for j := 1; j < len(e.words); j++ {
		if s.brk(i+j) || s.tw.forms[i+j][0] != e.words[j] {
			return false
		}
	}
	return true
}
