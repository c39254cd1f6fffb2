package prompts

import (
	"math"
	"strconv"
	"strings"
)

// vocab is the per-language wording of the indicator dimensions.
type vocab struct {
	sex, area, diploma map[string]string
	age                func(band string) string
	unit               map[string]string
	percent            string // how a percentage is written after the number
	decimal            string
	kind               map[string]string
}

var vocabs = map[string]vocab{
	"fr": {
		sex:     map[string]string{"female": "chez les femmes", "male": "chez les hommes"},
		area:    map[string]string{"urban": "en milieu urbain", "rural": "en milieu rural"},
		diploma: map[string]string{"graduate": "chez les diplômés", "none": "chez les personnes sans diplôme", "higher": "chez les diplômés du supérieur", "medium": "chez les diplômés de niveau moyen"},
		age: func(b string) string {
			return ageWords(b, "chez les jeunes de %s ans", "chez les %s ans", "chez les %s ans et plus")
		},
		unit:    map[string]string{"persons": "personnes", "jobs (year on year)": "emplois (en glissement annuel)", "billion MAD": "milliards de dirhams"},
		percent: " %", decimal: ",",
		kind: map[string]string{"official_statistic": "statistique officielle", "job_ads_count": "décompte d'offres d'emploi", "projection": "projection (pas un constat)"},
	},
	"ar": {
		sex:     map[string]string{"female": "لدى النساء", "male": "لدى الرجال"},
		area:    map[string]string{"urban": "بالوسط الحضري", "rural": "بالوسط القروي"},
		diploma: map[string]string{"graduate": "لدى حاملي الشهادات", "none": "لدى الأشخاص بدون شهادة", "higher": "لدى حاملي الشهادات العليا", "medium": "لدى حاملي شهادات المستوى المتوسط"},
		age: func(b string) string {
			return ageWords(b, "لدى الشباب البالغين من العمر %s سنة", "لدى الفئة العمرية %s سنة", "لدى البالغين %s سنة فما فوق")
		},
		unit:    map[string]string{"persons": "شخص", "jobs (year on year)": "منصب شغل (على أساس سنوي)", "billion MAD": "مليار درهم"},
		percent: "%", decimal: ",",
		kind: map[string]string{"official_statistic": "إحصاء رسمي", "job_ads_count": "عدد إعلانات الشغل", "projection": "إسقاط (وليس معطى مثبتا)"},
	},
	"ary": {
		sex:     map[string]string{"female": "عند العيالات", "male": "عند الرجال"},
		area:    map[string]string{"urban": "ف المدن", "rural": "ف العروبية"},
		diploma: map[string]string{"graduate": "عند اللي عندهم ديبلوم", "none": "عند اللي ما عندهومش ديبلوم", "higher": "عند اللي قراو ف الجامعة", "medium": "عند اللي عندهم مستوى متوسط"},
		age: func(b string) string {
			return ageWords(b, "عند الشباب ديال %s عام", "عند اللي عندهم %s عام", "عند اللي عندهم %s عام ولفوق")
		},
		unit:    map[string]string{"persons": "واحد", "jobs (year on year)": "خدمة (مقارنة مع العام اللي فات)", "billion MAD": "مليار درهم"},
		percent: "%", decimal: ",",
		kind: map[string]string{"official_statistic": "رقم رسمي", "job_ads_count": "عدد ديال الإعلانات ديال الخدمة", "projection": "توقع (ماشي رقم مأكد)"},
	},
	"ary-Latn": {
		sex:     map[string]string{"female": "3nd l3yalat", "male": "3nd rjal"},
		area:    map[string]string{"urban": "f lmdon", "rural": "f l3roubiya"},
		diploma: map[string]string{"graduate": "3nd li 3ndhom diplome", "none": "3nd li ma3ndhomch diplome", "higher": "3nd li qraw f jami3a", "medium": "3nd li 3ndhom niveau moyen"},
		age: func(b string) string {
			return ageWords(b, "3nd chabab dyal %s 3am", "3nd li 3ndhom %s 3am", "3nd li 3ndhom %s 3am w lfou9")
		},
		unit:    map[string]string{"persons": "wa7d", "jobs (year on year)": "khdma (m9arna m3a l3am li fat)", "billion MAD": "milliard dirham"},
		percent: "%", decimal: ",",
		kind: map[string]string{"official_statistic": "ra9m rasmi", "job_ads_count": "3adad dyal les annonces", "projection": "tawa9o3 (machi ra9m m2akked)"},
	},
	"en": {
		sex:     map[string]string{"female": "among women", "male": "among men"},
		area:    map[string]string{"urban": "in urban areas", "rural": "in rural areas"},
		diploma: map[string]string{"graduate": "among graduates", "none": "among people without a diploma", "higher": "among people with higher education", "medium": "among people with a secondary-level diploma"},
		age: func(b string) string {
			return ageWords(b, "among young people aged %s", "among people aged %s", "among people aged %s and over")
		},
		unit:    map[string]string{"persons": "people", "jobs (year on year)": "jobs (year on year)", "billion MAD": "billion dirhams"},
		percent: "%", decimal: ".",
		kind: map[string]string{"official_statistic": "official statistic", "job_ads_count": "count of job ads", "projection": "projection (not an observed fact)"},
	},
}

