package lang

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// entryFlag refines when a lexicon entry may match.
type entryFlag uint8

const (
	// needsLocative: the name is also a common word (Safi "enough", الجديدة
	// "the new"); it matches only after a place preposition, with a place
	// proclitic (بالجديدة, fsafi) or written with a capital letter.
	needsLocative entryFlag = 1 << iota
	// block: the entry consumes its words and reports nothing (it keeps
	// "l'année dernière" from reading as the intent "latest").
	block
	// needsNext: the entry must be followed, in the same phrase, by a word
	// that is not a particle: آخر before a noun is "latest" ("آخر الأرقام"),
	// after one "other" ("حل آخر", "عمل آخر في طنجة").
	needsNext
	// notCount: the entry does not match before a number, directly or across
	// one small word ("أقل من 2000", "a9al mn 25 3am" are amounts, not
	// rankings).
	notCount
	// typoOK: the entry also matches a Latin word one or two edits away
	// (see typo.go).
	typoOK
	// inflectOK: the entry's words also match their plurals and feminines
	// (see inflect.go).
	inflectOK
	// acronym: the entry is an acronym of two or three capitals (UK, CDI,
	// BTP); it matches only a word spelt with the same letters, in any
	// case and with a proclitic, never one that merely folds alike ("ok"
	// folds like "UK", "okkk" too).
	acronym
)

// entry is one surface form of a lexicon item.
type entry struct {
	words   []string // folded words
	item    int      // index of the item in its lexicon
	flags   entryFlag
	cues    [4]cueSet // when set, one of them must be found near the entry (see cue.go)
	onlyIn  Tag       // when set, matches only in text detected as this language
	surface string    // the form as written in the lexicon
}

// phraseIndex finds lexicon entries in text by their first folded word.
type phraseIndex struct {
	byFirst map[string][]*entry // longest entries first
	// overlapLonger: an entry starting inside the words of the longest
	// entry at a position, and longer than it, wins over it (see find).
	overlapLonger bool
}

func newPhraseIndex() *phraseIndex { return &phraseIndex{byFirst: map[string][]*entry{}} }

// add registers one surface form of item. Markers at the start of the form:
// "~" sets needsLocative, "!" sets block, "+" sets needsNext, "^" sets
// notCount, "[job+count/jobs]" sets the cues (see parseCues), "en:" (any tag
// then ':') restricts it to text detected in that language. A form written
// as one hyphenated word ("sous-emploi") is also registered glued
// ("sousemploi").
func (ix *phraseIndex) add(form string, item int) {
	e := &entry{item: item}
	for {
		switch {
		case strings.HasPrefix(form, "^"):
			e.flags |= notCount
			form = form[1:]
			continue
		case strings.HasPrefix(form, "["):
			end := strings.IndexByte(form, ']')
			e.cues = parseCues(form[1:end])
			form = form[end+1:]
			continue
		case strings.HasPrefix(form, "~"):
			e.flags |= needsLocative
			form = form[1:]
			continue
		case strings.HasPrefix(form, "!"):
			e.flags |= block
			form = form[1:]
			continue
		case strings.HasPrefix(form, "+"):
			e.flags |= needsNext
			form = form[1:]
			continue
		}
		if i := strings.IndexByte(form, ':'); i > 0 && Tag(form[:i]).Valid() {
			e.onlyIn = Tag(form[:i])
			form = form[i+1:]
			continue
		}
		break
	}
	e.surface = form
	for _, t := range Tokens(form) {
		e.words = append(e.words, foldNormal(t))
	}
	if len(e.words) == 0 {
		return
	}
	if isAcronym(form) {
		e.flags |= acronym
	}
	ix.byFirst[e.words[0]] = append(ix.byFirst[e.words[0]], e)
	if glued, ok := gluedForm(form, e.words); ok {
		g := *e
		g.words = []string{glued}
		ix.byFirst[glued] = append(ix.byFirst[glued], &g)
	}
}

