package lang

import "strconv"

// Relative years in PeriodMatch.Year: the caller resolves them against its
// own clock or the latest period of its data.
const (
	LastYear = -1 // "l'année dernière", "last year", "السنة الماضية", "l3am li fat"
	ThisYear = -2 // "cette année", "this year", "هذا العام", "had l3am"
	// SameYear is the year the conversation is about: "la même année",
	// "the same year", "السنة نفسها", "نفس العام", "dik l3am".
	SameYear = -3
)

// PeriodMatch is a time period found in text.
type PeriodMatch struct {
	Year    int    // 1990-2039, LastYear, ThisYear, SameYear, or 0 if absent
	Quarter int    // 1-4, 0 if absent
	Month   int    // 1-12, 0 if absent
	Surface string // the words as written in the input
	// Through is set on a month that opens a span running to the month
	// named next ("de janvier à juillet 2023", "january to july 2022",
	// "mn janvier l juillet 2023", "من يناير إلى يوليوز 2023"): the two
	// bound one period of months, not two months.
	Through bool
}

// FindPeriods returns the periods mentioned in text, in order of appearance.
//
// A year is a four-digit number from 1990 to 2039 (Arabic-Indic digits
// included) that is not an amount or a count: "2000 DH", "+5000", "plus de
// 2000 personnes" and the age band "15-24" are not years. A quarter ("T3",
// "Q1", "1er trimestre", "troisième trimestre", "الفصل الأول", "الربع الثالث",
// "trimestre tani", "third quarter") and a month ("mai", "ماي", "may",
// "2024-05", "05/2024") bind to the year that follows them in the same
// phrase, across small words ("de", "من سنة", "dyal", "of"), or else to a
// year just before them ("2024 T3", "2024-Q3"); unbound, their Year is 0.
// Relative years are reported with LastYear, ThisYear and SameYear ("le
// troisième trimestre de la même année", "الفصل الثالث من السنة نفسها":
// SameYear, quarter 3). Ambiguous month
// names (may, march, ماي) count only next to a year. It returns nil when
// nothing matches.
func FindPeriods(text string) []PeriodMatch { return periodMatches(prepare(text)) }

func periodMatches(tw *textWords) []PeriodMatch {
	atoms := periodAtoms(tw)
	if len(atoms) == 0 {
		return nil
	}
	partner := make([]int, len(atoms))
	used := make([]bool, len(atoms))
	for i := range partner {
		partner[i] = -1
	}
	for i, a := range atoms {
		if a.kind == yearAtom || a.year != 0 {
			continue
		}
		if j := bindYear(tw, atoms, i, used); j >= 0 {
			partner[i], partner[j], used[j] = j, i, true
		}
	}
	var out []PeriodMatch
	for i, a := range atoms {
		switch j := partner[i]; {
		case j < 0 && a.kind == monthAtom && a.weak:
		case j < 0:
			p := tw.period(a, a)
			if a.kind != yearAtom && a.year == 0 {
				p.Year = sharedYear(tw, atoms, partner, i)
			}
			p.Through = a.kind == monthAtom && tw.spanTo(atoms, i, a.to)
			out = append(out, p)
		case j > i:
			p := tw.period(a, atoms[j])
			p.Through = a.kind == monthAtom && tw.spanTo(atoms, j, atoms[j].to)
			out = append(out, p)
		}
	}
	return out
}

// spanTo reports whether the month whose last atom is atoms[i], ending
// before token end, runs to a month atom that follows it across span words
// only ("janvier à juillet", "january to july", "janvier l juillet").
func (tw *textWords) spanTo(atoms []atom, i, end int) bool {
	k := i + 1
	if k >= len(atoms) || atoms[k].kind != monthAtom || atoms[k].from <= end || atoms[k].from-end > 2 {
		return false
	}
	for t := end; t < atoms[k].from; t++ {
		if tw.spans[t].brk || !spanWords[tw.spans[t].norm] {
			return false
		}
	}
	return true
}

// sharedYear returns the year of the next quarter or month when a
// coordination joins them ("T1 et T3 2024", "mai ou juin 2024"), else 0.
func sharedYear(tw *textWords, atoms []atom, partner []int, i int) int {
	k := i + 1
	if k >= len(atoms) || atoms[k].kind != atoms[i].kind {
		return 0
	}
	gap := atoms[k].from - atoms[i].to
	if gap < 0 || gap > 2 {
		return 0
	}
	for t := atoms[i].to; t < atoms[k].from; t++ {
		if !periodJoins[tw.spans[t].norm] {
			return 0
		}
	}
	if atoms[k].year != 0 {
		return atoms[k].year
	}
	if j := partner[k]; j > k {
		return atoms[j].year
	}
	return sharedYear(tw, atoms, partner, k)
}

