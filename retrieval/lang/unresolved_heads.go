package lang

// maxHeadWords bounds the words of an occupation or indicator read after
// its frame.
const maxHeadWords = 4

// The frames of occupations and indicators, indexed.
var (
	occupationFrameIndex = indexOf(occupationFrames)
	indicatorFrameIndex  = indexOf(indicatorFrames)
	workFrameIndex       = indexOf(workFrames)
)

// counted reports whether the text asks a count (combien, how many,
// شحال, عدد, ch7al).
func (s *scan) counted() bool {
	return s.tw.hasCue(cueCount) && !(len(s.tw.spans) > 0 && s.norm(0) == "how" && !s.anyOf(0, len(s.tw.spans), setOf("many", "much")))
}

func indexOf(list string) *phraseIndex {
	ix := newPhraseIndex()
	for _, f := range splitList(list) {
		ix.add(f, 0)
	}
	return ix.finish()
}

// occupations finds the occupations named after a frame that hold
// unknown words (see FindUnresolved).
func (s *scan) occupations() []found {
	var out []found
	for _, h := range s.frames(occupationFrameIndex) {
		from, to := s.head(h.to)
		from = s.skipGeneric(from, to)
		to = s.linkedOn(from, to)
		if from >= to || !s.unknownIn(from, to, occupationQualifiers) || s.coveredBy(from, to, KindOccupation) == 0 && s.coveredOther(from, to) {
			continue
		}
		u := Unresolved{Kind: KindOccupation, Surface: s.trimmedSurface(from, to)}
		if k := s.coveredBy(from, to, KindOccupation); k > 0 {
			u.Inside, u.InsideSurface = s.conceptAt(k - 1)
		} else if s.masterOf(from, to) {
			u.Inside, u.InsideSurface = Concept{KindOccupation, teacherCode}, s.surface(from, from+1)
		}
		out = append(out, found{u, from})
	}
	return out
}

// indicators finds the indicators named after a frame ("nombre de
// startups licornes") or before an English rate word ("happiness rate")
// whose words name no concept and hold unknown ones.
func (s *scan) indicators() []found {
	var out []found
	add := func(frameFrom, from, to, end int) {
		if from < to && s.unknownIn(from, to, nil) && !s.coveredOther(from, to) && !s.anyOf(from, to, demandWords) {
			out = append(out, found{Unresolved{Kind: KindIndicator, Surface: s.surface(frameFrom, end)}, frameFrom})
		}
	}
	for _, h := range s.frames(indicatorFrameIndex) {
		from, to := s.head(h.to)
		add(h.from, from, to, to)
	}
	if s.counted() { // "شحال ديال الناس خدامين ف الميطافيرس", "how many people work in X"
		for _, h := range s.frames(workFrameIndex) {
			from, to := s.head(h.to)
			add(h.from, from, to, to)
		}
	}
	for i := range s.tw.spans {
		if s.is(i, rateWords) && s.covered[i] == "" {
			from := s.headBefore(i)
			add(from, from, i, i+1)
		}
	}
	return out
}

// frames returns the entries of ix found on words no finder read (a
// frame inside "taux de chômage" is the indicator's own words).
func (s *scan) frames(ix *phraseIndex) []hit {
	var out []hit
	for i := 0; i < len(s.tw.spans); i++ {
		h, ok := s.frameAt(ix, i)
		if !ok || s.covered[i] != "" && s.covered[i] != KindIntent && s.covered[i] != KindTopic {
			continue
		}
		out = append(out, h)
		i = h.to - 1
	}
	return out
}

// frameAt returns the longest frame of ix starting at word i as
// written: a proclitic changes a frame's meaning (بالنسبة "as for" is no
// نسبة "rate").
func (s *scan) frameAt(ix *phraseIndex, i int) (hit, bool) {
	if _, ok := s.proclitic(i); ok {
		return hit{}, false
	}
	for _, e := range ix.byFirst[s.tw.forms[i][0]] {
		if s.follows(e, i) {
			return hit{e: e, from: i, to: i + len(e.words)}, true
		}
	}
	return hit{}, false
}

