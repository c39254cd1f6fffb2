package lang

import "strings"

// dropUnknownQualified drops the indicators named by a population noun
// that a word no table holds qualifies, right after it or in a relative
// clause or after a copula, or that a way of working Marsad counts no
// one by qualifies, when no rule read a qualifier after it: "part des
// salariés syndiqués", "share of employees who are union members",
// "quelle part des salariés est propriétaire", "نسبة الأجراء المنخرطين في
// النقابات", "nombre de salariés en télétravail" ask a share of union
// members, owners or teleworkers, not of employees, while "the
// unemployed who had been jobless for a year or more" are the long-term
// unemployed.
func (n *narrowed) dropUnknownQualified(tw *textWords) {
	out := n.hits[:0]
	for _, h := range n.hits {
		if _, ok := n.qualifiedAt(tw, h.to-1, false); !ok || lexicon.concepts[h.e.item].Kind != KindIndicator {
			out = append(out, h)
		}
	}
	n.hits = out
}

// qualifiedAt reports whether word i is a population noun that an
// unknown word qualifies (see dropUnknownQualified), and returns the word
// after the qualifier. loose takes any unknown word right after the
// noun, a verb as well as an adjective ("workers own a car").
func (n *narrowed) qualifiedAt(tw *textWords, i int, loose bool) (int, bool) {
	if !populationNouns[tw.folded(i)] || n.readIn(i+1, phraseEnd(tw, i)) {
		return 0, false
	}
	return n.qualifiedUnknown(tw, i+1, loose)
}

// readIn reports whether a rule read words in [from, to).
func (n *narrowed) readIn(from, to int) bool {
	for _, r := range n.read {
		if from < r[1] && r[0] < to {
			return true
		}
	}
	return false
}

// qualifiedUnknown reports whether the words from i, in their phrase,
// qualify a noun with an unknown word or a way of working: right after
// it, or among the first four words of a relative clause or after a
// copula; it returns the word after the qualifier.
func (n *narrowed) qualifiedUnknown(tw *textWords, i int, loose bool) (int, bool) {
	if i >= len(tw.spans) || tw.spans[i].brk {
		return 0, false
	}
	if end, ok := wayOfWorkAt(tw, i); ok {
		return end, true
	}
	if !relatives[tw.spans[i].norm] && !copulas[tw.spans[i].norm] {
		return n.unknownRun(tw, i), n.unknownAt(tw, i) && (loose || adjectiveLike(tw, i))
	}
	end := 0
	for k := i + 1; k < len(tw.spans) && k <= i+4 && !tw.spans[k].brk; k++ {
		if e, ok := wayOfWorkAt(tw, k); ok {
			return e, true
		}
		if n.unknownAt(tw, k) {
			end = k + 1
		}
	}
	if n.namesIn(tw, i+1, clauseEnd(tw, i)) { // "العاطلين الذين يعيشون في المدن": the clause's verb, the urban ones
		return 0, false
	}
	return end, end > 0
}

// namesIn reports whether a word of [from, to) is read as a concept or
// starts a place name.
func (n *narrowed) namesIn(tw *textWords, from, to int) bool {
	for k := from; k < to; k++ {
		if n.coveredAt(k) {
			return true
		}
		if _, ok := gazetteer.index.longestAt(tw, k); ok {
			return true
		}
	}
	return false
}

// wayOfWorkAt reports whether a way of working (waysOfWork) starts at
// word i, after a link or a verb of working ("en télétravail", "working
// remotely", "يعملون عن بعد"), and returns the word after it.
func wayOfWorkAt(tw *textWords, i int) (int, bool) {
	if workLinks[tw.spans[i].norm] || isWorkVerb(tw, i) {
		if i+1 < len(tw.spans) && !tw.spans[i+1].brk {
			if h, ok := waysOfWork.longestAt(tw, i+1); ok {
				return h.to, true
			}
		}
	}
	if remoteVerbs[tw.spans[i].norm] {
		return i + 1, true
	}
	h, ok := waysOfWork.longestAt(tw, i)
	return h.to, ok
}

// adjectiveLike reports whether word i, after a plural noun, may be an
// adjective agreeing with it rather than a verb: in French it ends in s
// or x but not in a verb's -ent or -ont ("syndiqués", not "comptait" or
// "cotisent"); in Arabic script it has the article ("المنخرطين", not
// "حاليا"). In English and Arabizi adjectives come before the noun or
// in a relative clause.
func adjectiveLike(tw *textWords, i int) bool {
	w := tw.spans[i].norm
	switch tw.lang() {
	case French:
		return (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x")) && !strings.HasSuffix(w, "ent") && !strings.HasSuffix(w, "ont")
	case Arabic, Darija:
		return strings.HasPrefix(w, "ال")
	}
	return false
}

// lacking returns the words of the first figure tw asks that Marsad
// lacks, once n holds no indicator: an indicator frame of an unknown head
// ("taux de syndicalisation") or a population an unknown word qualifies
// ("salariés syndiqués", "الخدامة اللي داخلين ف النقابة") in a question
// for a figure.
func (n *narrowed) lacking(tw *textWords) (int, int, bool) {
	if n.anyIndicator() {
		return 0, 0, false
	}
	if fs := n.unknownFramed(tw); len(fs) > 0 {
		return fs[0].from, fs[0].to, true
	}
	if !tw.asksFigure() {
		return 0, 0, false
	}
	for i := range tw.spans {
		if end, ok := n.qualifiedAt(tw, i, true); ok {
			return i, end, true
		}
	}
	return 0, 0, false
}

// populationNouns name the people an indicator counts or divides
// (folded forms).
var populationNouns = foldedSet("salariés", "salarié", "salariées", "employés", "employées", "employees", "employee", "workers", "worker",
	"travailleurs", "travailleuses", "occupés", "chômeurs", "chomeurs", "chômeuses", "unemployed", "jobless", "people", "gens", "personnes",
	"العاطلين", "العاطلون", "البطالين", "بطالين", "الأجراء", "أجراء", "العمال", "عمال", "الخدامة", "خدامة", "المشتغلين", "الشوماجية", "الناس",
	"lkhdama", "khdama", "lbattalin", "battalin", "chomeurs", "nas")

// copulas say what a noun is or has ("sont syndiqués", "est
// propriétaire", "are members").
var copulas = setOf("est", "sont", "etaient", "etait", "is", "are", "was", "were", "has", "have", "ont", "possedent", "own", "owns")

// relatives open a relative clause after a noun.
var relatives = setOf("qui", "who", "that", "which", "li", "lli", "elli", "اللي", "لي", "الذين", "اللذين", "التي", "الذي", "ممن")
