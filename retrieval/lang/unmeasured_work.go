package lang

// Counts of the people who work in, with, for or as something. Marsad
// counts the employed by sector, place and population only: "ch7al mn
// wa7d kaykhdm m3a Glovo", "شحال من واحد كيخدم بالتيليتراڤاي من الدار",
// "combien de personnes travaillent comme infirmier", "how many people
// work in call centres" ask figures it does not keep, whatever the words
// after the verb name (a firm, a way of working, an occupation, a
// workplace, words no table holds). FindUnmeasured names them, and
// FindConcepts does not read an occupation, skill or topic there as what
// is asked: the job ads of couriers or the notes on telework would
// answer another question.

// peopleCounted ask how many people: a count word and people, in the
// five languages.
var peopleCounted = indexOf(peopleCountWords + "|combien de marocains|combien de salariés|combien de travailleurs|combien d'actifs|" +
	"how many moroccans|how many workers|how many employees|how many persons|number of people who|كم عدد الذين|عدد الذين|عدد اللي|" +
	"كم من شخص|كم عدد المغاربة|شحال من مغربي|شحال ديال المغاربة|شحال من خدام|ch7al mn mghribi|ch7al d nas|ch7al mn nas|" +
	"chhal mn wa7d|ch7al mn wa7d|sh7al mn wa7d|ch7al mn khddam|9dach mn wa7d")

// peopleWorkVerbs are the verbs of working after a count of people.
var peopleWorkVerbs = setOf("travaillent", "travaille", "bossent", "bosse", "exercent", "font", "pratiquent", "work", "works", "worked",
	"working", "employed", "kaydir", "kaydiro", "كيدير", "كيديرو", "يمارسون", "يمارس",
	"kaykhdm", "kaykhdem", "kaykhdmo", "kaykhdmou", "katkhdm", "katkhdem", "khdam", "khddam", "khdamin", "khddamin", "khdama", "khdamat",
	"كيخدم", "كيخدمو", "كتخدم", "خدام", "خدامين", "خدامه", "خدامات", "يعمل", "يعملون", "تعمل", "يشتغل", "يشتغلون", "تشتغل", "العاملين",
	"المشتغلين")

// workLinks stand between the verb and what the people work in, with,
// for or as.
var workLinks = setOf("dans", "en", "au", "aux", "a", "chez", "pour", "avec", "comme", "sur", "in", "at", "for", "with", "as", "from", "on",
	"f", "fi", "fl", "fel", "m3a", "mea", "b", "bl", "men", "mn", "k", "ka", "في", "ف", "مع", "ب", "عند", "لدى", "من", "ك", "كـ", "لحساب")

// waysOfWork are ways of working Marsad counts no one by, whatever the
// words around them read as ("home" is not the men of "hommes").
var waysOfWork = indexOf("à distance|a distance|à domicile|de chez eux|de chez soi|depuis chez eux|de la maison|en ligne|à temps partiel|à mi-temps|" +
	"remotely|remote|from home|at home|online|part-time|part time|from their homes|" +
	"عن بعد|من المنزل|من البيت|من الدار|ف الدار|فالدار|بدوام جزئي|نص الوقت|أونلاين|اونلاين|" +
	"mn dar|men dar|mn ddar|men ddar|f dar|f ddar|nos lwe9t|nass lwe9t|b distance")

// countedWork returns the words [from, to) after a count of people and a
// verb of working that name what Marsad has no count of people for (see
// above), from the verb on, and the word the count starts at; kindAt
// tells what the package reads each word as ("" for nothing). ok is false
// when the text asks no such count, or names a sector, an indicator, a
// place, a period or a population there ("how many people work in
// agriculture", "in Casablanca", "more than 48 hours").
func countedWork(tw *textWords, kindAt func(int) string) (count, from, to int, ok bool) {
	for i := 0; i < len(tw.spans); i++ {
		p, found := peopleCounted.longestAt(tw, i)
		if !found {
			continue
		}
		v := p.to
		for v < len(tw.spans) && v-p.to < 4 && !tw.spans[v].brk && !isWorkVerb(tw, v) {
			v++
		}
		if v == len(tw.spans) || tw.spans[v].brk || !isWorkVerb(tw, v) {
			continue
		}
		x := v + 1
		if x == len(tw.spans) || tw.spans[x].brk {
			continue
		}
		if w, ok := waysOfWork.longestAt(tw, x); ok {
			return p.from, v, w.to, true
		}
		if workLinks[tw.spans[x].norm] {
			x++
		}
		end := x
		for end < len(tw.spans) && end-x < maxHeadWords && !tw.spans[end].brk && !stopWords[tw.spans[end].norm] {
			end++
		}
		if names, lacks := objectOfWork(tw, x, end, kindAt); lacks && !names {
			return p.from, v, end, true
		}
	}
	return 0, 0, 0, false
}

