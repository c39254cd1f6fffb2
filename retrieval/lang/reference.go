package lang

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Reference kinds: words of a message that point back at the conversation
// instead of naming a thing.
const (
	// RefOrdinal picks an item of the list last shown: "le premier", "la 2e",
	// "the second one", "lwla", "tanya", "الأول", "الثانية", "اللول".
	RefOrdinal = "ordinal"
	// RefDemonstrative points at the thing just talked about: "ce métier",
	// "celui-là", "that one", "هادي", "هاد الخدمة", "had lkhdma".
	RefDemonstrative = "demonstrative"
	// RefPlace points at the place just talked about: "there", "là-bas",
	// "لهيه", "temma".
	RefPlace = "place"
	// RefEllipsis opens a message that goes on from the previous one:
	// "et à Rabat ?", "w f 2023?", "and women?", "و العيالات؟", "what about".
	RefEllipsis = "ellipsis"
)

// ReferenceMatch is a reference found in text.
type ReferenceMatch struct {
	Kind    string
	Ordinal int    // for RefOrdinal, the position asked for, from 1; else 0
	Surface string // the words as written in the input
}

// FindReferences returns the references of text in order of appearance.
// An ellipsis is only found on the first words of the text (a
// conjunction, or "what about", "et pour", "ماذا عن"), an Arabic و glued to
// a first word that names something included ("والعيالات"), the
// discourse markers that may open the text aside ("ok et en 2025 ?",
// "wakha w f casa?"). Words that
// belong to a period or a concept are not references: "le premier
// trimestre", "trimestre lowel" and "هاد العام" are periods. It returns
// nil when nothing matches.
func FindReferences(text string) []ReferenceMatch { return referencesIn(prepare(text)) }

// referencesIn is FindReferences of a prepared text.
func referencesIn(tw *textWords) []ReferenceMatch {
	taken := takenWords(tw)
	var out []ReferenceMatch
	hits := references.index.find(tw)
	first := openingWord(tw)
	if m, ok := gluedEllipsis(tw, first); ok && (len(hits) == 0 || hits[0].from != first) {
		out = append(out, m)
	} else if first > 0 && markerOpeners[tw.spans[first].norm] && !hitAt(hits, first) {
		out = append(out, ReferenceMatch{Kind: RefEllipsis, Surface: tw.surface(hit{from: first, to: first + 1})})
	}
	for _, h := range hits {
		if overlaps(taken, h) {
			continue
		}
		r := references.items[h.e.item]
		if r.Kind == RefEllipsis && (h.from != first || strings.ContainsAny(tw.surface(h), "ùÙ") || lacksProclitic(tw, h)) {
			continue // "où je peux me former ?" asks where, it goes on from nothing; "نسبة" is no "بالنسبة"
		}
		r.Surface = tw.surface(h)
		out = append(out, r)
	}
	return out
}

// lacksProclitic reports whether the first word of h is written without
// the ب its entry has: "بالنسبة" (as for) opens a follow-up, "نسبة" (the
// rate) does not, though both fold alike.
func lacksProclitic(tw *textWords, h hit) bool {
	words := Tokens(h.e.surface)
	if len(words) == 0 {
		return false
	}
	entry, text := words[0], tw.spans[h.from].norm
	return strings.HasSuffix(entry, "بال"+text) || strings.HasSuffix(entry, "ب"+text)
}

// takenWords marks the words of tw that a period or a concept covers.
func takenWords(tw *textWords) []bool {
	taken := make([]bool, len(tw.spans))
	for _, a := range periodAtoms(tw) {
		for i := a.from; i < a.to; i++ {
			taken[i] = true
		}
	}
	tw.lastEnd = -1
	for _, h := range lexiconHits(tw) {
		for i := h.from; i < h.to; i++ {
			taken[i] = true
		}
	}
	tw.lastEnd = -1
	return taken
}

// hitAt reports whether one of hits starts at word i.
func hitAt(hits []hit, i int) bool {
	for _, h := range hits {
		if h.from == i {
			return true
		}
	}
	return false
}

func overlaps(taken []bool, h hit) bool {
	for i := h.from; i < h.to; i++ {
		if taken[i] {
			return true
		}
	}
	return false
}

