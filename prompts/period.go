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

// PeriodPhrase words a period inside a sentence ("au 3e trimestre 2024",
// "خلال الفصل الثالث من سنة 2024", "f trimestre 3 dyal 2024").
func PeriodPhrase(lang, p string) string {
	y, q, m := splitPeriod(p)
	qs := strconv.Itoa(q)
	switch lang {
	case "ar":
		if q > 0 {
			return "خلال الفصل " + ordAr[q-1] + " من سنة " + y
		}
		if m > 0 {
			return "في شهر " + monthName(lang, m) + " " + y
		}
		return "سنة " + y
	case "ary":
		if q > 0 {
			return "ف الفصل " + qs + " ديال " + y
		}
		if m > 0 {
			return "ف " + monthName(lang, m) + " " + y
		}
		return "ف " + y
	case "ary-Latn":
		if q > 0 {
			return "f trimestre " + qs + " dyal " + y
		}
		if m > 0 {
			return "f " + monthName(lang, m) + " " + y
		}
		return "f " + y
	case "en":
		if q > 0 {
			return "in Q" + qs + " " + y
		}
		if m > 0 {
			return "in " + monthName(lang, m) + " " + y
		}
		return "in " + y
	}
	if q > 0 {
		return "au " + ordFr[q-1] + " trimestre " + y
	}
	if m > 0 {
		return "en " + monthName(lang, m) + " " + y
	}
	return "en " + y
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