// objectOfWork reports what words [from, to) name: whether a word names
// what Marsad counts the employed by (names), and whether one names
// something it does not (lacks: an occupation, a skill, a topic, a
// workplace, an unknown word).
func objectOfWork(tw *textWords, from, to int, kindAt func(int) string) (names, lacks bool) {
	for k := from; k < to; k++ {
		switch kindAt(k) {
		case KindOccupation, KindSkill, KindTopic, KindContract:
			lacks = true
		case "", KindIntent:
			n := tw.spans[k].norm
			if workplaces[n] || workplaces[foldNormal(n)] || !isDigit(n[0]) && !fillers[n] && !stopWords[n] && unknownForm(tw, k) {
				lacks = true
			}
		default:
			names = true
		}
	}
	return names, lacks
}

// isWorkVerb reports whether word i is a verb of working, with or
// without a proclitic.
func isWorkVerb(tw *textWords, i int) bool {
	n := tw.spans[i].norm
	if peopleWorkVerbs[n] || peopleWorkVerbs[foldNormal(n)] {
		return true
	}
	for _, f := range tw.forms[i] {
		if peopleWorkVerbs[f] {
			return true
		}
	}
	return false
}

// unknownForm reports whether no form of word i is a word of the
// package's tables.
func unknownForm(tw *textWords, i int) bool {
	for _, f := range (&scan{tw: tw}).forms(i) {
		if knownWords[f] {
			return false
		}
	}
	return true
}

// dropCountedWork removes from hits the concepts named after a count of
// people working (countedWork), and the indicator the count itself reads
// as: "ch7al mn wa7d kaykhdm m3a Glovo" asks no ads of couriers, "شحال
// من واحد خدام ف الكول سنتر" not the number of the employed. read are the
// words the narrowing rules read as qualifiers ("lghir mohaykal" in
// "ch7al mn wa7ed khdam f lghir mohaykal" is informal employment).
func dropCountedWork(tw *textWords, hits []hit, read [][2]int) []hit {
	if len(phraseHits(tw, peopleCounted)) == 0 {
		return hits
	}
	kinds := wordKinds(tw, hits, read)
	count, from, to, ok := countedWork(tw, func(i int) string { return kinds[i] })
	if !ok {
		return hits
	}
	out := hits[:0]
	for _, h := range hits {
		inCount := lexicon.concepts[h.e.item].Kind == KindIndicator && h.from < from && h.to > count
		if !inCount && (h.from < from || h.from >= to) {
			out = append(out, h)
		}
	}
	return out
}

// wordKinds returns what each word of tw is read as: an indicator's
// qualifier (read), the kind of the hit on it, a place or a period; ""
// for nothing.
func wordKinds(tw *textWords, hits []hit, read [][2]int) []string {
	kinds := make([]string, len(tw.spans))
	cover := func(from, to int, kind string) {
		for k := from; k < to && k < len(kinds); k++ {
			if kinds[k] == "" {
				kinds[k] = kind
			}
		}
	}
	for _, r := range read {
		cover(r[0], r[1], KindIndicator)
	}
	for _, h := range hits {
		cover(h.from, h.to, lexicon.concepts[h.e.item].Kind)
	}
	last := tw.lastEnd
	tw.lastEnd = -1
	for _, h := range gazetteer.index.find(tw) {
		cover(h.from, h.to, KindPlace)
	}
	tw.lastEnd = last
	for _, a := range periodAtoms(tw) {
		cover(a.from, a.to, KindPeriod)
	}
	return kinds
}
