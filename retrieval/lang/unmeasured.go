package lang

import "slices"

// FindUnmeasured returns the words naming what a question asks figures on
// when Marsad keeps no figures of that kind: prices and rents, whatever
// the question ("le loyer moyen à Casablanca", "بشحال الكرا"), firms
// or tourists when they are counted ("combien d'entreprises de textile",
// "how many tourists"), the people who work in, with or as something
// that is no sector when they are counted ("ch7al mn wa7d kaykhdm m3a
// Glovo", "how many people work from home"; unmeasured_work.go), and,
// when no indicator Marsad holds is named, a rate or count of something
// no table holds ("taux de syndicalisation") or of people qualified by
// such words ("salariés syndiqués", "employees who are union members";
// narrow_unknown.go, narrow_qualified.go). ok is false when the text asks
// no such thing. The caller decides whether it matters: an indicator or
// a job-ad question that also names them is answered as usual. The words
// are as written, from the noun to the end of its name ("entreprises de
// textile", "الكرا ديال الدار"), with the words before an English noun
// ("textile companies"), from the verb of working ("kaykhdm m3a
// Glovo"), or from the frame or the people to the last unknown word.
func FindUnmeasured(text string) (string, bool) {
	return newScan(text).unmeasured(text)
}

// unmeasured is FindUnmeasured of text, scanned as s.
func (s *scan) unmeasured(text string) (string, bool) {
	kindAt := func(i int) string { return s.covered[i] }
	if _, from, to, ok := countedWork(s.tw, kindAt); ok {
		return s.surface(from, to), true
	}
	if from, to, ok := countedOccupation(s.tw, kindAt); ok && s.coveredBy(0, len(s.covered), KindIndicator) == 0 {
		return s.surface(from, to), true
	}
	counted := s.anyOf(0, len(s.tw.spans), countCues)
	for i := range s.tw.spans {
		if !s.is(i, measureNouns) && !(counted && s.is(i, countedNouns)) {
			continue
		}
		if c := s.covered[i]; c != "" && c != KindTopic && c != KindSkill {
			continue // a concept's own word: "prix" in a lexicon phrase
		}
		if english := Detect(text) == English; english {
			return s.trimmedSurface(s.modifiersBefore(i), s.complementAfter(i, english)), true
		}
		return s.trimmedSurface(i, s.complementAfter(i, false)), true
	}
	s.tw.lastEnd = -1
	nw := narrow(s.tw, slices.Clone(lexiconHits(s.tw)))
	if from, to, ok := nw.lacking(s.tw); ok {
		return s.surface(from, to), true
	}
	return "", false
}

// complementAfter returns where the name of the noun at i ends: over the
// words of its complement ("prix du pain", "الكرا ديال الدار", "loyer
// moyen", "price of bread") up to a stop word, a place, a period or a verb;
// an English noun takes only an "of" complement, its qualifiers come
// before it.
func (s *scan) complementAfter(i int, english bool) int {
	if english && !s.is(i+1, ofWords) {
		return i + 1
	}
	_, to := s.head(i + 1)
	for k := i + 1; k < to; k++ {
		if s.is(k, tailStops) {
			return max(k, i+1)
		}
	}
	return max(to, i+1)
}

var ofWords = setOf("of", "for")

// tailStops end a complement besides the stop words of FindUnresolved:
// verbs and Darija prepositions that follow a noun's name ("touristes ont
// visité", "الكرا ديال الدار ف كازا").
var tailStops = setOf("ont", "avait", "avaient", "coute", "coutent", "vaut", "visite", "visited", "cost", "costs",
	"ف", "فى", "فال", "بلغ", "يبلغ", "كيسوا", "كتسوا", "وصل", "kaysswa", "katsswa", "wsal")

// modifiersBefore returns where the words qualifying the noun at i begin:
// back over words that are neither small words, stop words nor cues of a
// count ("how many textile companies" names textile companies; "combien
// d'entreprises" only entreprises).
func (s *scan) modifiersBefore(i int) int {
	from := i
	for from > 0 && i-from < 2 && !s.brk(from) && !s.is(from-1, fillers) && !s.is(from-1, stopWords) &&
		!s.is(from-1, englishWhWords) && !s.is(from-1, countCues) && !s.is(from-1, askWords) && s.covered[from-1] != KindPlace {
		from--
	}
	return from
}

// measureNouns are quantities Marsad has no figures on, asked about
// whatever the question's words: prices, rents, the cost of living,
// inflation and GDP (read by FindUnresolved after a rate word too), the
// weather.
var measureNouns = setOf("prix", "price", "prices", "loyer", "loyers", "rent", "rents", "immobilier", "inflation", "pib", "gdp",
	"meteo", "weather", "temperature", "temperatures",
	"سعر", "السعر", "اسعار", "الاسعار", "ثمن", "الثمن", "اثمان", "الاثمان", "ايجار", "الايجار", "كراء", "الكراء", "كرا", "الكرا",
	"العقار", "التضخم", "الطقس", "الجو", "الحراره",
	"taman", "tamane", "ttaman", "tman", "lkra", "kra", "lkera", "kera", "ssoum", "souma", "essoum", "ljaw")

// countedNouns are things Marsad does not count, asked about with a word
// of counting: firms (CNSS's affiliated firms are an indicator, read as
// one before this), tourists, inhabitants, factories.
var countedNouns = setOf("entreprise", "entreprises", "societe", "societes", "pme", "startup", "startups", "usine", "usines",
	"company", "companies", "firm", "firms", "business", "businesses", "factory", "factories",
	"touriste", "touristes", "tourist", "tourists", "habitant", "habitants", "inhabitants", "residents",
	"شركه", "شركات", "الشركات", "مقاوله", "مقاولات", "المقاولات", "مصنع", "مصانع", "المصانع", "سائح", "سياح", "السياح", "نسمه", "السكان",
	"charika", "charikat", "lcharikat", "cherka", "cherkat", "chariket", "charikate", "lmo9awalat", "sya7", "ssya7", "touristat", "sokkan", "sokan")

// countCues ask how many or how much.
var countCues = setOf("combien", "nombre", "many", "much", "number", "count", "chiffres", "figures", "statistics", "statistiques",
	"عدد", "كم", "شحال", "بشحال", "قداش", "بقداش", "ارقام", "الارقام", "احصائيات",
	"ch7al", "chhal", "sh7al", "bch7al", "bchhal", "9dach", "b9dach", "3adad", "3dad", "ar9am")

// askWords open a question before the noun it asks about ("quel est le
// prix", "what is the rent").
var askWords = setOf("quel", "quelle", "quels", "quelles", "what", "whats", "ما", "ماهو", "ماهي", "هو", "هي", "شنو", "chno", "achno")
