package lang

// Word tables for FindPeriods, keyed by folded form (Fold) unless noted.

func foldedSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[Fold(w)] = true
	}
	return m
}

func foldedNumbers(groups map[int]string) map[string]int {
	m := map[string]int{}
	for n, list := range groups {
		for _, w := range splitList(list) {
			m[Fold(w)] = n
		}
	}
	return m
}

// ordinals are the ordinal words that name a quarter.
var ordinals = foldedNumbers(map[int]string{
	1: "1er|1ere|1re|1e|premier|premiere|first|1st|lowel|louwel|lawel|lwel|lwl|louel|loul|lewel|lowwel|lawwel|awel|ewel|l'awel|l'ewel|lowla|lawla|" +
		"الأول|الاول|أول|اول|الأولى|الاولى|اللول|لول|اللولى|لولى|اللولة",
	2: "2e|2eme|2ème|2nd|deuxieme|second|seconde|tani|tany|tanya|tania|ttani|ettani|etani|tanyin|" +
		"التاني|الثاني|ثاني|تاني|الثانية|التانية|تانية|ثانية",
	3: "3e|3eme|3ème|3rd|troisieme|third|talt|talet|talat|talit|tálet|ttalt|ttalet|ettalt|talta|talya|" +
		"التالت|الثالث|ثالث|تالت|الثالثة|التالتة|تالتة|ثالثة",
	4: "4e|4eme|4ème|4th|quatrieme|fourth|rabe3|rab3|rabi3|rab3a|errabe3|errab3|raabe3|rab3in|" +
		"الرابع|رابع|الرابعة|رابعة",
})

// quarterWords name a quarter of a year.
var quarterWords = foldedSet("trimestre", "trimestres", "trim", "trimistre", "trimistr", "trimestr", "trimstre", "trimester", "tromestre",
	"t", "q", "quarter", "quarters", "qtr",
	"الفصل", "فصل", "الربع", "ربع", "الثلاثي", "ثلاثي", "الثلاثية", "ثلاثية", "التريميستر", "تريميستر", "التريمستر", "تريمستر", "الطريمستر", "طريمستر")

// monthNames map month names in French, English, Moroccan and Middle-Eastern
// Arabic to their number.
var monthNames = foldedNumbers(map[int]string{
	1:  "janvier|january|jan|يناير|جانفي|janfi",
	2:  "fevrier|février|february|feb|فبراير|فيفري|fbrayr",
	3:  "mars|march|مارس",
	4:  "avril|april|أبريل|ابريل|أفريل|ابرير",
	5:  "mai|may|ماي|مايو",
	6:  "juin|june|يونيو|يونيه|جوان|younyou",
	7:  "juillet|july|يوليوز|يوليو|جويلية|youlyouz",
	8:  "aout|août|august|aug|غشت|أغسطس|اغسطس|أوت|ghocht",
	9:  "septembre|september|sept|sep|شتنبر|سبتمبر|chtanbr|chtenber",
	10: "octobre|october|oct|أكتوبر|اكتوبر|كتوبر|oktobr",
	11: "novembre|november|nov|نونبر|نوفمبر|nonbr|nounbir",
	12: "decembre|décembre|december|dec|دجنبر|ديسمبر|djanbr|dujanbir",
})

// weakMonths are month names (normal forms) that are also common words; they count only
// next to a year.
var weakMonths = setOf("may", "march", "ماي", "jan", "feb", "sept", "sep", "oct", "nov", "dec", "aug")

// periodConnectors may stand between a quarter or month and its year (normal forms).
var periodConnectors = setOf("de", "du", "d", "l", "annee", "an", "of", "the", "year", "en", "in", "el",
	"من", "سنة", "عام", "لسنة", "لعام", "في", "خلال", "ديال", "د", "ف", "تاع", "dyal", "dial", "f", "fi", "men", "mn", "l3am", "3am", "sanat", "sana", "لسنه", "سنه")

