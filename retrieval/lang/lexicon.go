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
	index     *phraseIndex
	ageItem45 int
}

var lexicon = buildLexicon()

func buildLexicon() *lexiconTables {
	l := &lexiconTables{terms: map[Concept][]string{}, index: newPhraseIndex()}
	all := [][]conceptDef{statConcepts, intentConcepts, occupationConcepts, skillConcepts, contractConcepts}
	for _, defs := range all {
		for _, d := range defs {
			l.add(d)
		}
	}
	l.addAgeBands()
	for _, b := range blockedPhrases {
		l.index.add("!"+b, 0)
	}
	l.index.finish()
	plusEntry.item = l.ageItem45
	return l
}

// add registers one concept definition; a concept may be defined in several
// places, its terms accumulate.
func (l *lexiconTables) add(d conceptDef) int {
	c := Concept{d.kind, d.value}
	i := l.item(c)
	for _, t := range splitList(d.terms) {
		l.index.add(t, i)
		if !strings.HasPrefix(t, "!") {
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

// stripMarkers removes the "~", "!", "+" and "tag:" markers of a lexicon form.
func stripMarkers(t string) string {
	t = strings.TrimLeft(t, "~!+")
	if i := strings.IndexByte(t, ':'); i > 0 && Tag(t[:i]).Valid() {
		t = t[i+1:]
	}
	return t
}

// ageBands are HCP's age groups: the bounds as written in text.
var ageBands = []struct{ lo, hi, value string }{
	{"15", "24", "15-24"}, {"25", "34", "25-34"}, {"35", "44", "35-44"},
}

// Words that join or follow the bounds of an age band.
var (
	ageJoins = []string{"", "a", "to", "الي", "l", "ta", "hta", "et", "and", "و", "lil", "until", "jusqu a"}
	ageUnits = []string{"", "ans", "an", "years", "years old", "year olds", "سنة", "عاما", "عام", "سنوات", "l3am", "3am", "3am", "sna", "ans revolus"}
)

// addAgeBands registers "15-24 ans", "25 à 34 ans", "من 15 إلى 24 سنة"… and
// the open band 45 and over.
func (l *lexiconTables) addAgeBands() {
	for _, b := range ageBands {
		i := l.item(Concept{KindAge, b.value})
		l.terms[Concept{KindAge, b.value}] = append(l.terms[Concept{KindAge, b.value}], b.value+" ans", b.value)
		for _, j := range ageJoins {
			for _, u := range ageUnits {
				l.index.add(strings.Join(strings.Fields(b.lo+" "+j+" "+b.hi+" "+u), " "), i)
			}
		}
	}
	c45 := Concept{KindAge, "45+"}
	l.ageItem45 = l.item(c45)
	for _, f := range splitList(agePlusForms) {
		l.index.add(f, l.ageItem45)
		l.terms[c45] = append(l.terms[c45], f)
	}
}

const agePlusForms = "45 ans et plus|45 ans ou plus|45 et plus|plus de 45 ans|45 ans et +|plus de 45|45 years and over|45 and over|45 and older|45 years and older|over 45|above 45|45 سنة فما فوق|45 سنة فأكثر|45 سنة وأكثر|أكثر من 45 سنة|فوق 45 سنة|45 فما فوق|kter men 45|ktar mn 45 3am|fo9 45|fou9 45 3am|45 3am o fo9|seniors|الكبار في السن"
