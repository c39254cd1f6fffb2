package lang

import "slices"

// Indicators people name by their parts. "the share of CNSS-declared
// employees who earn less than the minimum wage", "شحال ف المية من
// الخدامة عندهم التغطية الصحية", "how long do unemployed people stay
// unemployed" name a rarer indicator through a general one (declared
// employees, the employed, the unemployed) and a qualifier (the minimum
// wage, health coverage, a duration) that may stand anywhere in the
// message. Listing every wording as a phrase cannot keep up, so the
// lexicon's finds are read again through narrowing rules (narrow_rules.go):
//
//   - a rule on a concept turns that concept, when the message also holds
//     the rule's qualifiers, into a narrower indicator (underemployment +
//     income: the income-related underemployment rate);
//   - a rule with trigger words names an indicator when the message names
//     none and holds the trigger and the qualifiers (money + sending or the
//     diaspora: remittances). A rule may have both: the employed named as
//     an indicator ("actifs occupés") or as workers ("lkhdama").
//
// Then a general indicator named beside a narrower one gives way to it
// (narrowerOf): "الناس لي خدامين ولكن ماشي بما يكفي (الشغل الناقص)" asks the
// underemployment rate, not the employment rate.

// narrowRule is one reading of a concept, or of trigger words, as an
// indicator.
type narrowRule struct {
	on      []Concept    // the concepts the rule narrows
	trigger *phraseIndex // the words it reads when the message names no indicator
	with    []*phraseIndex
	group   Concept // a concept that must be named too ({} for none), consumed unless a sector
	rate    bool    // a rate or share word must be in the message
	noRate  bool    // no rate or share word may be in the message
	count   bool    // a count word must be in the message (combien, how many, عدد, ch7al)
	labour  bool    // a word of work must be in the message
	unless  *phraseIndex
	to      *entry // the indicator read
}

// ruleTerms is how a narrowing rule is written: on ("kind/value"
// concepts, "|"-separated) or trigger (phrases), each with a list of
// qualifier phrases that must all be found, the concept group that must
// be named too, the conditions rate, count and unless (phrases none of
// which may stand in the message), and the indicator it reads.
type ruleTerms struct {
	on, trigger                 string
	with                        []string
	group                       string
	rate, noRate, count, labour bool
	unless                      string
	to                          string
}

// narrowed is the result of applying the rules to a message's hits: the
// hits, and the words the rules read as part of an indicator (the
// qualifiers), which name nothing else (FindUnresolved).
type narrowed struct {
	hits  []hit
	read  [][2]int
	found map[*phraseIndex][][2]int // phraseHits of each index, once
	// end is where the last phrase match of the text ended once narrowed
	// (textWords.lastEnd), for a reader that takes these hits instead of
	// searching again (scanWith).
	end int
}

// narrow applies the rules, in order, to the lexicon hits of tw, once
// the indicators that a narrower one named beside them refines are
// dropped ("working" beside "over 48 hours a week" is no rule's general
// indicator); then it drops the indicators named in the complement of
// an indicator Marsad lacks (narrow_unknown.go) or qualified by words no
// table holds (narrow_qualified.go).
func narrow(tw *textWords, hits []hit) narrowed {
	n := narrowed{hits: dropBroader(hits), found: map[*phraseIndex][][2]int{}}
	for i := range narrowRules {
		r := &narrowRules[i]
		for k := 0; k < len(n.hits); k++ {
			if containsConcept(r.on, lexicon.concepts[n.hits[k].e.item]) && n.apply(tw, r, k) {
				k-- // a hit before k was consumed
			}
		}
		if r.trigger != nil {
			n.trigger(tw, r)
		}
	}
	n.dropUnknownFramed(tw)
	n.dropUnknownQualified(tw)
	n.end = tw.lastEnd
	return n
}

// questionHits returns the narrowed lexicon hits of a question: what
// FindConcepts and FindUnresolved both read first.
func questionHits(tw *textWords) narrowed { return narrow(tw, slices.Clone(lexiconHits(tw))) }

// clone returns n with hits of its own, for a reader that drops some in
// place (conceptsOf) while another reads them after it.
func (n narrowed) clone() narrowed {
	n.hits = slices.Clone(n.hits)
	return n
}

// apply reads hit k as r's indicator when r's conditions hold, and
// reports whether it consumed a hit before k.
func (n *narrowed) apply(tw *textWords, r *narrowRule, k int) bool {
	spans, group, ok := n.conditions(tw, r, n.hits[k])
	if !ok {
		return false
	}
	n.hits[k].e = r.to
	n.read = append(n.read, spans...)
	if !n.consume(group) {
		return false
	}
	return group < k
}

