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
var peopleCounted = indexOf(peopleCountWords + "|" + counting(countedWorkers) + "|combien de marocains|combien d'actifs|" +
	"how many moroccans|number of people who|كم عدد الذين|عدد الذين|عدد اللي|كم من شخص|كم عدد المغاربة|شحال من مغربي|شحال ديال المغاربة|" +
	"ch7al mn mghribi|ch7al d nas|ch7al mn nas|chhal mn wa7d|ch7al mn wa7d|sh7al mn wa7d|9dach mn wa7d")

// peopleWorkVerbs are the verbs of working after a count of people.
var peopleWorkVerbs = setOf("travaillent", "travaille", "bossent", "bosse", "exercent", "font", "pratiquent", "work", "works", "worked",
	"working", "employed", "kaydir", "kaydiro", "كيدير", "كيديرو", "يمارسون", "يمارس",
	"kaykhdm", "kaykhdem", "kaykhdmo", "kaykhdmou", "katkhdm", "katkhdem", "khdam", "khddam", "khdamin", "khddamin", "khdama", "khdamat",
	"كيخدم", "كيخدمو", "كتخدم", "خدام", "خدامين", "خدامه", "خدامات", "يعمل", "يعملون", "تعمل", "يشتغل", "يشتغلون", "تشتغل", "العاملين",
	"المشتغلين")

// remoteVerbs are verbs of working remotely: the way of working is the
// verb ("how many people telework").
var remoteVerbs = setOf("telework", "teleworks", "teleworking", "telecommute", "telecommutes", "teletravaillent", "teletravaille",
	"kayteletravailiw", "kayteletravaiyiw")

// workLinks stand between the verb and what the people work in, with,
// for or as.
var workLinks = setOf("dans", "en", "au", "aux", "a", "chez", "pour", "avec", "comme", "sur", "in", "at", "for", "with", "as", "from", "on",
	"f", "fi", "fl", "fel", "m3a", "mea", "b", "bl", "men", "mn", "k", "ka", "في", "ف", "مع", "ب", "عند", "لدى", "من", "ك", "كـ", "لحساب")

// waysOfWork are ways of working Marsad counts no one by, whatever the
// words around them read as ("home" is not the men of "hommes").
var waysOfWork = indexOf("télétravail|en télétravail|teletravail|telework|teleworking|remote work|in remote work|التيليترافاي|" +
	"بالتيليترافاي|التيليتراڤاي|teletravay|f teletravail|à distance|a distance|à domicile|de chez eux|de chez soi|depuis chez eux|de la maison|en ligne|à temps partiel|à mi-temps|" +
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
		if remoteVerbs[tw.spans[v].norm] {
			return p.from, v, v + 1, true
		}
		x := v + 1
		if x == len(tw.spans) || tw.spans[x].brk {
			continue
		}
		if w, ok := waysOfWork.longestAt(tw, x); ok {
			return p.from, v, moreWays(tw, w.to), true
		}
		if workLinks[tw.spans[x].norm] {
			x++
		}
		end := x
		for end < len(tw.spans) && end-x < maxHeadWords && !tw.spans[end].brk && !stopWords[tw.spans[end].norm] {
			end++
		}
		if names, lacks := objectOfWork(tw, x, end, kindAt); lacks && !names {
			return p.from, v, moreWays(tw, end), true
		}
	}
	return 0, 0, 0, false
}

// moreWays returns where the ways of working that follow word i end, i
// when none does ("بالتيليتراڤاي من الدار").
func moreWays(tw *textWords, i int) int {
	for i < len(tw.spans) && !tw.spans[i].brk {
		w, ok := waysOfWork.longestAt(tw, i)
		if !ok {
			break
		}
		i = w.to
	}
	return i
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
	if peopleWorkVerbs[n] || peopleWorkVerbs[foldNormal(n)] || remoteVerbs[n] {
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
// من واحد خدام ف الكول سنتر" not the number of the employed; and, when
// no indicator is named, the occupation a count counts
// (countedOccupation). read are the
// words the narrowing rules read as qualifiers ("lghir mohaykal" in
// "ch7al mn wa7ed khdam f lghir mohaykal" is informal employment).
func dropCountedWork(tw *textWords, hits []hit, read [][2]int) []hit {
	if len(phraseHits(tw, countFrameIndex)) == 0 && len(phraseHits(tw, peopleCounted)) == 0 {
		return hits
	}
	kinds := wordKinds(tw, hits, read)
	kindAt := func(i int) string { return kinds[i] }
	count, from, to, ok := countedWork(tw, kindAt)
	if !ok && !hasIndicator(hits) {
		from, to, ok = countedOccupation(tw, kindAt)
		count = from
	}
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

// hasIndicator reports whether one of hits is an indicator.
func hasIndicator(hits []hit) bool {
	for _, h := range hits {
		if lexicon.concepts[h.e.item].Kind == KindIndicator {
			return true
		}
	}
	return false
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

// Counts of the people of an occupation: "how many Glovo couriers are
// there", "nombre de livreurs Glovo", "شحال من فرملي كاين ف المغرب" ask
// how many people do a job, which Marsad does not count (its job ads
// count offers, not workers), unless the question is about hiring ("how
// many nurses are needed", "combien de plombiers recrutés").

// countedOccupation returns the words [from, to) of a count frame whose
// counted noun is an occupation (kindAt reads KindOccupation there),
// with the unknown or capitalised words around it that name the firm
// ("Glovo couriers", "livreurs Glovo"); ok is false when the text asks
// no such count or is about hiring.
func countedOccupation(tw *textWords, kindAt func(int) string) (from, to int, ok bool) {
	for i := 0; i < len(tw.spans); i++ {
		f, found := countFrameIndex.longestAt(tw, i)
		if !found {
			continue
		}
		k := skipFillers(tw, f.to)
		for k < len(tw.spans) && k-f.to < 2 && !tw.spans[k].brk && kindAt(k) == "" && unknownForm(tw, k) { // "Glovo couriers"
			k++
		}
		if k == len(tw.spans) || tw.spans[k].brk || kindAt(k) != KindOccupation {
			continue
		}
		end := k + 1
		for end < len(tw.spans) && !tw.spans[end].brk && kindAt(end) == KindOccupation {
			end++
		}
		for end < len(tw.spans) && !tw.spans[end].brk && kindAt(end) == "" && unknownForm(tw, end) && !isDigit(tw.spans[end].norm[0]) {
			end++ // "livreurs Glovo"
		}
		if len(phraseHits(tw, hiringWords)) > 0 {
			return 0, 0, false
		}
		return i, end, true
	}
	return 0, 0, false
}

// countFrameIndex finds the count frames.
var countFrameIndex = indexOf(countFrames)

// hiringWords make a count of an occupation a question on job ads.
var hiringWords = indexOf("offre|offres|annonce|annonces|poste|postes|recrute|recrutent|recrutés|recrutées|recrutement|recherchés|recherchées|" +
	"demandés|demandées|besoin|embauche|embauchés|ads|offers|openings|vacancies|jobs|hired|hiring|needed|wanted|recruited|demand|" +
	"عروض|إعلانات|مناصب|مطلوب|مطلوبين|يحتاج|تحتاج|توظيف|كيقلبو|خاصهم|lanonces|les offres|matloub|matloubin|khasshom|kay9lbo 3la")