func vocabFor(lang string) vocab {
	if v, ok := vocabs[lang]; ok {
		return v
	}
	return vocabs["fr"]
}

// ageWords words an age band: youth bands (starting at 15) with young,
// open bands ("45+") with "and over", others plainly.
func ageWords(band, young, plain, open string) string {
	switch {
	case band == "" || band == "15+" || band == "total" || band == "all":
		return ""
	case strings.HasSuffix(band, "+"):
		return strings.Replace(open, "%s", strings.TrimSuffix(band, "+"), 1)
	case strings.HasPrefix(band, "15-"):
		return strings.Replace(young, "%s", band, 1)
	}
	return strings.Replace(plain, "%s", band, 1)
}

// Who words the population of a cell ("chez les femmes en milieu urbain"),
// "" for the whole population.
func Who(lang, area, sex, age, diploma string) string {
	v := vocabFor(lang)
	var parts []string
	for _, p := range []string{v.sex[sex], v.age(age), v.diploma[diploma], v.area[area]} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " ")
}

// KindLabel words what a figure is (official statistic, ad count,
// projection) in lang.
func KindLabel(lang, kind string) string { return vocabFor(lang).kind[kind] }

// Number writes v with the language's decimal mark and, from 10 000 up,
// thousands grouped by no-break spaces (1 580 000). It keeps the
// precision of the source: 13.0 stays "13,0" only if given so; a value is
// never rounded beyond what strconv's shortest form gives.
func Number(lang string, v float64) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	if len(intPart) > 4 {
		intPart = group(intPart)
	}
	out := intPart
	if frac != "" {
		out += vocabFor(lang).decimal + frac
	}
	if v < 0 {
		out = "-" + out
	}
	return out
}

func group(digits string) string {
	var b strings.Builder
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteRune('\u00a0')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Value writes v with its unit in lang ("13,3 %", "1 580 000 personnes",
// "72 319 insertions (cumul de janvier à juillet)"; see unitWords).
func Value(lang string, v float64, unit string) string {
	return unitWords(lang, Number(lang, v), unit)
}

// UnitPercentPoints words a difference of percentages.
func UnitPercentPoints(lang string, d float64) string {
	n := Number(lang, math.Round(d*10)/10)
	if d > 0 {
		n = "+" + n
	}
	switch lang {
	case "ar":
		return n + " نقطة"
	case "ary":
		return n + " نقطة"
	case "ary-Latn":
		return n + " points"
	case "en":
		return n + " points"
	}
	return n + " point"
}

// groupLabels words the values of a compared dimension, per language.
var groupLabels = map[string]map[string]string{
	"fr":       {"female": "Femmes", "male": "Hommes", "urban": "Urbain", "rural": "Rural", "graduate": "Diplômés", "none": "Sans diplôme", "higher": "Niveau supérieur", "medium": "Niveau moyen"},
	"ar":       {"female": "النساء", "male": "الرجال", "urban": "الوسط الحضري", "rural": "الوسط القروي", "graduate": "حاملو الشهادات", "none": "بدون شهادة", "higher": "مستوى عال", "medium": "مستوى متوسط"},
	"ary":      {"female": "العيالات", "male": "الرجال", "urban": "المدن", "rural": "العروبية", "graduate": "اللي عندهم ديبلوم", "none": "بلا ديبلوم", "higher": "مستوى عالي", "medium": "مستوى متوسط"},
	"ary-Latn": {"female": "L3yalat", "male": "Rjal", "urban": "Lmdon", "rural": "L3roubiya", "graduate": "Li 3ndhom diplome", "none": "Bla diplome", "higher": "Niveau supérieur", "medium": "Niveau moyen"},
	"en":       {"female": "Women", "male": "Men", "urban": "Urban", "rural": "Rural", "graduate": "Graduates", "none": "No diploma", "higher": "Higher education", "medium": "Secondary level"},
}

// GroupLabel words one value of the sex, area or diploma dimension for a
// list or table; age bands and unknown values are returned as given.
func GroupLabel(lang, value string) string {
	if l, ok := groupLabels[lang][value]; ok {
		return l
	}
	if l, ok := groupLabels["fr"][value]; ok && groupLabels[lang] == nil {
		return l
	}
	return value
}