type atomKind uint8

const (
	yearAtom atomKind = iota
	quarterAtom
	monthAtom
)

// atom is one piece of a period: tokens [from, to) of the text.
type atom struct {
	kind                 atomKind
	from, to             int
	year, quarter, month int
	weak                 bool // an ambiguous month name, valid only next to a year
}

// period builds the match covering atoms first..last (one atom when they are
// the same; otherwise one of them is a year, the other a quarter or month).
func (tw *textWords) period(first, last atom) PeriodMatch {
	p := PeriodMatch{Year: first.year, Quarter: first.quarter, Month: first.month}
	if first.from != last.from {
		p = PeriodMatch{Year: first.year + last.year, Quarter: first.quarter + last.quarter, Month: first.month + last.month}
	}
	p.Surface = tw.surface(hit{from: first.from, to: last.to})
	return p
}

// bindYear returns the index of the year atom that quarter or month atom i
// binds to, or -1: the next atom if it is an unused year reached across
// connector words only, else the previous atom if it is an unused year
// directly before.
func bindYear(tw *textWords, atoms []atom, i int, used []bool) int {
	a := atoms[i]
	if a.year != 0 {
		return -1 // "2024t3" carries its own year
	}
	if j := i + 1; j < len(atoms) && atoms[j].kind == yearAtom && !used[j] && joinable(tw, a.to, atoms[j].from) {
		return j
	}
	if j := i - 1; j >= 0 && atoms[j].kind == yearAtom && !used[j] && atoms[j].to == a.from && !tw.spans[a.from].brk {
		return j
	}
	return -1
}

// joinable reports whether only connector words (at most three) lie between
// tokens from and to, with no phrase punctuation.
func joinable(tw *textWords, from, to int) bool {
	if to-from > 3 {
		return false
	}
	for k := from; k < to; k++ {
		if tw.spans[k].brk || !periodConnectors[tw.spans[k].norm] {
			return false
		}
	}
	return !tw.spans[to].brk
}

// periodAtoms finds the years, quarters, months and relative years of tw.
// The atoms depend only on the text and, through the phrase search, on
// where the last match ended: a text read by several finders (Read's)
// finds them once (foundOnce). They are shared: their readers must not
// change them.
func periodAtoms(tw *textWords) []atom {
	return tw.periods.get(tw, findPeriodAtoms)
}

func findPeriodAtoms(tw *textWords) []atom {
	rel := periodPhrases.find(tw)
	var atoms []atom
	r := 0
	for i := 0; i < len(tw.spans); {
		if r < len(rel) && rel[r].from == i {
			atoms = append(atoms, atom{kind: yearAtom, from: i, to: rel[r].to, year: relativeYears[rel[r].e.item]})
			i = rel[r].to
			r++
			continue
		}
		if a, ok := tw.atomAt(i); ok {
			atoms = append(atoms, a)
			i = a.to
			continue
		}
		i++
	}
	return atoms
}

// atomAt reads a year, quarter or month starting at token i.
func (tw *textWords) atomAt(i int) (atom, bool) {
	w := tw.spans[i].norm
	if y, ok := tw.yearAt(i); ok {
		if m, ok := tw.numericMonthAfter(i); ok {
			return atom{kind: monthAtom, from: i, to: i + 2, year: y, month: m}, true
		}
		return atom{kind: yearAtom, from: i, to: i + 1, year: y}, true
	}
	if q, y, ok := compactQuarter(w); ok {
		return atom{kind: quarterAtom, from: i, to: i + 1, quarter: q, year: y}, true
	}
	if q, n := tw.wordQuarter(i); n > 0 {
		return atom{kind: quarterAtom, from: i, to: i + n, quarter: q}, true
	}
	if m, ok := tw.numericMonthBefore(i); ok {
		y, _ := tw.yearAt(i + 1)
		return atom{kind: monthAtom, from: i, to: i + 2, year: y, month: m}, true
	}
	if m, ok := monthNames[tw.folded(i)]; ok {
		return atom{kind: monthAtom, from: i, to: i + 1, month: m, weak: weakMonths[w]}, true
	}
	return atom{}, false
}

