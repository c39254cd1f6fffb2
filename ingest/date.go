package ingest

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/retrieval/lang"
)

// earliestDate bounds the dates ingestion believes: an ad "posted" before
// it is a typo.
var earliestDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

var (
	isoDateRe = regexp.MustCompile(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})`)
	dmyDateRe = regexp.MustCompile(`\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b`)
	// relRe reads "il y a 3 jours", "3 days ago", "قبل 3 أيام" after
	// normalisation: a count (or none) next to a unit.
	numWordRe = regexp.MustCompile(`\d+`)
)

// months maps month names (French, English, Moroccan and Middle-Eastern
// Arabic), in lang.Normalize form, to their number.
var months = func() map[string]int {
	m := map[string]int{}
	names := [][]string{
		{"janvier", "janv", "january", "jan", "يناير", "كانون الثاني"},
		{"fevrier", "fevr", "fev", "february", "feb", "فبراير", "شباط"},
		{"mars", "march", "mar", "مارس", "آذار"},
		{"avril", "avr", "april", "apr", "أبريل", "ابريل", "نيسان"},
		{"mai", "may", "ماي", "مايو", "أيار"},
		{"juin", "june", "jun", "يونيو", "حزيران"},
		{"juillet", "juil", "july", "jul", "يوليوز", "يوليو", "تموز"},
		{"aout", "august", "aug", "غشت", "أغسطس", "آب"},
		{"septembre", "sept", "september", "sep", "شتنبر", "سبتمبر", "أيلول"},
		{"octobre", "oct", "october", "أكتوبر", "اكتوبر", "تشرين الأول"},
		{"novembre", "nov", "november", "نونبر", "نوفمبر", "تشرين الثاني"},
		{"decembre", "dec", "december", "دجنبر", "ديسمبر", "كانون الأول"},
	}
	for i, ns := range names {
		for _, n := range ns {
			m[lang.Normalize(n)] = i + 1
		}
	}
	return m
}()

// parseDate reads a date as ads write it, relative dates counted back from
// ref: 2024-05-03, 2024-05-03T09:14:00Z, 03/05/2024, 03-05-2024, "Publié
// le 03/05/2024", "3 mai 2024", "03 ماي 2024", "il y a 3 jours", "Hier",
// "قبل يومين", "2 weeks ago". It reports false for anything else and for a
// date after ref (plus a day) or before 2000.
func parseDate(s string, ref time.Time) (time.Time, bool) {
	s = asciiDigits(strings.TrimSpace(s))
	if s == "" {
		return time.Time{}, false
	}
	d, ok := absoluteDate(s)
	if !ok {
		d, ok = relativeDate(lang.Normalize(s), ref)
	}
	if !ok || d.Before(earliestDate) || d.After(ref.AddDate(0, 0, 1)) {
		return time.Time{}, false
	}
	return d, true
}

func absoluteDate(s string) (time.Time, bool) {
	if m := isoDateRe.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := dmyDateRe.FindStringSubmatch(s); m != nil {
		y := m[3]
		if len(y) == 2 {
			y = "20" + y
		}
		return ymd(y, m[2], m[1])
	}
	return namedMonthDate(lang.Tokens(s))
}

// namedMonthDate reads "3 mai 2024", "1er mai 2024", "May 3, 2024" from
// normalised tokens.
func namedMonthDate(toks []string) (time.Time, bool) {
	for i, t := range toks {
		mon, ok := months[t]
		if !ok && i+1 < len(toks) {
			mon, ok = months[t+" "+toks[i+1]] // two-word Levantine names
		}
		if !ok {
			continue
		}
		day, year := "", ""
		if i > 0 {
			day = strings.TrimSuffix(strings.TrimSuffix(toks[i-1], "er"), "e")
		}
		for _, n := range toks[i+1:] {
			if len(n) == 4 && numWordRe.MatchString(n) {
				year = n
				break
			}
			if day == "" && len(n) <= 2 {
				day = n
			}
		}
		if year != "" && day != "" {
			return ymd(year, strconv.Itoa(mon), day)
		}
	}
	return time.Time{}, false
}

func ymd(y, m, d string) (time.Time, bool) {
	yi, e1 := strconv.Atoi(y)
	mi, e2 := strconv.Atoi(m)
	di, e3 := strconv.Atoi(d)
	if e1 != nil || e2 != nil || e3 != nil || mi < 1 || mi > 12 || di < 1 || di > 31 {
		return time.Time{}, false
	}
	t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
	if t.Day() != di {
		return time.Time{}, false // 31/02
	}
	return t, true
}

// relUnits are the units of relative dates, in days, with the words for
// "one" and "two" of that unit in Arabic (dual forms).
var relUnits = []struct {
	words []string
	days  int
}{
	{[]string{"jour", "jours", "day", "days", "يوم", "ايام", "يومين", "يومان"}, 1},
	{[]string{"semaine", "semaines", "week", "weeks", "اسبوع", "اسابيع", "اسبوعين"}, 7},
	{[]string{"mois", "month", "months", "شهر", "اشهر", "شهور", "شهرين"}, 30},
	{[]string{"heure", "heures", "hour", "hours", "h", "ساعه", "ساعات", "minute", "minutes", "min", "دقيقه", "دقائق"}, 0},
}

var (
	beforeYesterdayWords = words("avant hier", "اول امس", "قبل امس")
	todayWords           = words("aujourd hui", "aujourdhui", "today", "اليوم", "just now", "a l instant")
	yesterdayWords       = words("hier", "yesterday", "امس", "البارحه")
)

// maxAgo bounds the count of a relative date ("il y a N jours"): 10,000
// days is already before earliestDate, and a larger count times a unit
// could overflow into a plausible date.
const maxAgo = 10_000

var dualWords = map[string]bool{"يومين": true, "يومان": true, "اسبوعين": true, "شهرين": true}

// relativeDate reads "aujourd'hui", "hier", "avant-hier", "il y a N
// unités", "N units ago", "قبل N وحدة" from normalised text.
func relativeDate(norm string, ref time.Time) (time.Time, bool) {
	day := time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	switch {
	case hasAny(norm, beforeYesterdayWords):
		return day.AddDate(0, 0, -2), true
	case hasAny(norm, todayWords):
		return day, true
	case hasAny(norm, yesterdayWords):
		return day.AddDate(0, 0, -1), true
	}
	toks := strings.Fields(norm)
	for i, t := range toks {
		for _, u := range relUnits {
			if !slices.Contains(u.words, t) {
				continue
			}
			n := 1
			if dualWords[t] {
				n = 2
			} else if i > 0 && numWordRe.MatchString(toks[i-1]) {
				var err error
				if n, err = strconv.Atoi(toks[i-1]); err != nil || n > maxAgo {
					return time.Time{}, false
				}
			}
			return day.AddDate(0, 0, -n*u.days), true
		}
	}
	return time.Time{}, false
}