// openingWord returns the index of the first word of tw that is no
// discourse marker: "ok et en 2025 ?", "wakha w f casa?", "حسنا، وماذا عن
// الرباط؟" go on from the previous message after their filler.
func openingWord(tw *textWords) int {
	i := 0
	for i < len(tw.spans)-1 {
		next := tw.markerAt(i)
		if next == i && i > 0 && vocatives[tw.spans[i].norm] {
			next = i + 1 // "wakha a sahbi, w f tanja?"
		}
		if next == i || next >= len(tw.spans) {
			return i
		}
		i = next
	}
	return i
}

// vocatives address the assistant after a discourse marker (normal forms).
var vocatives = setOf("a", "ya", "يا", "sahbi", "khoya", "khouya", "صاحبي", "خويا", "marsad", "مرصد", "sidi", "سيدي", "l'ami", "mon ami", "ami", "friend", "buddy")

// markerOpeners are the prepositions that, right after an opening
// discourse marker, go on from the previous message ("Alors, pour Tanger
// ?", "ok, for women?"): alone at the start they are read as words. The
// place prepositions (f, في, in) are left out: blanked as a reference,
// they would no longer make "safi" a place.
var markerOpeners = setOf("pour", "chez", "for", "about", "عند", "3nd", "3and", "بالنسبة")

// gluedEllipsis reads an Arabic و written on the opening word (the first
// after any discourse marker) when the word without it is one the
// lexicons know ("والعيالات", "وفالرباط").
func gluedEllipsis(tw *textWords, first int) (ReferenceMatch, bool) {
	if first >= len(tw.spans) {
		return ReferenceMatch{}, false
	}
	rest, ok := strings.CutPrefix(tw.spans[first].norm, "و")
	if !ok || utf8.RuneCountInString(rest) < 3 || !knownFirst[foldNormal(rest)] {
		return ReferenceMatch{}, false
	}
	return ReferenceMatch{Kind: RefEllipsis, Surface: "و"}, true
}

// referenceTables is the built reference lexicon.
type referenceTables struct {
	items []ReferenceMatch
	index *phraseIndex
}

var references = buildReferences()

func buildReferences() *referenceTables {
	r := &referenceTables{index: newPhraseIndex()}
	add := func(m ReferenceMatch, forms []string) {
		r.items = append(r.items, m)
		for _, f := range forms {
			r.index.add(f, len(r.items)-1)
		}
	}
	for n, words := range ordinalWords {
		add(ReferenceMatch{Kind: RefOrdinal, Ordinal: n + 1}, ordinalForms(n+1, words))
	}
	add(ReferenceMatch{Kind: RefDemonstrative}, splitList(demonstratives))
	add(ReferenceMatch{Kind: RefPlace}, splitList(placeDemonstratives))
	add(ReferenceMatch{Kind: RefEllipsis}, splitList(ellipses))
	r.index.finish()
	return r
}

// ordinalForms returns the forms of the n-th position: the Latin ordinal
// words after an article ("le premier", "the second one"), the Arabic and
// Arabizi ones as they are (their article is written on them: الثانية,
// lwla), and a number after a word for number ("numéro 2", "رقم 2").
func ordinalForms(n int, w ordinalWord) []string {
	var out []string
	for _, word := range splitList(w.latin) {
		for _, art := range splitList("le|la|l'|du|au|de la|à la|the") {
			out = append(out, art+" "+word, art+" "+word+" one")
		}
		out = append(out, word+" one")
	}
	out = append(out, splitList(w.arabic)...)
	for _, num := range splitList("numéro|numero|n°|number|no|raqm|ra9m|nemra|nmra|رقم|نمرة|نمرو") {
		out = append(out, num+" "+strconv.Itoa(n))
	}
	return out
}

// ordinalWord lists the words of one position: Latin ordinals, which need
// an article, and Arabic-script and Arabizi ones, which carry theirs.
type ordinalWord struct{ latin, arabic string }

