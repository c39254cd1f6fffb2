package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Detect returns the language of text among the five Marsad answers in.
//
// The script decides first: text whose words are mostly in Arabic script is
// ar or ary, else it is fr, en or ary-Latn. Arabic-script text is Darija when
// its Darija markers (ديال, واش, كاين, بغيت, كن-/كت-/كي- verbs, ما…ش negation,
// French loanwords such as الشوماج) outweigh its Modern Standard Arabic
// markers (الذي, هل, كم, خلال, معدل, news wording); ties go to ar. Latin text
// is Arabizi when it has Arabizi words (digits 2 3 5 7 9 inside words, wach,
// kayn, dyal, bghit, f, daba…) weighing at least half as much as its French
// or English stopwords, else French or English by stopwords. Empty text and
// text with no clue are French. Only the first 4 KB of a long text are read.
// Detect never panics.
func Detect(text string) Tag {
	if len(text) > detectLimit {
		cut := detectLimit
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	_, sp := analyze(text, true, true)
	return detectSpans(text, sp, nil)
}

// detectPrepared is Detect of a prepared text (Read's message): its
// words are those Detect reads when no standalone hamza, which only
// Detect keeps, is in a text it reads whole.
func detectPrepared(tw *textWords) Tag {
	if len(tw.text) > detectLimit || strings.ContainsRune(tw.text, 'ء') {
		return Detect(tw.text)
	}
	return detectSpans(tw.text, tw.spans, tw)
}

// detectSpans is Detect of text and its words sp (normal forms that keep
// the standalone hamza); tw, when not nil, is text prepared for matching.
func detectSpans(text string, sp []span, tw *textWords) Tag {
	words := make([]string, len(sp))
	arabic, latin := 0, 0
	for i, s := range sp {
		words[i] = s.norm
		r, _ := utf8.DecodeRuneInString(s.norm)
		switch {
		case isArabicLetter(r) || r == 'ء':
			arabic++
		case r >= 'a' && r <= 'z':
			latin++
		}
	}
	switch {
	case arabic > 0 && arabic >= latin:
		return detectArabic(words)
	case latin > 0:
		return detectLatin(words, accented(text, sp), namesIn(text, sp, tw))
	}
	return French
}

// detectLimit is how many bytes of a text Detect reads.
const detectLimit = 4096

// detectArabic chooses between MSA and Darija.
func detectArabic(words []string) Tag {
	var darija, msa float64
	for i, w := range words {
		d, m := marker(darijaWords, w), marker(msaWords, w)
		darija += exclusive(d)
		msa += m + msaShape(w, words, i)
		if d != 0 || m != 0 {
			continue
		}
		darija += exclusive(darijaShape(w, words, i))
	}
	if darija > msa {
		return Darija
	}
	return Arabic
}

// marker returns the weight of Arabic word w in table, or that of w
// without the conjunction و written onto it ("والديبلومي", "وشحال") when
// w itself is not listed.
func marker(table map[string]float64, w string) float64 {
	if v, ok := table[w]; ok {
		return v
	}
	if rest, ok := strings.CutPrefix(w, "و"); ok && utf8.RuneCountInString(rest) >= 3 {
		return table[rest]
	}
	return 0
}

// exclusive weighs a Darija marker against MSA's: a strong marker (ديال,
// شحال, بزاف, كاين, ما…ش) is never written in MSA, while Darija writers
// borrow MSA's wording of statistics and questions (ما هو معدل, هل, في
// سنة), so one strong marker outweighs a sentence of MSA words; weaker
// markers (و, ف, الخدمة) are shared and count as they are.
func exclusive(score float64) float64 {
	if score >= 2 {
		return score * darijaExclusiveWeight
	}
	return score
}

// darijaExclusiveWeight multiplies a strong Darija marker's score.
const darijaExclusiveWeight = 8

// darijaShape scores word shapes typical of Darija: aspect prefixes (كنقلب,
// كيخدمو, كاتخدم), ما…ش negation, fused prepositions with the article
// (فالمغرب, دالخدمة).
func darijaShape(w string, words []string, i int) float64 {
	n := utf8.RuneCountInString(w)
	switch {
	case n >= 5 && hasAnyPrefix(w, "كن", "كت", "كي", "كان", "كات", "كاي") && !msaKPrefix[w]:
		return 1
	case n >= 4 && strings.HasPrefix(w, "م") && strings.HasSuffix(w, "ش") && !msaShWords[w]:
		return 2
	case n >= 3 && strings.HasSuffix(w, "ش") && i > 0 && words[i-1] == "ما" && !msaShWords[w]:
		return 2
	case n >= 5 && hasAnyPrefix(w, "فال", "دال"):
		return 1.5
	case n >= 5 && strings.HasPrefix(w, "عال"):
		return 1
	}
	return 0
}

// msaShape scores MSA constructions: غير before a word with the article
// ("غير المهيكل", "غير محدد المدة") is the MSA negative prefix, not
// Darija "only".
func msaShape(w string, words []string, i int) float64 {
	if w == "غير" && i+1 < len(words) && (strings.HasPrefix(words[i+1], "ال") || strings.HasPrefix(words[i+1], "م")) {
		return 1.5
	}
	return 0
}

func hasAnyPrefix(w string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// detectLatin chooses between French, English and Arabizi; accents counts
// the words written with French accents, and
// names marks the proper nouns among words (see namesIn), which do not
// vote for Arabizi.
func detectLatin(words []string, accents int, names []bool) Tag {
	var ary, fr, en float64
	for i, w := range words {
		f, e, a := frenchWords[w], englishWords[w], arabiziScore(w, words, i)
		if names[i] && !hasArabiziDigit(w) {
			a = 0 // Safi the city, not safi "enough"; L3ayoun is spelt in Arabizi
		}
		if f == 0 && e == 0 && a == 0 {
			f, e = latinShape(w)
		}
		fr, en, ary = fr+f, en+e, ary+a
	}
	fr += 0.5 * float64(accents)
	top := fr
	if en > top {
		top = en
	}
	if ary >= 1.5 && ary*2 >= top {
		return Arabizi
	}
	if en > fr {
		return English
	}
	return French
}

// accented counts the Latin words of text written with a non-ASCII letter
// (French accents: é, è, à, ç…).
func accented(text string, sp []span) int {
	n := 0
	for _, s := range sp {
		if s.norm == "" || s.norm[0] >= utf8.RuneSelf {
			continue
		}
		for k := s.start; k < s.end; k++ {
			if text[k] >= utf8.RuneSelf {
				n++
				break
			}
		}
	}
	return n
}

// latinShape gives weak French and English evidence from the ending and
// letter groups of a word no list knows.
func latinShape(w string) (fr, en float64) {
	if len(w) < 4 {
		return 0, 0
	}
	for _, s := range englishEndings {
		if strings.HasSuffix(w, s) {
			en += 0.5
			break
		}
	}
	for _, s := range frenchEndings {
		if strings.HasSuffix(w, s) {
			fr += 0.5
			break
		}
	}
	if strings.HasPrefix(w, "wh") || strings.Contains(w, "th") || strings.Contains(w, "ght") || strings.Contains(w, "ck") {
		en += 0.3
	}
	if strings.Contains(w, "eau") || strings.Contains(w, "oi") || strings.HasPrefix(w, "qu") {
		fr += 0.3
	}
	return fr, en
}

var (
	englishEndings = []string{"ing", "ness", "ship", "ful", "ed", "ly", "ity", "ay", "ey", "ow", "cy", "ght", "ould", "ere", "ician", "icians"}
	frenchEndings  = []string{"eur", "eurs", "euse", "euses", "eux", "ement", "ique", "iques", "aire", "aires", "oir", "eau", "eaux", "ais", "ait", "aient", "ier", "iere", "iers", "ienne", "elle", "ette", "ees", "ons", "ez", "ites", "ite", "age", "ages"}
)

// arabiziScore weighs one Latin word as evidence of Arabizi.
func arabiziScore(w string, words []string, i int) float64 {
	if w == "w" && i == 0 && len(words) > 1 {
		// A message opening on w ("and") follows up in Arabizi: French and
		// English write et / and ("w diplômés?").
		return 2
	}
	if s, ok := arabiziWords[w]; ok {
		return s
	}
	switch w {
	case "f":
		// "H/F" in job ads marks both sexes; Arabizi f ("in") precedes a word.
		if i+1 < len(words) && (i == 0 || words[i-1] != "h") {
			return 1.5
		}
		return 0
	case "l", "d":
		// French elides before a vowel or h; Arabizi attaches l/d to anything.
		if i+1 < len(words) && startsWithConsonant(words[i+1]) {
			return 1
		}
		return 0
	}
	if hasArabiziDigit(w) {
		return 2
	}
	if len(w) >= 4 && strings.HasPrefix(w, "ma") && strings.HasSuffix(w, "ch") && !frenchWords2[w] {
		return 1.5
	}
	if len(w) >= 5 && hasAnyPrefix(w, "kan", "kat", "kay") && !latinNotVerbs[w] {
		return 1
	}
	return 0
}

func startsWithConsonant(w string) bool {
	return w != "" && isConsonant(w[0]) && w[0] != 'h'
}

// hasArabiziDigit reports whether w mixes letters with a digit standing for
// an Arabic letter (2 3 5 7 8 9), as in "3afak", "ch7al", "l5edma", "m3a",
// but not "t3", "q1", "mp3" or "4g".
func hasArabiziDigit(w string) bool {
	letters, digits := 0, 0
	arabizi := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z':
			letters++
		case isDigit(c):
			digits++
			if c == '2' || c == '3' || c == '5' || c == '7' || c == '8' || c == '9' {
				arabizi = true
			}
		}
	}
	return arabizi && letters >= 2 && digits <= 2
}

