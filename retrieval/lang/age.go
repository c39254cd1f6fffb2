package lang

// ageBands are HCP's closed age groups: their bounds as written in text.
// 15-17 and 18-24 split the young of HCP's NEET figures (2021, note for
// International Youth Day 2022, in ../shared/data).
var ageBands = []struct{ lo, hi, value string }{
	{"15", "24", "15-24"}, {"25", "34", "25-34"}, {"35", "44", "35-44"}, {"15", "17", "15-17"}, {"18", "24", "18-24"},
}

// Words that join the bounds of an age band ("25 à 34", "bin 25 w 34",
// "من 25 حتى ل 34", "25 to 34") and units that may follow it ("ans",
// "سنة", "3am", "years old"), in normal form.
var (
	ageJoins = setOf("a", "au", "to", "till", "until", "through", "thru", "jusqu", "et", "and", "w", "o", "wa", "u",
		"l", "ta", "tal", "hta", "7ta", "htal", "lil", "ila", "الى", "إلى", "ل", "و", "حتى", "لحد", "حتال", "تال", "لغاية")
	ageUnits = setOf("ans", "an", "years", "year", "yrs", "yo", "old", "olds", "revolus", "سنة", "سنوات", "سنين", "عاما", "عام",
		"3am", "l3am", "sna", "snin", "3am", "عام")
)

// ageEntry stands for the lexicon item of a band found by ageRanges.
type ageEntry struct {
	lo, hi string
	e      *entry
}

// plusEntry stands for "45+" written with a plus sign.
var plusEntry = &entry{surface: "45+"}

// addAgeBands registers the age concepts, their terms, and the forms of
// the open band 45 and over; closed bands are read by ageRanges.
func (l *lexiconTables) addAgeBands() {
	for _, b := range ageBands {
		c := Concept{KindAge, b.value}
		i := l.item(c)
		l.terms[c] = append(l.terms[c], b.value+" ans", b.value)
		l.bands = append(l.bands, ageEntry{lo: b.lo, hi: b.hi, e: &entry{item: i, surface: b.value}})
	}
	c45 := Concept{KindAge, "45+"}
	l.ageItem45 = l.item(c45)
	for _, f := range splitList(agePlusForms) {
		l.index.add(f, l.ageItem45)
		l.terms[c45] = append(l.terms[c45], f)
	}
}

const agePlusForms = "45 ans et plus|45 ans ou plus|45 et plus|plus de 45 ans|45 ans et +|45 ans ou +|45 ans et au-delà|plus de 45|" +
	"45 years and over|45 and over|45 and older|45 years and older|45 and above|45 years and above|45 or older|45 years or older|45 or over|45 and up|over 45|above 45|" +
	"45 سنة فما فوق|45 سنة فأكثر|45 سنة وأكثر|45 سنة وما فوق|45 عام وما فوق|45 عام فما فوق|45 وما فوق|45 فأكثر|45 وأكثر|45 وكثر|45 عام وكثر|أكثر من 45 سنة|أكثر من 45|فوق 45 سنة|45 فما فوق|" +
	"45 عام ولفوق|45 عام و لفوق|45 ولفوق|45 3am w lfou9|45 3am o lfou9|45 w lfou9|kter men 45|ktar mn 45 3am|ktar mn 45|fo9 45|fou9 45 3am|45 3am o fo9|45 w fo9|45 o fo9|45 w ktar|45 w kter|45 o ktar|45 3am w ktar|45 3am o ktar|45 3am w kter|" +
	"seniors|الكبار في السن"

// ageRanges returns the closed age bands written with their two bounds in
// tw: "15-24", "15 24", "25 à 34 ans", "bin 25 w 34 3am", "من 25 حتى ل 34
// عام", "aged 25 to 34". Up to two joining words may stand between the
// bounds and up to two unit words follow them; a range followed by an
// amount ("15 à 24 %", "25-34 DH") is not an age.
func ageRanges(tw *textWords) []hit {
	var out []hit
	for i := 0; i+1 < len(tw.spans); i++ {
		for _, b := range lexicon.bands {
			if tw.spans[i].norm != b.lo {
				continue
			}
			if to, ok := tw.bandEnd(i, b.hi); ok { // several bands start at 15
				out = append(out, hit{e: b.e, from: i, to: to})
				i = to - 1
				break
			}
		}
	}
	return out
}

// bandsOverYouth drops the 15-24 of a youth word ("jeunes", "الشباب",
// "chabab", "young people") that an age band written with numbers follows
// within three words ("les jeunes de 15 à 17 ans", "الشباب البالغين من
// العمر 15-17 سنة"): the numbers say which young people. hits are in
// text order.
func bandsOverYouth(hits []hit) []hit {
	youth := lexicon.item(Concept{KindAge, "15-24"})
	out := hits[:0:0]
	for k, h := range hits {
		if h.e.item == youth && !isBand(h.e) && k+1 < len(hits) && isBand(hits[k+1].e) && hits[k+1].from-h.to <= 3 {
			continue
		}
		out = append(out, h)
	}
	return out
}

func isBand(e *entry) bool {
	for _, b := range lexicon.bands {
		if b.e == e {
			return true
		}
	}
	return false
}

// bandEnd reads, after a lower bound at token i, the joining words, the
// upper bound hi and the units, and returns the end of the band.
func (tw *textWords) bandEnd(i int, hi string) (int, bool) {
	j := i + 1
	for n := 0; n < 2 && j < len(tw.spans) && !tw.spans[j].brk && ageJoins[tw.spans[j].norm]; n++ {
		j++
	}
	if j >= len(tw.spans) || tw.spans[j].brk || tw.spans[j].norm != hi {
		return 0, false
	}
	end := j + 1
	for n := 0; n < 2 && end < len(tw.spans) && !tw.spans[end].brk && ageUnits[tw.spans[end].norm]; n++ {
		end++
	}
	if tw.amountAfter(end) {
		return 0, false
	}
	return end, true
}

// amountAfter reports whether token k (just after a number) makes it an
// amount: a percent sign or a currency or count word.
func (tw *textWords) amountAfter(k int) bool {
	last := tw.spans[k-1].end
	for last < len(tw.text) && tw.text[last] == ' ' {
		last++
	}
	if last < len(tw.text) && tw.text[last] == '%' {
		return true
	}
	return k < len(tw.spans) && !tw.spans[k].brk && notYearAfter[tw.folded(k)]
}

// plusAges returns "45+" written with a plus sign, which Normalize turns
// into a separator: a bare 45 directly followed by '+' and not by another
// number.
func plusAges(tw *textWords) []hit {
	var out []hit
	for i, s := range tw.spans {
		if s.norm != "45" || s.end >= len(tw.text) || tw.text[s.end] != '+' {
			continue
		}
		if i+1 < len(tw.spans) && tw.spans[i+1].start == s.end+1 {
			continue // "45+5": arithmetic, not an age
		}
		out = append(out, hit{e: plusEntry, from: i, to: i + 1})
	}
	return out
}