// ordinalWords are the positions 1 to 5, in French, English, Arabic and
// Darija in both scripts. Bare Arabizi ordinals without their article
// (tani, talt) are listed: "tani" alone is also "again", but a reference
// only counts where the conversation just showed a list.
var ordinalWords = []ordinalWord{
	{"premier|première|premiere|1er|1ère|1ere|1re|first|1st",
		"الأول|الاول|الأولى|الاولى|اللول|اللولة|اللولى|الأولة|الاولة|lwl|lowel|lawel|lwel|lewel|louwel|l'awel|lwla|lowla|lawla|lewla|l'awla|louwla"},
	{"deuxième|deuxieme|2e|2ème|2eme|second|seconde|2nd",
		"الثاني|الثانية|التاني|التانية|tani|ttani|tanya|tania|ttanya|ettani|ettanya"},
	{"troisième|troisieme|3e|3ème|3eme|third|3rd",
		"الثالث|الثالثة|التالت|التالتة|talt|ttalt|talta|ttalta|ettalt|ettalta"},
	{"quatrième|quatrieme|4e|4ème|4eme|fourth|4th",
		"الرابع|الرابعة|rab3|rab3a|rabe3|errab3|errab3a"},
	{"cinquième|cinquieme|5e|5ème|5eme|fifth|5th",
		"الخامس|الخامسة|lkhames|lkhamsa"},
}

// demonstratives point at the occupation, place or figure just talked
// about. Words that are demonstratives only in one language ("had" is
// English too, "that" a relative pronoun) are marked with it.
const demonstratives = "ce métier|ce metier|cette profession|ce poste|ce job|ce boulot|cet emploi|ce travail|cette formation|ce domaine|" +
	"celui-là|celui là|celui-ci|celle-là|celle là|celle-ci|fr:ça|fr:cela|ce dernier|cette dernière|" +
	"en:that|en:this|en:it|that one|this one|that job|this job|that occupation|this occupation|that career|this career|that profession|" +
	"هذه المهنة|هذه الوظيفة|هذا العمل|هذا المنصب|هذه الحرفة|هذا التخصص|هذا المجال|هذه الخدمة|هذا|هذه|ذلك|تلك|" +
	"هادي|هادا|هاد الخدمة|هاد الحرفة|هاد المهنة|هاد الميتيي|هاد البوسط|هادي الخدمة|هادشي|هاديك|هاداك|ديك الخدمة|داك الخدمة|ديك الحرفة|" +
	"hadi|hada|ary-Latn:had|had lkhdma|had lkhedma|had l5edma|had l5dma|had l7irfa|had lmihna|had lmetier|had lposte|hadi lkhdma|hadchi|hadik|hadak|" +
	"dik lkhdma|dak lkhdma|dik l5edma|ary-Latn:dik|ary-Latn:dak"

// placeDemonstratives point at the place just talked about.
const placeDemonstratives = "en:there|over there|là-bas|la-bas|là bas|لهيه|تما|تماك|هناك|هنالك|temma|tma|tmak|temmak|lhih|hnak"

// ellipses open a message that goes on from the previous one; they count
// only on its first words (FindReferences).
const ellipses = "et|ou|and|or|w|o|wa|wla|ola|و|او|ولا|" +
	"et pour|et chez|et en|et à|et dans|et concernant|et du côté|qu'en est-il|et qu'en est-il|pareil pour|même chose pour|idem pour|" +
	"what about|how about|and what about|and for|and in|same for|same thing for|the same for|same thing but for|same but for|the same but for|" +
	"the same thing for|the same thing but for|and the same for|la même chose pour|la même chose mais pour|même chose mais pour|pareil mais pour|et pareil pour|" +
	"same question for|same question but for|the same question for|même question pour|la même question pour|même question mais pour|la même pour|" +
	"نفس السؤال|ونفس السؤال|نفس السؤال بالنسبة|nafs so2al|nafs sou2al|nafs ssou2al|nafs ssu2al|" +
	"b7al b7al|bhal bhal|kif kif|kifkif|nafs l7aja l|nafs chi l|bhal bhal l|b7al b7al l|بحال بحال|كيف كيف|نفس الحاجة|نفس الحاجة ل|نفس الشي ل|نفس الشيء ل|" +
	"ماذا عن|وماذا عن|و ماذا عن|وبالنسبة|و بالنسبة|بالنسبة ل|نفس الشيء|نفس الشي|و حتى|وحتى|وفي|وفى|وف|وعند|ولدى|ومن|" +
	"w chno 3la|w ila|w 7ta|o 7ta|nafs l7aja|nafs chi|b nisba l|bnisba l"