// namesIn marks the words of a Latin text that are proper nouns, whatever
// the language around them: a word written with a capital inside its
// phrase ("compare Casablanca-Settat and Marrakech-Safi"), and a word of a
// Moroccan place name the gazetteer reads there ("unemployment in safi").
// Arabizi writers capitalise little, and a place's name is the same in
// every language, so neither tells the language of the sentence; the
// opening word of a phrase is capitalised by position, not because it is
// a name. The gazetteer is read only when a word that is also an Arabizi
// word is one of its names' words.
//
// tw, when not nil, is text prepared for matching.
func namesIn(text string, sp []span, tw *textWords) []bool {
	names := make([]bool, len(sp))
	ambiguous := false
	for i, s := range sp {
		names[i] = i > 0 && !s.brk && titleCase(text[s.start:s.end])
		ambiguous = ambiguous || !names[i] && arabiziWords[s.norm] > 0 && placeWords[s.norm]
	}
	if !ambiguous {
		return names
	}
	if tw == nil {
		tw = prepare(text)
	}
	tw.lastEnd = -1
	for _, h := range gazetteer.index.find(tw) {
		for k := h.from; k < h.to; k++ {
			for i, s := range sp {
				if s.start == tw.spans[k].start {
					names[i] = true
				}
			}
		}
	}
	return names
}

// titleCase reports whether word starts with a capital letter followed by
// a small one ("Safi", not "SAFI": a text in capitals tells nothing).
func titleCase(word string) bool {
	r, n := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(r) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(word[n:])
	return unicode.IsLower(r2)
}

// placeWords holds the normal forms of the Latin words of the gazetteer's
// names.
var placeWords = func() map[string]bool {
	m := map[string]bool{}
	for _, list := range gazetteer.index.byFirst {
		for _, e := range list {
			for _, t := range Tokens(e.surface) {
				if t[0] < utf8.RuneSelf {
					m[t] = true
				}
			}
		}
	}
	return m
}()
