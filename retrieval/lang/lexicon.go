package lang

import "strings"

// conceptDef is one concept with its surface forms ("|"-separated; markers as
// in phraseIndex.add).
type conceptDef struct {
	kind, value, terms string
}

// lexiconTables is the built concept lexicon.
type lexiconTables struct {
	concepts  []Concept
	terms     map[Concept][]string
	index     *phraseIndex // every kind but topics
	topics    *phraseIndex // topics, found apart (see topicConcepts)
	ageItem45 int
	bands     []ageEntry // closed age bands, read by ageRanges
	compare   int        // items of the intents compare and lowest
	lowest    int
}

var lexicon = buildLexicon()

func buildLexicon() *lexiconTables {
	l := &lexiconTables{terms: map[Concept][]string{}, index: newPhraseIndex(), topics: newPhraseIndex()}
	for _, b := range earlyBlocks {
		l.index.add("!"+b, 0)
	}
	all := [][]conceptDef{statConcepts, indicatorConcepts, jobPhrasings, intentConcepts, rankConcepts, occupationConcepts, skillConcepts, contractConcepts}
	for _, defs := range all {
		for _, d := range defs {
			l.add(l.index, d)
		}
	}
	for _, d := range topicConcepts {
		l.add(l.topics, d)
	}
	l.addAgeBands()
	for _, b := range append(append(append(blockedPhrases, rankBlocks...), activityBlocks...), placeBlocks(l.index)...) {
		l.index.add("!"+b, 0)
	}
	for _, b := range topicBlocks {
		l.topics.add("!"+b, 0)
	}
	l.index.finish()
	l.index.overlapLonger = true
	l.topics.finish()
	plusEntry.item = l.ageItem45
	l.compare, l.lowest = l.item(Concept{KindIntent, "compare"}), l.item(Concept{KindIntent, "lowest"})
	altEntry.item = l.compare
	return l
}

// add registers one concept definition in ix; a concept may be defined in
// several places, its terms accumulate.
func (l *lexiconTables) add(ix *phraseIndex, d conceptDef) int {
	c := Concept{d.kind, d.value}
	i := l.item(c)
	for _, t := range splitList(d.terms) {
		ix.add(t, i)
		if !strings.HasPrefix(t, "!") && !strings.Contains(t, "[") {
			l.terms[c] = append(l.terms[c], stripMarkers(t))
		}
	}
	return i
}

func (l *lexiconTables) item(c Concept) int {
	for i, x := range l.concepts {
		if x == c {
			return i
		}
	}
	l.concepts = append(l.concepts, c)
	return len(l.concepts) - 1
}

// stripMarkers removes the "~", "!", "+", "^", "[cues]" and "tag:" markers
// of a lexicon form.
func stripMarkers(t string) string {
	t = strings.TrimLeft(t, "~!+^")
	if strings.HasPrefix(t, "[") {
		t = t[strings.IndexByte(t, ']')+1:]
	}
	if i := strings.IndexByte(t, ':'); i > 0 && Tag(t[:i]).Valid() {
		t = t[i+1:]
	}
	return t
}

// earlyBlocks are registered before every concept, so that they win over a
// concept form of the same words: "licence" is a French university degree,
// but in English text a licence to drive or to trade; "home" folds as
// French "homme" does, but in English text it is where money is sent.
var earlyBlocks = []string{"en:licence", "en:license", "en:licences", "en:licenses", "en:home", "en:homes"}
