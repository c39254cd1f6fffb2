package lang

// Indicators asked of something Marsad keeps no figure on. "taux de
// syndicalisation des salariés" asks a rate of unionisation, of which the
// employees are only the population; "union membership rate among
// employees" and "نسبة الانخراط النقابي لدى الأجراء" too. An indicator
// frame ("taux de", "nombre de", "how many", "نسبة", "ch7al mn", or an
// English rate word after its head) whose head word no table of the
// package holds names an indicator Marsad lacks (FindUnresolved), and the
// indicators that the rest of its phrase names are its complement, not
// what is asked: they are dropped rather than answered for it, and so
// are the occupations there ("the burnout rate among nurses").

// unknownFrames are the phrases after which the head word of an
// indicator stands: rates, shares and counts.
var unknownFrames = indexOf("taux de|taux d'|taux dyal|pourcentage de|pourcentage d'|part de|part des|part d'|proportion de|proportion des|" +
	"proportion d'|indice de|indice d'|share of|rate of|percentage of|proportion of|index of|ratio of|" +
	"معدل|نسبة|حصة|مؤشر|nisbat|nisba dyal|nisbat dyal|7essat|" + countFrames)

// dropUnknownFramed drops the indicator hits of n that stand in the
// phrase of an indicator frame whose head word is unknown (see above).
func (n *narrowed) dropUnknownFramed(tw *textWords) {
	for _, f := range n.unknownFramed(tw) {
		n.dropIndicators(f.complement, clauseEnd(tw, f.complement))
	}
}

// framed is an indicator frame of an unknown head: its words [from, to)
// and where the words it applies to begin (its head, or an indicator
// right before an English head: "employee" in "employee unionization
// rate").
type framed struct {
	from, to, complement int
}

// unknownFramed returns the indicator frames of tw whose head word is
// unknown, with their head ("taux de syndicalisation", "union membership
// rate").
func (n *narrowed) unknownFramed(tw *textWords) []framed {
	var out []framed
	for i := 0; i < len(tw.spans); i++ {
		if n.coveredAt(i) {
			continue
		}
		if rateWords[tw.spans[i].norm] && i > 0 && !tw.spans[i].brk && n.unknownAt(tw, i-1) { // "union membership rate"
			from := i - 1
			for from > 0 && !tw.spans[from].brk && n.unknownAt(tw, from-1) {
				from--
			}
			out = append(out, framed{from, i + 1, n.modifiedFrom(from)})
			continue
		}
		if _, glued := (&scan{tw: tw}).proclitic(i); glued { // بالنسبة "as for" is no نسبة "rate"
			continue
		}
		if h, ok := unknownFrames.longestAt(tw, i); ok && !n.coveredAt(h.to-1) {
			if head := skipFillers(tw, h.to); head < len(tw.spans) && !tw.spans[head].brk && n.unknownAt(tw, head) {
				out = append(out, framed{i, n.unknownRun(tw, head), head})
			}
			i = h.to - 1
		}
	}
	return out
}

// modifiedFrom returns where an indicator hit ending at word i begins,
// else i.
func (n *narrowed) modifiedFrom(i int) int {
	for _, h := range n.hits {
		if h.to == i && lexicon.concepts[h.e.item].Kind == KindIndicator {
			return h.from
		}
	}
	return i
}

// unknownRun returns the word after the unknown words from i, in their
// phrase.
func (n *narrowed) unknownRun(tw *textWords, i int) int {
	for i++; i < len(tw.spans) && !tw.spans[i].brk && n.unknownAt(tw, i); i++ {
	}
	return i
}

// anyIndicator reports whether n holds an indicator hit.
func (n *narrowed) anyIndicator() bool {
	for _, h := range n.hits {
		if lexicon.concepts[h.e.item].Kind == KindIndicator {
			return true
		}
	}
	return false
}

// coveredAt reports whether a hit of n covers word i.
func (n *narrowed) coveredAt(i int) bool {
	for _, h := range n.hits {
		if h.from <= i && i < h.to {
			return true
		}
	}
	return false
}

// unknownAt reports whether word i is read by no hit and held by no table
// of the package, with or without a proclitic, and is no number.
func (n *narrowed) unknownAt(tw *textWords, i int) bool {
	return !n.coveredAt(i) && !isDigit(tw.spans[i].norm[0]) && unknownForm(tw, i)
}

// dropIndicators removes the indicator and occupation hits that start in
// words [from, to): the nurses of "the burnout rate among nurses" are no
// question on nurses.
func (n *narrowed) dropIndicators(from, to int) {
	out := n.hits[:0]
	for _, h := range n.hits {
		k := lexicon.concepts[h.e.item].Kind
		if !((k == KindIndicator || k == KindOccupation) && from <= h.from && h.from < to) {
			out = append(out, h)
		}
	}
	n.hits = out
}

// skipFillers returns the first word from i that is no article or unit
// of counting ("taux de la syndicalisation", "عدد أفراد الجالية"); "واحد"
// in "شحال من واحد" is the people counted, a known head.
func skipFillers(tw *textWords, i int) int {
	for i < len(tw.spans) && !tw.spans[i].brk && (headSkips[tw.spans[i].norm] || headSkips[tw.folded(i)]) {
		i++
	}
	return i
}

// headSkips are the articles and units of counting before the head of an
// indicator.
var headSkips = setOf("un", "une", "le", "la", "les", "l", "d", "de", "du", "des", "a", "an", "the", "some", "dyal", "ديال", "د", "ال", "ل",
	"membres", "individus", "members", "individuals", "effectif", "effectifs", "total", "volume", "ensemble", "افراد", "فرد", "مجموع", "اجمالي")

// clauseEnd returns the word after the last of the clause of word i:
// its phrase, up to a conjunction ("taux de syndicalisation et taux de
// chômage").
func clauseEnd(tw *textWords, i int) int {
	for i++; i < len(tw.spans) && !tw.spans[i].brk && !conjunctions[tw.spans[i].norm]; i++ {
	}
	return i
}

// phraseEnd returns the word after the last of the phrase of word i.
func phraseEnd(tw *textWords, i int) int {
	for i++; i < len(tw.spans) && !tw.spans[i].brk; i++ {
	}
	return i
}