// yearAt reports whether token i is a year and not an amount or count.
func (tw *textWords) yearAt(i int) (int, bool) {
	if i >= len(tw.spans) {
		return 0, false
	}
	s := tw.spans[i]
	if len(s.norm) != 4 || !allDigits(s.norm) {
		return 0, false
	}
	y, _ := strconv.Atoi(s.norm)
	if y < 1990 || y > 2039 {
		return 0, false
	}
	if s.start > 0 && (tw.text[s.start-1] == '+' || tw.text[s.start-1] == '$') {
		return 0, false
	}
	if i+1 < len(tw.spans) && !tw.spans[i+1].brk && notYearAfter[tw.folded(i+1)] {
		return 0, false
	}
	if i >= 2 && notYearBefore[tw.spans[i-2].norm+" "+tw.spans[i-1].norm] {
		return 0, false
	}
	return y, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// numericMonthAfter reads "2024-05" / "2024/05": year token i, then a month
// number joined by '-' or '/'.
func (tw *textWords) numericMonthAfter(i int) (int, bool) {
	if i+1 >= len(tw.spans) || !tw.joinedBy(i, "-/") {
		return 0, false
	}
	return monthNumber(tw.spans[i+1].norm)
}

// numericMonthBefore reads "05/2024" / "05-2024": a month number at i joined
// to a year at i+1.
func (tw *textWords) numericMonthBefore(i int) (int, bool) {
	if i+1 >= len(tw.spans) || !tw.joinedBy(i, "-/") {
		return 0, false
	}
	if _, ok := tw.yearAt(i + 1); !ok {
		return 0, false
	}
	return monthNumber(tw.spans[i].norm)
}

// joinedBy reports whether tokens i and i+1 are separated by exactly one of
// the separator bytes seps.
func (tw *textWords) joinedBy(i int, seps string) bool {
	a, b := tw.spans[i].end, tw.spans[i+1].start
	if b-a != 1 {
		return false
	}
	for k := 0; k < len(seps); k++ {
		if tw.text[a] == seps[k] {
			return true
		}
	}
	return false
}

func monthNumber(w string) (int, bool) {
	if len(w) < 1 || len(w) > 2 || !allDigits(w) {
		return 0, false
	}
	m, _ := strconv.Atoi(w)
	return m, m >= 1 && m <= 12
}

// compactQuarter reads "t3", "q1", "3t", "t32024", "2024t3", "2024q3".
func compactQuarter(w string) (q, year int, ok bool) {
	isQ := func(c byte) bool { return c == 't' || c == 'q' }
	isN := func(c byte) bool { return c >= '1' && c <= '4' }
	switch {
	case len(w) == 2 && isQ(w[0]) && isN(w[1]):
		return int(w[1] - '0'), 0, true
	case len(w) == 2 && isN(w[0]) && isQ(w[1]):
		return int(w[0] - '0'), 0, true
	case len(w) == 6 && isQ(w[0]) && isN(w[1]) && allDigits(w[2:]):
		return yearOf(int(w[1]-'0'), w[2:])
	case len(w) == 6 && isN(w[0]) && isQ(w[1]) && allDigits(w[2:]):
		return yearOf(int(w[0]-'0'), w[2:])
	case len(w) == 6 && allDigits(w[:4]) && isQ(w[4]) && isN(w[5]):
		return yearOf(int(w[5]-'0'), w[:4])
	}
	return 0, 0, false
}

func yearOf(q int, digits string) (int, int, bool) {
	y, _ := strconv.Atoi(digits)
	return q, y, y >= 1990 && y <= 2039
}

// wordQuarter reads an ordinal and a quarter word in either order
// ("premier trimestre", "الفصل الأول", "trimestre tani", "quarter 3") and
// returns the quarter and how many tokens it spans (0 when none).
func (tw *textWords) wordQuarter(i int) (int, int) {
	if i+1 >= len(tw.spans) || tw.spans[i+1].brk {
		return 0, 0
	}
	a, b := tw.forms[i], tw.forms[i+1]
	if n := ordinalIn(a); n > 0 && anyIn(b, quarterWords) {
		return n, 2
	}
	if anyIn(a, quarterWords) {
		if n := ordinalIn(b); n > 0 {
			return n, 2
		}
		if w := tw.spans[i+1].norm; len(w) == 1 && w[0] >= '1' && w[0] <= '4' {
			return int(w[0] - '0'), 2
		}
	}
	return 0, 0
}

func ordinalIn(forms []string) int {
	for _, f := range forms {
		if n, ok := ordinals[f]; ok {
			return n
		}
	}
	return 0
}

func anyIn(forms []string, set map[string]bool) bool {
	for _, f := range forms {
		if set[f] {
			return true
		}
	}
	return false
}