// head returns the words [from, to) that follow a frame ending at word
// at: small words skipped, then words up to a stop word, a place, a
// period, a phrase break, a small word that no lexicon entry holds there
// ("bonheur des Marocains", "toiletteur dyal lklab") or maxHeadWords.
func (s *scan) head(at int) (int, int) {
	from := at
	for from < len(s.tw.spans) && !s.brk(from) && s.is(from, fillers) {
		from++
	}
	to := from
	for to < len(s.tw.spans) && to-from < maxHeadWords {
		if s.brk(to) || s.is(to, stopWords) || s.conjoinedStop(to) || s.covered[to] == KindPlace || s.covered[to] == KindPeriod ||
			to > from && s.covered[to] == "" && s.is(to, fillers) {
			break
		}
		to++
	}
	return from, to
}

// conjoinedStop reports whether word i is a stop word with the Arabic
// conjunction و glued to it ("وما", "وشحال", "وكيف"): a second question
// or phrase begins there, not more of a name.
func (s *scan) conjoinedStop(i int) bool {
	rest, ok := cutPrefix(s.norm(i), "و")
	return ok && (stopWords[rest] || stopWords[foldNormal(rest)])
}

// linkedOn extends the words [from, to) of an occupation across a link to
// unknown words: "dresseur de licornes" is one name, and so is a generic
// head's domain after "en", "f", "in", "في" ("ingénieur en téléportation",
// "l ingenieur f teleportation": fieldHeads), while "soudeur de la zone
// franche" stops before its link, "lkassiyer f marjane" before where the
// cashier works, and "engineer in OCP" before a capitalised name.
func (s *scan) linkedOn(from, to int) int {
	for to+1 < len(s.tw.spans) && s.linksTo(from, to) {
		to += 2
		for to < len(s.tw.spans) && !s.brk(to) && s.unknown(to) {
			to++
		}
	}
	return to
}

// linksTo reports whether word at links the occupation [from, at) to
// unknown words that follow it within its phrase.
func (s *scan) linksTo(from, at int) bool {
	if s.brk(at) || s.brk(at+1) || !s.unknown(at+1) {
		return false
	}
	return s.is(at, occupationLinks) || s.is(at, domainLinks) && !s.capitalised(at+1) && s.anyOf(from, at, fieldHeads)
}

// occupationLinks join the words of an occupation's name.
var occupationLinks = setOf("de", "d", "des", "du", "of", "dyal", "d", "ديال")

// domainLinks introduce the domain of an occupation ("ingénieur en
// téléportation", "l ingenieur f teleportation", "engineer in
// teleportation", "مهندس في الانتقال الآني"); they join only after a
// generic head (fieldHeads), and only to words the package does not know:
// "soudeur en CDI" and "infirmier f casa" stop before them.
var domainLinks = setOf("en", "in", "f", "fi", "fel", "fl", "ف", "في")

// fieldHeads name a class of occupations that its domain specifies: an
// engineer, a technician, a consultant in something. After them an
// unknown domain is part of the name ("ingénieur en téléportation" is no
// engineer Marsad knows); after another occupation it says where or for
// whom the person works ("lkassiyer f marjane", "infirmier en clinique").
var fieldHeads = setOf("ingenieur", "ingenieure", "ingenieurs", "engineer", "engineers", "مهندس", "المهندس", "مهندسه", "mohandis", "lmohandis",
	"injinyor", "linjinyor", "technicien", "technicienne", "techniciens", "technician", "technicians", "تقني", "التقني", "teknisyan",
	"تيكنيسيان", "التيكنيسيان", "expert", "experte", "خبير", "الخبير", "specialiste", "specialist", "اخصايي", "consultant", "consultante",
	"مستشار", "analyste", "analyst", "chercheur", "chercheuse", "researcher", "باحث")