// consume removes the hit of a rule's group, but for a sector, which stays
// named ("la part de l'agriculture" still says which sector): it reports
// whether it removed one.
func (n *narrowed) consume(group int) bool {
	if group < 0 || lexicon.concepts[n.hits[group].e.item].Kind == KindSector {
		return false
	}
	n.hits = append(n.hits[:group], n.hits[group+1:]...)
	return true
}

// trigger adds r's indicator on its trigger words when the message names
// no indicator yet and asks for a figure (asksFigure): "comment envoyer
// de l'argent au Maroc ?" is no question on remittances.
func (n *narrowed) trigger(tw *textWords, r *narrowRule) {
	for _, h := range n.hits {
		if lexicon.concepts[h.e.item].Kind == KindIndicator {
			return
		}
	}
	if !tw.asksFigure() {
		return
	}
	for _, t := range n.phrases(tw, r.trigger) {
		if n.overlaps(t) {
			continue
		}
		h := hit{e: r.to, from: t[0], to: t[1]}
		spans, group, ok := n.conditions(tw, r, h)
		if !ok {
			continue
		}
		n.read = append(n.read, spans...)
		n.consume(group)
		n.dropInside(t)
		n.insert(h)
		return
	}
}

// overlaps reports whether a hit shares words with s, but for an
// occupation or skill named by fewer words inside it, which the longer
// trigger reads ("security" in "social security").
// numbered reports whether the words s are the unit of a number around
// them, in their phrase: an age before them ("45 سنة فما فوق") or a
// year after ("فوق سنة 2025").
func numbered(tw *textWords, s [2]int) bool {
	if i := s[0]; i > 0 && !tw.spans[i].brk && len(tw.spans[i-1].norm) <= 3 && allDigits(tw.spans[i-1].norm) {
		return true
	}
	if j := s[1]; j < len(tw.spans) && !tw.spans[j].brk {
		_, ok := tw.yearAt(j)
		return ok
	}
	return false
}

func (n *narrowed) overlaps(s [2]int) bool {
	for _, h := range n.hits {
		if s[0] < h.to && h.from < s[1] && !n.inside(h, s) {
			return true
		}
	}
	return false
}

// inside reports whether h is an occupation or skill on fewer words
// within s.
func (n *narrowed) inside(h hit, s [2]int) bool {
	k := lexicon.concepts[h.e.item].Kind
	return (k == KindOccupation || k == KindSkill) && s[0] <= h.from && h.to <= s[1] && h.to-h.from < s[1]-s[0]
}

// dropInside removes the hits inside s (see overlaps).
func (n *narrowed) dropInside(s [2]int) {
	out := n.hits[:0]
	for _, h := range n.hits {
		if !n.inside(h, s) {
			out = append(out, h)
		}
	}
	n.hits = out
}

// conditions reports whether r holds around h: its qualifiers (returned:
// the words that held them), its group concept (returned: the index of
// its hit, -1 for none), a rate or count word, and none of its unless
// words.
func (n *narrowed) conditions(tw *textWords, r *narrowRule, h hit) ([][2]int, int, bool) {
	var spans [][2]int
	for _, ix := range r.with {
		s, ok := n.free(tw, n.phrases(tw, ix), h, lexicon.concepts[r.to.item].Value)
		if !ok {
			return nil, 0, false
		}
		spans = append(spans, s)
	}
	group := -1
	if r.group != (Concept{}) {
		for k, g := range n.hits {
			if lexicon.concepts[g.e.item] == r.group {
				group = k
			}
		}
		if group < 0 {
			return nil, 0, false
		}
	}
	if r.rate && !tw.hasCue(cueRate) || r.noRate && tw.hasCue(cueRate) || r.count && !tw.hasCue(cueCount) || r.labour && !tw.hasCue(cueLabour) {
		return nil, 0, false
	}
	if r.unless != nil && len(n.phrases(tw, r.unless)) > 0 {
		return nil, 0, false
	}
	return spans, group, true
}

