package prompts

import "strings"

// The units of the published figures (../shared/data/hcp_labour_figures.csv)
// are English words, sometimes with what they count ("percent of
// employed") and a qualifier in brackets that the source attached to the
// figure ("persons (validated Tahfiz protocols)", "percent (RGPH census
// definition, not ENE)", "billion MAD (as restated in the 2023 annual
// report)"). An answer writes the unit in its language and keeps the
// qualifier: it says how the figure was counted, and a series whose
// qualifier changes has changed basis.

// unitHeads words the units beyond vocab.unit, by language.
var unitHeads = map[string]map[string]string{
	"insertions":             {"fr": "insertions", "ar": "عملية إدماج", "ary": "إدماج", "ary-Latn": "insertions", "en": "placements"},
	"firms":                  {"fr": "entreprises", "ar": "مقاولة", "ary": "شركة", "ary-Latn": "charika", "en": "firms"},
	"MAD per month":          {"fr": "dirhams par mois", "ar": "درهم شهريا", "ary": "درهم ف الشهر", "ary-Latn": "dirham f chher", "en": "dirhams a month"},
	"hours per week":         {"fr": "heures par semaine", "ar": "ساعة في الأسبوع", "ary": "ساعة ف السيمانة", "ary-Latn": "sa3a f simana", "en": "hours a week"},
	"million hours per week": {"fr": "millions d'heures par semaine", "ar": "مليون ساعة في الأسبوع", "ary": "مليون ساعة ف السيمانة", "ary-Latn": "million sa3a f simana", "en": "million hours a week"},
	"months":                 {"fr": "mois", "ar": "شهرا", "ary": "شهر", "ary-Latn": "chhor", "en": "months"},
}

// qualifiers words the sources' qualifiers, by language; one not listed
// is kept as written.
var qualifiers = map[string]map[string]string{
	"RGPH census definition, not ENE": {"fr": "définition du recensement RGPH, pas celle de l'enquête emploi", "ar": "حسب تعريف الإحصاء العام للسكان، وليس تعريف البحث الوطني حول التشغيل",
		"ary": "بالتعريف ديال الإحصاء العام، ماشي ديال البحث حول التشغيل", "ary-Latn": "b ta3rif dyal recensement, machi dyal l'enquête emploi", "en": "census (RGPH) definition, not the labour survey's"},
	"as restated in the 2023 annual report": {"fr": "tel que révisé dans le rapport annuel 2023", "ar": "كما تمت مراجعته في التقرير السنوي 2023",
		"ary": "كيف تصحح ف التقرير السنوي ديال 2023", "ary-Latn": "kif tsa7a7 f rapport annuel dyal 2023", "en": "as restated in the 2023 annual report"},
	"CNSS 2020 statistical and demographic report basis": {"fr": "base du rapport statistique et démographique 2020 de la CNSS", "ar": "على أساس التقرير الإحصائي والديموغرافي 2020 للضمان الاجتماعي",
		"ary": "على حساب التقرير الإحصائي ديال 2020 ديال الضمان الاجتماعي", "ary-Latn": "3la 7sab rapport statistique dyal cnss 2020", "en": "CNSS 2020 statistical and demographic report basis"},
	"validated Tahfiz protocols": {"fr": "protocoles Tahfiz validés", "ar": "اتفاقيات تحفيز المصادق عليها", "ary": "الاتفاقيات ديال تحفيز اللي تقبلو",
		"ary-Latn": "conventions tahfiz li tqeblo", "en": "validated Tahfiz protocols"},
	"monthly wage below SMIG": {"fr": "salaire mensuel sous le SMIG", "ar": "أجر شهري أقل من الحد الأدنى للأجور", "ary": "خلصة شهرية تحت السميك",
		"ary-Latn": "khlsa chahriya t7t smig", "en": "monthly wage below the minimum wage"},
	"avg monthly wage below SMIG": {"fr": "salaire mensuel moyen sous le SMIG", "ar": "متوسط أجر شهري أقل من الحد الأدنى للأجور", "ary": "متوسط الخلصة الشهرية تحت السميك",
		"ary-Latn": "moyenne dyal lkhlsa t7t smig", "en": "average monthly wage below the minimum wage"},
	"monthly wage above 6000 MAD": {"fr": "salaire mensuel au-dessus de 6000 dirhams", "ar": "أجر شهري يفوق 6000 درهم", "ary": "خلصة شهرية فوق 6000 درهم",
		"ary-Latn": "khlsa chahriya fo9 6000 dh", "en": "monthly wage above 6000 dirhams"},
	"avg monthly wage above 6000 MAD ceiling": {"fr": "salaire mensuel moyen au-dessus du plafond de 6000 dirhams", "ar": "متوسط أجر شهري يفوق سقف 6000 درهم",
		"ary": "متوسط الخلصة فوق السقف ديال 6000 درهم", "ary-Latn": "moyenne dyal lkhlsa fo9 plafond dyal 6000 dh", "en": "average monthly wage above the 6000-dirham ceiling"},
	">48 h/week": {"fr": "plus de 48 h par semaine", "ar": "أكثر من 48 ساعة في الأسبوع", "ary": "كثر من 48 ساعة ف السيمانة",
		"ary-Latn": "ktar mn 48 sa3a f simana", "en": "more than 48 h a week"},
	"1 year or more": {"fr": "depuis 1 an ou plus", "ar": "منذ سنة أو أكثر", "ary": "عام ولا كثر", "ary-Latn": "3am wla ktar", "en": "1 year or more"},
}

// saidByPeriod are qualifiers that the period of their figure says
// already: 2022-01/2022-07 is worded "de janvier à juillet 2022".
var saidByPeriod = map[string]bool{"January-July cumulative": true}

// unitWords writes a value n (already formatted) with its unit in lang:
// any percent unit ("percent of employed") with the language's percent
// sign, the known units in the language, others as written, then the
// qualifier in brackets unless the period says it.
func unitWords(lang, n, unit string) string {
	vc := vocabFor(lang)
	if u, ok := vc.unit[unit]; ok { // "jobs (year on year)" is one unit
		return n + " " + u
	}
	head, qual := splitUnit(unit)
	var s string
	switch u, ok := vc.unit[head]; {
	case head == "percent" || strings.HasPrefix(head, "percent "):
		s = n + vc.percent
	case ok:
		s = n + " " + u
	case unitHeads[head][lang] != "":
		s = n + " " + unitHeads[head][lang]
	default:
		s = n + " " + head
	}
	if qual == "" || saidByPeriod[qual] {
		return s
	}
	if q := qualifiers[qual][lang]; q != "" {
		qual = q
	}
	return s + " (" + qual + ")"
}

// splitUnit cuts "insertions (January-July cumulative)" into the unit and
// its qualifier; a unit that ends in no bracket has none.
func splitUnit(unit string) (head, qual string) {
	i := strings.LastIndex(unit, " (")
	if i < 0 || !strings.HasSuffix(unit, ")") {
		return unit, ""
	}
	return unit[:i], unit[i+2 : len(unit)-1]
}
