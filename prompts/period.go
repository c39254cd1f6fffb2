package prompts

import (
	"strconv"
	"strings"
)

var (
	monthsFr = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	monthsAr = []string{"يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"}
	monthsEn = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	ordAr    = []string{"الأول", "الثاني", "الثالث", "الرابع"}
	ordFr    = []string{"1er", "2e", "3e", "4e"}
	// Darija ordinals: a quarter written with a digit ("الفصل 3") would be a
	// number that no tool result holds.
	ordAry  = []string{"اللول", "التاني", "التالت", "الرابع"}
	ordLatn = []string{"lowel", "tani", "talt", "rab3"}
)

// splitPeriod returns year, quarter (0 if none) and month (0 if none).
func splitPeriod(p string) (year string, quarter, month int) {
	year, rest, _ := strings.Cut(p, "-")
	if strings.HasPrefix(rest, "Q") {
		quarter, _ = strconv.Atoi(rest[1:])
	} else if rest != "" {
		month, _ = strconv.Atoi(rest)
	}
	return year, quarter, month
}

// PeriodLabel is the short label of a period for lists and tables
// ("T3 2024", "Q3 2024", "الفصل الثالث 2024", "janvier-juillet 2022",
// "30 avril 2021").
func PeriodLabel(lang, p string) string {
	if s, ok := spanWords(lang, p, true); ok {
		return s
	}
	y, q, m := splitPeriod(p)
	switch {
	case q > 0:
		switch lang {
		case "ar":
			return "الفصل " + ordAr[q-1] + " " + y
		case "ary":
			return "الفصل " + ordAry[q-1] + " " + y
		case "en":
			return "Q" + strconv.Itoa(q) + " " + y
		}
		return "T" + strconv.Itoa(q) + " " + y
	case m > 0:
		return monthName(lang, m) + " " + y
	}
	return y
}

// periodWords is how one language puts a period inside a sentence: the
// words before the year of a quarter, of a month (then the month's name)
// and of a year.
type periodWords struct {
	quarter     func(q int) string
	month, year string
}

var phrases = map[string]periodWords{
	"fr":       {func(q int) string { return "au " + ordFr[q-1] + " trimestre " }, "en ", "en "},
	"ar":       {func(q int) string { return "خلال الفصل " + ordAr[q-1] + " من سنة " }, "في شهر ", "سنة "},
	"ary":      {func(q int) string { return "ف الفصل " + ordAry[q-1] + " ديال " }, "ف ", "ف "},
	"ary-Latn": {func(q int) string { return "f trimestre " + ordLatn[q-1] + " dyal " }, "f ", "f "},
	"en":       {func(q int) string { return "in Q" + strconv.Itoa(q) + " " }, "in ", "in "},
}

// PeriodPhrase words a period inside a sentence ("au 3e trimestre 2024",
// "خلال الفصل الثالث من سنة 2024", "f trimestre talt dyal 2024", "de janvier
// à juillet 2022", "au 30 avril 2021"); an unknown language gets French.
func PeriodPhrase(lang, p string) string {
	if s, ok := spanWords(lang, p, false); ok {
		return s
	}
	y, q, m := splitPeriod(p)
	w, ok := phrases[lang]
	if !ok {
		w = phrases["fr"]
	}
	switch {
	case q > 0:
		return w.quarter(q) + y
	case m > 0:
		return w.month + monthName(lang, m) + " " + y
	}
	return w.year + y
}

func monthName(lang string, m int) string {
	switch lang {
	case "ar", "ary":
		return monthsAr[m-1]
	case "en":
		return monthsEn[m-1]
	}
	return monthsFr[m-1]
}

// Intervals (2022-01/2022-07: a figure cumulated over those months) and
// dates (2021-04-30: a stock counted that day) are worded as what they
// are, never as their year. Each language gives the words around the
// first and last months of an interval ("de %s à %s"), and before a date.
var spans = map[string]struct{ interval, label, date string }{
	"fr":       {"de %s à %s", "%s-%s", "au "},
	"ar":       {"من %s إلى %s", "%s-%s", "في "},
	"ary":      {"من %s حتى %s", "%s-%s", "ف "},
	"ary-Latn": {"men %s l %s", "%s-%s", "f "},
	"en":       {"from %s to %s", "%s-%s", "on "},
}

// spanWords words an interval or a date (a label for lists when label is
// set, else a phrase); ok is false for the other periods.
func spanWords(lang, p string, label bool) (string, bool) {
	w, ok := spans[lang]
	if !ok {
		w = spans["fr"]
	}
	switch {
	case len(p) == len("2022-01/2022-07") && p[7] == '/':
		y1, m1, y2, m2 := p[:4], atoi(p[5:7]), p[8:12], atoi(p[13:15])
		if !validMonth(m1) || !validMonth(m2) {
			return "", false
		}
		first, last := monthName(lang, m1), monthName(lang, m2)+" "+y2
		if y1 != y2 {
			first += " " + y1
		}
		f := w.interval
		if label {
			f = w.label
		}
		return strings.Replace(strings.Replace(f, "%s", first, 1), "%s", last, 1), true
	case len(p) == len("2021-04-30") && p[7] == '-':
		if !validMonth(atoi(p[5:7])) {
			return "", false
		}
		day := strconv.Itoa(atoi(p[8:]))
		d := day + " " + monthName(lang, atoi(p[5:7])) + " " + p[:4]
		if label {
			return d, true
		}
		return w.date + d, true
	}
	return "", false
}

func validMonth(m int) bool { return m >= 1 && m <= 12 }

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