// free returns the first of spans that no other thing named reads as
// something else (another indicator, a contract, an occupation, an age):
// "durée" in "contrat à durée déterminée" is no duration of unemployment,
// nor "سنة فما فوق" in "45 سنة فما فوق" one of a year or more.
// Words of h's own concept, of a group, a skill or an intent are free, and
// so are those of an indicator that the rule's indicator, to, narrows
// ("emplois créés grâce à Tahfiz" are Tahfiz's hires).
func (n *narrowed) free(tw *textWords, spans [][2]int, h hit, to string) ([2]int, bool) {
	c := lexicon.concepts[h.e.item]
	for _, s := range spans {
		taken := numbered(tw, s)
		for _, o := range n.hits {
			oc := lexicon.concepts[o.e.item]
			if s[0] < o.to && o.from < s[1] && oc != c && takes[oc.Kind] && !(oc.Kind == KindIndicator && contains(narrowerOf[oc.Value], to)) {
				taken = true
			}
		}
		if !taken {
			return s, true
		}
	}
	return [2]int{}, false
}

// insert adds h to the hits, in order of position.
func (n *narrowed) insert(h hit) {
	k := 0
	for k < len(n.hits) && n.hits[k].from < h.from {
		k++
	}
	n.hits = append(n.hits, hit{})
	copy(n.hits[k+1:], n.hits[k:])
	n.hits[k] = h
}

// phrases returns phraseHits(tw, ix), computed once per message.
func (n *narrowed) phrases(tw *textWords, ix *phraseIndex) [][2]int {
	if f, ok := n.found[ix]; ok {
		return f
	}
	f := phraseHits(tw, ix)
	n.found[ix] = f
	return f
}

// phraseHits returns the words [from, to) of the phrases of ix in tw, the
// longest at each position, overlapping ones included ("depuis plus d'un
// an" and "plus d'un an").
func phraseHits(tw *textWords, ix *phraseIndex) [][2]int {
	var out [][2]int
	for i := 0; i < len(tw.spans); i++ {
		if h, ok := ix.longestAt(tw, i); ok {
			out = append(out, [2]int{h.from, h.to})
		}
	}
	return out
}

// asksFigure reports whether tw asks for a figure: a count or rate word
// (combien, ch7al, نسبة, share), an amount word (montant, how much, قيمة,
// حجم) or a year.
func (tw *textWords) asksFigure() bool {
	if !tw.figureRead { // every trigger rule asks: read once a text
		tw.figure, tw.figureRead = tw.readAsksFigure(), true
	}
	return tw.figure
}

func (tw *textWords) readAsksFigure() bool {
	if tw.hasCue(cueRate) || len(phraseHits(tw, amountWords)) > 0 {
		return true
	}
	for k, s := range tw.spans {
		if tw.cues[k]&cueCount != 0 && s.norm != "how" { // "how many", not "how do I"
			return true
		}
		if len(s.norm) == 4 && allDigits(s.norm) && (s.norm[:2] == "19" || s.norm[:2] == "20") {
			return true
		}
	}
	return false
}

// amountWords ask for an amount.
var amountWords = indexOf("montant|montants|amount|how much|volume|total|قيمة|حجم|بلغت|بلغ|وصلت|wslat|wsal|atteint|reached|niveau|level|" +
	"chiffre|figure|figures|الرقم|ra9m|statistique|statistics|stats|إحصائيات|données|data")

// hasCue reports whether a word of tw is of cue class c.
func (tw *textWords) hasCue(c cueSet) bool {
	tw.computeCues()
	for _, w := range tw.cues {
		if w&c != 0 {
			return true
		}
	}
	return false
}

// dropBroader removes the indicator hits that a narrower indicator hit of
// the same message refines (narrowerOf).
func dropBroader(hits []hit) []hit {
	named := map[string]bool{}
	for _, h := range hits {
		if c := lexicon.concepts[h.e.item]; c.Kind == KindIndicator {
			named[c.Value] = true
		}
	}
	out := hits[:0]
	for _, h := range hits {
		c := lexicon.concepts[h.e.item]
		if c.Kind == KindIndicator && refinedHere(c.Value, named) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// refinedHere reports whether a narrower indicator of v is in named.
func refinedHere(v string, named map[string]bool) bool {
	for _, narrower := range narrowerOf[v] {
		if named[narrower] {
			return true
		}
	}
	return false
}

// takes are the kinds of concept whose words a qualifier cannot stand on.
var takes = map[string]bool{KindIndicator: true, KindContract: true, KindOccupation: true}

func containsConcept(list []Concept, c Concept) bool {
	for _, x := range list {
		if x == c {
			return true
		}
	}
	return false
}

// ruleIndexes returns the phrase indexes of the rules, whose words are
// known words of the package (knownFirst, knownWords).
func ruleIndexes() []*phraseIndex {
	var out []*phraseIndex
	for _, r := range narrowRules {
		if r.trigger != nil {
			out = append(out, r.trigger)
		}
		if r.unless != nil {
			out = append(out, r.unless)
		}
		out = append(out, r.with...)
	}
	return out
}
