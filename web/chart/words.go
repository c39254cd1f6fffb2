package chart

import (
	"strings"
	"unicode"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// words is how a chart is labelled in one language. Values, periods,
// places and populations are worded by prompts and retrieval/lang, as the
// answer words them; these are the chart's own labels.
type words struct {
	source      string            // before the publishers
	colon       string            // after a label
	span        string            // "de %s à %s": a range of periods
	period      string            // table header of a period column
	value       string            // table header of a value column
	by          map[string]string // "par région": a comparison's dimension
	dimension   map[string]string // table header of a compared dimension
	seriesBreak string            // next to a series break
	preRevision string            // legend of a figure published before HCP's 2019 revision
	topJobs     string            // title of top_occupations
	topSkills   string            // title of skills_in_demand
	adsByMonth  string            // title of an occupation's ads by month
	occupation  string            // table headers of the job-ad charts
	skill       string
	ads         string
	share       string
}

var vocab = map[string]words{
	"fr": {source: "Source", colon: " : ", span: "de %s à %s", period: "Période", value: "Valeur",
		by:          map[string]string{"geo": "par région", "sex": "par sexe", "area": "par milieu", "age": "par tranche d'âge", "diploma": "par diplôme"},
		dimension:   map[string]string{"geo": "Région", "sex": "Sexe", "area": "Milieu", "age": "Âge", "diploma": "Diplôme"},
		seriesBreak: "Rupture de série", preRevision: "○ chiffre publié avant la révision du HCP de 2019",
		topJobs: "Métiers les plus demandés dans les offres d'emploi", topSkills: "Compétences les plus demandées dans les offres d'emploi",
		adsByMonth: "Offres d'emploi par mois", occupation: "Métier", skill: "Compétence", ads: "Offres", share: "Part des offres"},
	"ar": {source: "المصدر", colon: ": ", span: "من %s إلى %s", period: "الفترة", value: "القيمة",
		by:          map[string]string{"geo": "حسب الجهات", "sex": "حسب الجنس", "area": "حسب وسط الإقامة", "age": "حسب الفئة العمرية", "diploma": "حسب الشهادة"},
		dimension:   map[string]string{"geo": "الجهة", "sex": "الجنس", "area": "وسط الإقامة", "age": "الفئة العمرية", "diploma": "الشهادة"},
		seriesBreak: "انقطاع في السلسلة", preRevision: "○ رقم نشر قبل مراجعة المندوبية السامية للتخطيط سنة 2019",
		topJobs: "المهن الأكثر طلبا في إعلانات الشغل", topSkills: "المهارات الأكثر طلبا في إعلانات الشغل",
		adsByMonth: "إعلانات الشغل حسب الشهر", occupation: "المهنة", skill: "المهارة", ads: "الإعلانات", share: "النسبة من الإعلانات"},
	"ary": {source: "المصدر", colon: ": ", span: "من %s حتى %s", period: "الفترة", value: "القيمة",
		by:          map[string]string{"geo": "على حساب الجهات", "sex": "على حساب الجنس", "area": "على حساب المدن والعروبية", "age": "على حساب العمر", "diploma": "على حساب الديبلوم"},
		dimension:   map[string]string{"geo": "الجهة", "sex": "الجنس", "area": "الوسط", "age": "العمر", "diploma": "الديبلوم"},
		seriesBreak: "انقطاع ف السلسلة", preRevision: "○ رقم تنشر قبل التصحيح ديال المندوبية ف 2019",
		topJobs: "الخدمات اللي مطلوبة كتر ف الإعلانات", topSkills: "المهارات اللي مطلوبة كتر ف الإعلانات",
		adsByMonth: "الإعلانات ديال الخدمة ف كل شهر", occupation: "الخدمة", skill: "المهارة", ads: "الإعلانات", share: "النسبة من الإعلانات"},
	"ary-Latn": {source: "Source", colon: ": ", span: "mn %s l %s", period: "Periode", value: "L9ima",
		by:          map[string]string{"geo": "3la 7sab jihat", "sex": "3la 7sab jins", "area": "3la 7sab lmdon w l3roubiya", "age": "3la 7sab l3mr", "diploma": "3la 7sab diplome"},
		dimension:   map[string]string{"geo": "Jiha", "sex": "Jins", "area": "Lwasat", "age": "L3mr", "diploma": "Diplome"},
		seriesBreak: "Rupture dyal série", preRevision: "○ ra9m tnchar 9bel tas7i7 dyal HCP f 2019",
		topJobs: "L5dmat li matloubin ktar f les annonces", topSkills: "Lmaharat li matloubin ktar f les annonces",
		adsByMonth: "Les annonces f kol chhar", occupation: "L5dma", skill: "Lmaharat", ads: "Annonces", share: "Nisba mn les annonces"},
	"en": {source: "Source", colon: ": ", span: "from %s to %s", period: "Period", value: "Value",
		by:          map[string]string{"geo": "by region", "sex": "by sex", "area": "by area", "age": "by age group", "diploma": "by diploma"},
		dimension:   map[string]string{"geo": "Region", "sex": "Sex", "area": "Area", "age": "Age", "diploma": "Diploma"},
		seriesBreak: "Series break", preRevision: "○ figure published before HCP's 2019 revision",
		topJobs: "Occupations most in demand in job ads", topSkills: "Skills most asked for in job ads",
		adsByMonth: "Job ads per month", occupation: "Occupation", skill: "Skill", ads: "Ads", share: "Share of ads"},
}

// wordsFor returns the labels of language l, French for an unknown one
// (as prompts.Render falls back).
func wordsFor(l string) words {
	if w, ok := vocab[l]; ok {
		return w
	}
	return vocab["fr"]
}

// rightToLeft reports whether l is written in Arabic script, so that its
// charts read from the right: the first period or the axis on the right.
func rightToLeft(l string) bool { return l == string(lang.Arabic) || l == string(lang.Darija) }

// span words a range of periods ("de 2015 à 2023"), or one period.
func span(l, first, last string) string {
	a, b := prompts.PeriodLabel(l, first), prompts.PeriodLabel(l, last)
	if a == b {
		return a
	}
	return strings.Replace(strings.Replace(wordsFor(l).span, "%s", a, 1), "%s", b, 1)
}

// unitLabel is the unit of a value axis as the answers write it after a
// number: "%", "personnes", "مليار درهم", "emplois (en glissement
// annuel)". A source's qualifier in brackets ("as restated in the 2023
// annual report") belongs to one figure, which the table words whole, so
// the axis leaves it out.
func unitLabel(l, unit string) string {
	words := func(u string) string { return strings.TrimSpace(strings.TrimPrefix(prompts.Value(l, 0, u), "0")) }
	full := words(unit)
	if wholeUnits[unit] {
		return full
	}
	if i := strings.LastIndex(unit, " ("); i > 0 && strings.HasSuffix(unit, ")") {
		if head := words(unit[:i]); strings.HasPrefix(full, head+" (") {
			return head
		}
	}
	return full
}

// wholeUnits are units whose brackets are part of the unit, as prompts
// words them, not a qualifier of one figure.
var wholeUnits = map[string]bool{"jobs (year on year)": true}

// sentence joins non-empty phrases with spaces and capitalises the first
// letter.
func sentence(parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	s := strings.Join(kept, " ")
	for i, r := range s {
		return s[:i] + string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// caption words a chart's source line: its publishers (at most four
// named), its period and what its figures are.
func caption(l string, publishers []string, period string, kind tools.Kind) string {
	w := wordsFor(l)
	if len(publishers) > 4 {
		publishers = append(publishers[:4:4], "…")
	}
	comma := ", "
	if rightToLeft(l) {
		comma = "، "
	}
	parts := []string{w.source + w.colon + strings.Join(publishers, comma)}
	if period != "" {
		parts = append(parts, period)
	}
	if k := prompts.KindLabel(l, string(kind)); k != "" {
		parts = append(parts, k)
	}
	return strings.Join(parts, " · ")
}