// headBefore returns where the words naming the rate at word i begin:
// back over words that are neither small words nor stop words.
func (s *scan) headBefore(i int) int {
	from := i
	for from > 0 && i-from < maxHeadWords && !s.brk(from) && !s.is(from-1, fillers) && !s.is(from-1, stopWords) && !s.is(from-1, englishWhWords) {
		from--
	}
	return from
}

// englishWhWords end the words before an English rate word.
var englishWhWords = setOf("what", "which", "whats", "s", "was", "will", "be", "morocco", "moroccan")

// skipGeneric skips a leading word of work in general and its link
// ("poste de comptable" names comptable).
func (s *scan) skipGeneric(from, to int) int {
	if from < to && s.is(from, genericJobWords) {
		from++
		for from < to && s.is(from, fillers) {
			from++
		}
	}
	return from
}

// unknownIn reports whether some word of [from, to) is unknown and not
// in also (a table of words that do not change what is named).
func (s *scan) unknownIn(from, to int, also map[string]bool) bool {
	for i := from; i < to; i++ {
		if s.unknown(i) && !s.is(i, also) && !s.is(i, fillers) {
			return true
		}
	}
	return false
}

// coveredBy returns 1 + the first word of [from, to) read as kind, 0
// when none is.
func (s *scan) coveredBy(from, to int, kind string) int {
	for i := from; i < to; i++ {
		if s.covered[i] == kind {
			return i + 1
		}
	}
	return 0
}

// coveredOther reports whether a word of [from, to) names a concept other
// than an occupation or a topic: "formation de comptabilité" is about a
// skill, "c'est quoi un CDI" a contract.
func (s *scan) coveredOther(from, to int) bool {
	for i := from; i < to; i++ {
		switch s.covered[i] {
		case "", KindOccupation, KindTopic, KindIntent:
		default:
			return true
		}
	}
	return false
}

// anyOf reports whether a word of [from, to) is in set.
func (s *scan) anyOf(from, to int, set map[string]bool) bool {
	for i := from; i < to; i++ {
		if s.is(i, set) {
			return true
		}
	}
	return false
}

// conceptAt returns the occupation concept that covers word i, and its
// words as written.
func (s *scan) conceptAt(i int) (Concept, string) {
	s.tw.lastEnd = -1
	for _, h := range lexiconHits(s.tw) {
		if h.from <= i && i < h.to {
			return lexicon.concepts[h.e.item], s.tw.surface(h)
		}
	}
	return Concept{}, ""
}

// demandWords name job ads and openings: "nombre d'offres" is a question
// on ads, not an indicator Marsad lacks.
var demandWords = setOf("offre", "offres", "annonce", "annonces", "ad", "ads", "offer", "offers", "opening", "openings", "vacancy",
	"vacancies", "posting", "postings", "recrutement", "recrutements", "emploi", "emplois", "job", "jobs", "poste", "postes", "khdmat",
	"khdma", "lannonces", "عروض", "اعلانات", "الاعلانات", "مناصب", "وظائف", "خدمات", "الخدمات", "فرص")

// teacherCode is the primary school teacher, whom المعلم and m3allem
// name alone.
const teacherCode = "2341"

// masterWords are the master craftsman (المعلم, m3allem), also the
// teacher's name.
var masterWords = setOf("المعلم", "معلم", "لمعلم", "m3allem", "m3alem", "m3llem", "lm3allem", "lm3alem", "lm3llem", "maalem", "mallem", "lmaalem")

// masterOf reports whether the words [from, to) are the master of a
// trade ("المعلم ديال تصفيف الغمام", "m3allem dyal tlwin l9mar"): words
// that hold the teacher's name without meaning the teacher, refused as
// such rather than answered for the teacher.
func (s *scan) masterOf(from, to int) bool {
	return to-from > 2 && s.is(from, masterWords) && s.is(from+1, setOf("ديال", "د", "dyal", "dial", "d", "del"))
}