// periodJoins coordinate two quarters or months sharing a year (normal forms).
var periodJoins = setOf("et", "ou", "a", "au", "le", "and", "or", "to", "the", "و", "او", "الي", "o", "w", "wla", "l", "ta", "hta")

// spanWords join the first and last months of a span of months (normal
// forms): "à", "to", "until", "إلى", "حتى", "l", "7ta" (a span, unlike
// periodJoins' "et" and "ou").
var spanWords = setOf("a", "au", "jusqu", "jusque", "to", "till", "until", "through", "thru", "الى", "حتى", "لغاية", "ل", "l", "hta", "7ta", "htal", "7tal", "ila")

// notYearAfter are words after which a four-digit number is an amount or a count.
var notYearAfter = foldedSet("dh", "dhs", "mad", "dirham", "dirhams", "درهم", "دراهم", "euro", "euros", "usd", "dollars",
	"k", "personnes", "personne", "postes", "poste", "emplois", "chômeurs", "chomeurs", "jobs", "people", "persons", "workers",
	"شخص", "منصب", "مناصب", "فرصة", "عاطل", "habitants", "km", "m2", "metres", "mètres", "offres", "candidats", "salariés",
	"employés", "ouvriers", "entreprises", "dollar", "ryal", "riyal", "ريال", "درهما", "drahem", "dirhem", "franc", "francs")

// notYearBefore are two-word phrases (normal forms) after which a number is a count.
var notYearBefore = setOf("plus de", "moins de", "more than", "less than", "fewer than", "kter mn", "kter men", "ktar mn")

func init() {
	for _, p := range []string{"أكثر من", "أقل من", "اكثر من", "اقل من"} {
		notYearBefore[Normalize(p)] = true
	}
}

// relativeYears is the Year each periodPhrases item stands for.
var relativeYears = []int{LastYear, ThisYear, SameYear}

// periodPhrases find relative years: the last, the current and the
// conversation's.
var periodPhrases = func() *phraseIndex {
	ix := newPhraseIndex()
	for _, f := range splitList("l'année dernière|l'an dernier|l'an passé|l'année passée|l'année précédente|année dernière|an dernier|" +
		"last year|previous year|the past year|السنة الماضية|العام الماضي|السنة الفارطة|العام المنصرم|السنة المنصرمة|العام الفائت|السنة السابقة|" +
		"العام اللي فات|العام لي فات|العام اللي داز|لعام لي فات|لعام اللي فات|l3am li fat|l3am li daz|l3am lfayt|l3am lmadi|3am li fat|l3am li faat|l3am li dazt") {
		ix.add(f, 0)
	}
	for _, f := range splitList("cette année|cette annee|l'année en cours|l'année courante|année en cours|this year|current year|" +
		"هذه السنة|هذا العام|السنة الحالية|العام الحالي|السنة الجارية|العام الجاري|هاد العام|هاد السنة|هاد لعام|هاد العام هادا|" +
		"had l3am|had l'3am|had sana|had l3am hada|had l3am had") {
		ix.add(f, 1)
	}
	for _, f := range splitList("la même année|même année|cette même année|l'année même|cette année-là|cette année là|" +
		"the same year|same year|that same year|that very year|that year|" +
		"السنة نفسها|نفس السنة|العام نفسه|نفس العام|السنة ذاتها|ذات السنة|العام ذاته|ذات العام|تلك السنة|ذلك العام|" +
		"ديك العام|ديك السنة|داك العام|ديك لعام|داك لعام|هاديك العام|هاداك العام|هاديك السنة|نفس لعام|" +
		"dik l3am|dak l3am|dik l'3am|hadik l3am|hadak l3am|nafs l3am|nefs l3am|nfs l3am|nafs sana|nefs sana|dik sana|dak sana|nafs l'3am") {
		ix.add(f, 2)
	}
	return ix.finish()
}()