// isAcronym reports whether form is one word of two or three capital
// Latin letters.
func isAcronym(form string) bool {
	if len(form) < 2 || len(form) > 3 {
		return false
	}
	for i := 0; i < len(form); i++ {
		if form[i] < 'A' || form[i] > 'Z' {
			return false
		}
	}
	return true
}

// spelt reports whether the normal word n spells the acronym entry e, with
// or without a proclitic ("cdi", "CDI", "lcdi").
func spelt(e *entry, n string) bool {
	a := strings.ToLower(e.surface)
	return strings.HasSuffix(n, a) && len(n)-len(a) <= 2
}

// gluedForm returns the folded words of a hyphenated Latin form written as
// one word ("sous-emploi" → "sousemploi"): the spelling of users who drop
// the hyphen.
func gluedForm(form string, words []string) (string, bool) {
	if len(words) < 2 || strings.ContainsAny(form, " '") || !strings.Contains(form, "-") {
		return "", false
	}
	n := Normalize(strings.ReplaceAll(form, "-", ""))
	if strings.IndexByte(n, ' ') >= 0 || !hasLetter(n) || n[0] >= utf8.RuneSelf {
		return "", false
	}
	return foldNormal(n), true
}

// finish orders each bucket longest first, and among entries of the same
// length those with cues first (the more specific reading), then in the
// order added. It must run once all entries are added.
func (ix *phraseIndex) finish() *phraseIndex {
	for _, list := range ix.byFirst {
		sort.SliceStable(list, func(a, b int) bool {
			la, lb := len(list[a].words), len(list[b].words)
			if la != lb {
				return la > lb
			}
			return list[a].cues[0] != 0 && list[b].cues[0] == 0
		})
	}
	return ix
}

// hit is one entry found in text: tokens [from, to) of the text.
type hit struct {
	e        *entry
	from, to int
}

// textWords is a text prepared for matching: its spans and, for each word,
// the folded forms it may stand for (itself first, then without a proclitic).
type textWords struct {
	text   string
	spans  []span
	forms  [][]string
	kinds  [][]formKind // kinds[i][k]: how forms[i][k] was derived from the word
	cues   []cueSet     // cue classes of each word, computed on first need (see cue.go)
	tag    Tag
	tagged bool
	// lastEnd is where the previous hit of find ended (-1: none yet).
	lastEnd int
	// whole: the text is one name (LookupPlace), ambiguous names need no context.
	whole bool
	// figure: the text asks for a figure (asksFigure), once figureRead.
	figure, figureRead bool
	// periods are the period atoms once found (periodAtoms).
	periods foundOnce[[]atom]
	// concepts are the lexicon's hits once found (lexiconHits).
	concepts foundOnce[[]hit]
}

// formKind says how a candidate form was derived from a word.
type formKind uint8

const (
	formSelf    formKind = iota // the word itself, folded
	formClitic                  // the word without a proclitic that is not a place preposition (و, d, w)
	formPlace                   // the word without a place proclitic (f, l, b, ب ف ل)
	formTypo                    // a lexicon word one or two edits away (typo.go)
	formInflect                 // the lexicon word the word is a plural or feminine of (inflect.go)
)

func prepare(text string) *textWords { return prepareAfter(text, nil) }

// again returns text prepared for matching, where text is tw's text with
// words blanked at the same byte offsets (Read's rest of a message, the
// rest with its concepts blanked): tw itself, ready for a new finder, when
// nothing was blanked; else a new preparation that keeps tw's forms of
// every word still there. Read prepares a message once this way for all
// its finders.
func (tw *textWords) again(text string) *textWords {
	if text == tw.text {
		tw.lastEnd = -1
		return tw
	}
	return prepareAfter(text, tw)
}

