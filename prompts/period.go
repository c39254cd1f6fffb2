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
// ("T3 2024", "Q3 2024", "الفصل 3 - 2024").
func PeriodLabel(lang, p string) string {
	y, q, m := splitPeriod(p)
	switch {
	case q > 0:
		switch lang {
		case "ar", "ary":
			return "الفصل " + strconv.Itoa(q) + " - " + y
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
	"ary":      {func(q int) string { return "ف الفصل " + strconv.Itoa(q) + " ديال " }, "ف ", "ف "},
	"ary-Latn": {func(q int) string { return "f trimestre " + strconv.Itoa(q) + " dyal " }, "f ", "f "},
	"en":       {func(q int) string { return "in Q" + strconv.Itoa(q) + " " }, "in ", "in "},
}

// PeriodPhrase words a period inside a sentence ("au 3e trimestre 2024",
// "خلال الفصل الثالث من سنة 2024", "f trimestre 3 dyal 2024"); an unknown
// language gets French.
func PeriodPhrase(lang, p string) string {
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