// prepareAfter prepares text, taking the forms of a word that starts at
// the same offset with the same normal form in base (nil: none) from
// base: a word's forms depend only on its normal form.
func prepareAfter(text string, base *textWords) *textWords {
	_, sp := analyze(text, true, false)
	tw := &textWords{text: text, spans: sp, forms: make([][]string, len(sp)), kinds: make([][]formKind, len(sp)), lastEnd: -1}
	var forms []string
	var kinds []formKind
	if base == nil {
		forms = make([]string, 0, len(sp)+len(sp)/4)
		kinds = make([]formKind, 0, cap(forms))
	}
	j := 0
	for i, s := range sp {
		if base != nil {
			for j < len(base.spans) && base.spans[j].start < s.start {
				j++
			}
			if j < len(base.spans) && base.spans[j].start == s.start && base.spans[j].norm == s.norm {
				tw.forms[i], tw.kinds[i] = base.forms[j], base.kinds[j]
				continue
			}
		}
		start := len(forms)
		forms, kinds = candidates(s.norm, forms, kinds)
		tw.forms[i] = forms[start:len(forms):len(forms)]
		tw.kinds[i] = kinds[start:len(kinds):len(kinds)]
	}
	return tw
}

// folded returns word i folded (Fold of its normal form), which its
// forms begin with.
func (tw *textWords) folded(i int) string { return tw.forms[i][0] }

// tokens returns the normal forms of tw's words (Tokens of its text).
func (tw *textWords) tokens() []string {
	toks := make([]string, len(tw.spans))
	for i, s := range tw.spans {
		toks[i] = s.norm
	}
	return toks
}

func (tw *textWords) lang() Tag {
	if !tw.tagged {
		tw.tag, tw.tagged = Detect(tw.text), true
	}
	return tw.tag
}

// find returns the entries of ix in tw, leftmost first, the longest at each
// position, without overlaps. Blocking entries are consumed but not
// returned. In an overlapLonger index, an entry starting inside the one
// found and longer than it is taken instead: in "نسبة الشغل الناقص المرتبط
// بالدخل" the income-related underemployment rate, not the underemployment
// rate its first three words name.
func (ix *phraseIndex) find(tw *textWords) []hit {
	var hits []hit
	for i := 0; i < len(tw.spans); {
		h, ok := ix.longestAt(tw, i)
		if !ok {
			i++
			continue
		}
		if k, longer := ix.longerInside(tw, h); longer {
			i = k
			continue
		}
		if h.e.flags&block == 0 {
			hits = append(hits, h)
			tw.lastEnd = h.to
		}
		i = h.to
	}
	return hits
}

// longerInside returns where an entry longer than h starts inside h's
// words and ends after them, when ix is overlapLonger.
func (ix *phraseIndex) longerInside(tw *textWords, h hit) (int, bool) {
	if !ix.overlapLonger {
		return 0, false
	}
	for k := h.from + 1; k < h.to; k++ {
		if o, ok := ix.longestAt(tw, k); ok && o.to > h.to && o.to-o.from > h.to-h.from {
			return k, true
		}
	}
	return 0, false
}

// longestAt returns the longest entry of ix matching at word i. Among
// entries of the same length, one whose words are all written as in the
// lexicon beats one read through an inflection ("auto mechanics" is the
// skill, not the plural of "auto mechanic"); otherwise the first found
// wins, the word itself before its other forms.
func (ix *phraseIndex) longestAt(tw *textWords, i int) (hit, bool) {
	var best hit
	found, bestExact := false, false
	for k, f := range tw.forms[i] {
		for _, e := range ix.byFirst[f] {
			n := len(e.words)
			if found && (n < best.to-best.from || n == best.to-best.from && bestExact) {
				break
			}
			ok, exact := tw.matchAt(e, i)
			if !ok || !tw.allowed(e, i, tw.kinds[i][k]) {
				continue
			}
			exact = exact && tw.kinds[i][k] != formInflect
			if found && n == best.to-best.from && !exact {
				continue
			}
			best, found, bestExact = hit{e: e, from: i, to: i + n}, true, exact
			if exact {
				break
			}
		}
	}
	return best, found
}

// matchAt reports whether the words of e follow position i, and whether
// they follow as written (exact) rather than through an inflection. Only
// the first word may carry a proclitic: in "بالرباط وسلا" the و joins two
// names. The next words of an inflectOK entry may be inflected
// ("aides-soignantes") or misspelled ("technicien de maintenace").
func (tw *textWords) matchAt(e *entry, i int) (ok, exact bool) {
	if i+len(e.words) > len(tw.spans) {
		return false, false
	}
	exact = true
	for j := 1; j < len(e.words); j++ {
		switch {
		case tw.spans[i+j].brk:
			return false, false
		case tw.forms[i+j][0] == e.words[j]:
		case e.flags&inflectOK != 0 && tw.variant(i+j, e.words[j]):
			exact = false
		default:
			return false, false
		}
	}
	return true, exact
}

// variant reports whether word k is a plural or feminine of the folded
// lexicon word w, or misspells it ("technicien de maintenace").
func (tw *textWords) variant(k int, w string) bool {
	for n, f := range tw.forms[k] {
		if f == w && (tw.kinds[k][n] == formInflect || tw.kinds[k][n] == formTypo) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// allowed applies the entry's flags at position i, where the text's word
// stands for the entry's first word as a form of kind fk.
func (tw *textWords) allowed(e *entry, i int, fk formKind) bool {
	if fk == formTypo && (e.flags&typoOK == 0 || len(e.words) != 1) || fk == formInflect && e.flags&inflectOK == 0 {
		return false
	}
	if e.onlyIn != "" && tw.lang() != e.onlyIn {
		return false
	}
	if e.flags&acronym != 0 && !spelt(e, tw.spans[i].norm) {
		return false
	}
	if e.flags&needsNext != 0 {
		k := i + len(e.words)
		if k >= len(tw.spans) || tw.spans[k].brk || particles[tw.spans[k].norm] {
			return false
		}
	}
	if e.flags&notCount != 0 && tw.countAfter(i+len(e.words)) {
		return false
	}
	if e.cues[0] != 0 && !tw.cued(e, i) {
		return false
	}
	if e.flags&needsLocative == 0 || fk == formPlace || tw.whole {
		return true
	}
	r, _ := utf8.DecodeRuneInString(tw.text[tw.spans[i].start:])
	if unicode.IsUpper(r) && !tw.markerOpening(i) { // "Safi, w f rbat?" says "that's it"
		return true
	}
	if i > 0 && locatives[tw.spans[i-1].norm] {
		return true
	}
	// "f rbat o sla": a conjunction right after another match.
	return i >= 2 && tw.lastEnd == i-1 && conjunctions[tw.spans[i-1].norm]
}

// particles are the words after which a needsNext entry does not match
// (normal forms).
var particles = setOf("في", "من", "على", "الى", "إلى", "عن", "مع", "و", "او", "أو", "ف", "ب", "ل", "د", "ديال", "لي", "اللي", "غير", "ولا", "كاين", "كاينة", "عندي", "هو", "هي")

// conjunctions join two names (normal forms).
var conjunctions = setOf("et", "ou", "and", "or", "o", "w", "wla", "ola", "و", "او", "ولا")

// locatives are the words after which an ambiguous place name is read as a
// place (normal forms).
var locatives = setOf(
	"a", "au", "en", "de", "d", "dans", "vers", "ville", "region", "province", "pour", "sur", "entre", "depuis",
	"in", "at", "to", "from", "near", "city", "of",
	"f", "fi", "l", "men", "mn", "hta", "ta", "7ta", "mdinat", "mdina", "jihat", "jiha",
	"في", "من", "الي", "مدينه", "بمدينه", "اقليم", "جهه", "ب", "ل", "ف", "نحو", "حتي", "عمالة", "عماله",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[Normalize(w)] = true
	}
	return m
}

// candidates appends to forms the folded forms word n may stand for:
// itself, then itself without one or two proclitics (Arabic و ب ف ل ك د,
// Arabizi l f d b w and their fusions with l) when at least three letters
// remain and what remains starts an entry of a lexicon, then the words of
// occupation entries it is a plural or feminine of (inflect.go), or else,
// for a word that starts no entry, the lexicon word it misspells
// (typo.go: a Latin word by one or two edits, an Arabic-script one by a
// long vowel). It appends to kinds, in step, how each form was derived.
func candidates(n string, forms []string, kinds []formKind) ([]string, []formKind) {
	start := len(forms)
	forms = append(forms, foldNormal(n))
	kinds = append(kinds, formSelf)
	addForm := func(rest string, isPlace bool) {
		f := foldNormal(rest)
		for k := start; k < len(forms); k++ {
			if forms[k] == f {
				if isPlace {
					kinds[k] = formPlace // بالجديدة folds like ب + الجديدة
				}
				return
			}
		}
		if knownFirst[f] {
			forms = append(forms, f)
			kinds = append(kinds, formClitic)
			if isPlace {
				kinds[len(kinds)-1] = formPlace
			}
		}
	}
	switch {
	case n == "":
	case n[0] < utf8.RuneSelf:
		for _, p := range latinProclitics {
			if strings.HasPrefix(n, p.s) && len(n)-len(p.s) >= 3 && hasLetter(n[len(p.s):]) {
				addForm(n[len(p.s):], p.place)
			}
		}
		forms, kinds = withInflections(n, forms, kinds, start)
		if len(forms) == start+1 && !knownFirst[forms[start]] {
			if f, ok := typos.correct(n, forms[start]); ok {
				forms = append(forms, f)
				kinds = append(kinds, formTypo)
			}
		}
	default:
		for _, p := range arabicProclitics {
			if strings.HasPrefix(n, p.s) && utf8.RuneCountInString(n[len(p.s):]) >= 3 {
				addForm(n[len(p.s):], p.place)
			}
		}
		forms, kinds = withInflections(n, forms, kinds, start)
		if len(forms) == start+1 && !knownFirst[forms[start]] {
			if f, ok := typos.correct(n, forms[start]); ok {
				forms = append(forms, f)
				kinds = append(kinds, formTypo)
			}
		}
	}
	return forms, kinds
}

// withInflections appends the inflection bases of word n, whose forms
// start at forms[start] (its own fold), as forms of kind formInflect.
func withInflections(n string, forms []string, kinds []formKind, start int) ([]string, []formKind) {
	before := len(forms)
	forms = inflections(n, forms[start], forms)
	for range forms[before:] {
		kinds = append(kinds, formInflect)
	}
	return forms, kinds
}

// knownFirst holds the folded words that start an entry of the gazetteer,
// the concept lexicon, the period tables or the references: the only forms
// worth trying without a proclitic.
var knownFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, ix := range append([]*phraseIndex{gazetteer.index, lexicon.index, lexicon.topics, periodPhrases, references.index}, ruleIndexes()...) {
		for k := range ix.byFirst {
			m[k] = true
		}
	}
	for _, set := range []map[string]bool{quarterWords} {
		for k := range set {
			m[k] = true
		}
	}
	for k := range cueWords {
		m[k] = true
	}
	for _, set := range []map[string]int{ordinals, monthNames} {
		for k := range set {
			m[k] = true
		}
	}
	return m
}()

type proclitic struct {
	s     string
	place bool
}

var latinProclitics = []proclitic{
	{"fl", true}, {"bl", true}, {"dl", false}, {"wl", false}, {"l", true}, {"f", true}, {"b", true}, {"d", false}, {"w", false},
}

var arabicProclitics = []proclitic{
	{"وب", true}, {"وف", true}, {"ول", true}, {"و", false}, {"ب", true}, {"ف", true}, {"ل", true}, {"ك", false}, {"د", false},
}
