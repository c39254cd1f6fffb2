package tools

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// The period forms of an observation (../shared/data/README.md):
//
//	2024             a year
//	2024-Q3          a quarter
//	2024-05          a month
//	2022-01/2022-07  an interval of months, the figure cumulated over it
//	                 (ANAPEC's January–July counts): never a year, even
//	                 when it spans twelve months
//	2021-04-30       a date: a stock counted on that day (a register)
//
// Every period covers whole months, from its first (PeriodStart) to its
// last (PeriodEnd), as year*12 + month-1; a date covers its month.
const (
	FreqAnnual    = "annual"
	FreqQuarterly = "quarterly"
	FreqMonthly   = "monthly"
	FreqInterval  = "interval"
	FreqDate      = "date"
)

// The period forms are read by hand rather than by regular expressions:
// a chat turn reads a few dozen periods, and the five expressions were 2 %
// of its CPU. TestPeriodFormsAreTheExpressions holds the expressions.

// isYearForm reports whether s is 19dd or 20dd.
func isYearForm(s string) bool {
	return len(s) == 4 && (s[:2] == "19" || s[:2] == "20") && isASCIIDigit(s[2]) && isASCIIDigit(s[3])
}

// isQuarterForm reports whether s is a year, "-Q" and 1 to 4.
func isQuarterForm(s string) bool {
	return len(s) == 7 && isYearForm(s[:4]) && s[4:6] == "-Q" && '1' <= s[6] && s[6] <= '4'
}

// isMonthForm reports whether s is a year, '-' and 01 to 12.
func isMonthForm(s string) bool {
	if len(s) != 7 || !isYearForm(s[:4]) || s[4] != '-' {
		return false
	}
	m, n := s[5], s[6]
	return m == '0' && '1' <= n && n <= '9' || m == '1' && '0' <= n && n <= '2'
}

// isDateForm reports whether s is a month, '-' and two digits.
func isDateForm(s string) bool {
	return len(s) == 10 && isMonthForm(s[:7]) && s[7] == '-' && isASCIIDigit(s[8]) && isASCIIDigit(s[9])
}

// isIntervalForm reports whether s is two months joined by '/'.
func isIntervalForm(s string) bool {
	return len(s) == 15 && isMonthForm(s[:7]) && s[7] == '/' && isMonthForm(s[8:])
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// ValidPeriod reports whether p is a year (2024), a quarter (2024-Q3), a
// month (2024-05), an interval of months whose first month comes before
// its last (2022-01/2022-07) or a calendar date (2021-04-30).
func ValidPeriod(p string) bool { return PeriodFrequency(p) != "" }

// PeriodFrequency returns the form of a valid period: FreqAnnual,
// FreqQuarterly, FreqMonthly, FreqInterval or FreqDate; "" otherwise.
func PeriodFrequency(p string) string {
	switch {
	case isYearForm(p):
		return FreqAnnual
	case isQuarterForm(p):
		return FreqQuarterly
	case isMonthForm(p):
		return FreqMonthly
	case isDateForm(p) && isDate(p): // a calendar day (isDate: ad.go)
		return FreqDate
	case isIntervalForm(p) && p[:7] < p[8:]:
		return FreqInterval
	}
	return ""
}

// IntervalMonths returns the first and last months of an interval
// ("2022-01/2022-07" → "2022-01", "2022-07"); ok is false for any other
// period.
func IntervalMonths(p string) (first, last string, ok bool) {
	if PeriodFrequency(p) != FreqInterval {
		return "", "", false
	}
	first, last, _ = strings.Cut(p, "/")
	return first, last, true
}

// PeriodStart returns the first month a period covers, as
// year*12+month-1, or -1 for an invalid period.
func PeriodStart(p string) int {
	f := PeriodFrequency(p)
	if f == "" {
		return -1
	}
	y, _ := strconv.Atoi(p[:4])
	m := 0
	switch f {
	case FreqQuarterly:
		m = int(p[6]-'1') * 3
	case FreqMonthly, FreqDate, FreqInterval:
		mm, _ := strconv.Atoi(p[5:7])
		m = mm - 1
	}
	return y*12 + m
}

// PeriodEnd returns the last month a period covers, as year*12+month-1, or
// -1 for an invalid period: 2025 ends after 2025-Q3, which ends after
// 2025-07; 2022-01/2022-07 ends with 2022-07.
func PeriodEnd(p string) int {
	s := PeriodStart(p)
	switch PeriodFrequency(p) {
	case FreqAnnual:
		return s + 11
	case FreqQuarterly:
		return s + 2
	case FreqInterval:
		return PeriodStart(p[8:])
	}
	return s
}

// ComparePeriods orders periods by their first month, then as strings: a
// year sorts before its own first quarter and month, a month before an
// interval or a date starting in it.
func ComparePeriods(a, b string) int {
	sa, sb := PeriodStart(a), PeriodStart(b)
	if sa != sb {
		if sa < sb {
			return -1
		}
		return 1
	}
	return strings.Compare(a, b)
}

// InRange reports whether period p falls within the inclusive bounds by
// its first month; an empty bound is open, an upper bound covers every
// month up to its end (a year bound covers its quarters and months).
func InRange(p, from, to string) bool {
	lo, hi := PeriodBounds(from, to)
	s := PeriodStart(p)
	return lo <= s && s <= hi
}

// PeriodBounds returns the inclusive range of first months (PeriodStart
// values) that InRange accepts for the bounds from and to, so that a store
// filtering on a stored PeriodStart selects what InRange selects: an empty
// bound is open (math.MinInt32 or math.MaxInt32, which fit a 32-bit
// column), an upper bound covers every month up to its PeriodEnd, an
// invalid lower bound excludes nothing and an invalid upper bound
// everything (both are -1).
func PeriodBounds(from, to string) (lo, hi int) {
	lo, hi = math.MinInt32, math.MaxInt32
	if from != "" {
		lo = PeriodStart(from)
	}
	if to != "" {
		hi = PeriodEnd(to)
	}
	return lo, hi
}

// MatchFrequency reports whether p has frequency f ("" matches all).
func MatchFrequency(p, f string) bool { return f == "" || PeriodFrequency(p) == f }

// MonthBounds turns period bounds (any form ValidPeriod accepts) into
// inclusive months: 2024 → 2024-01 … 2024-12, 2024-Q2 → 2024-04 …
// 2024-06, 2022-01/2022-07 → 2022-01 … 2022-07. An empty bound stays
// empty.
func MonthBounds(from, to string) (string, string) {
	m := func(n int) string { return fmt.Sprintf("%04d-%02d", n/12, n%12+1) }
	var f, t string
	if from != "" {
		f = m(PeriodStart(from))
	}
	if to != "" {
		t = m(PeriodEnd(to))
	}
	return f, t
}

// MonthRows returns the rows of a Trend: every month from first to last
// (YYYY-MM, inclusive) with its count in counts, months without one at
// 0; an empty slice when first is "".
func MonthRows(first, last string, counts map[string]int) []Count {
	rows := []Count{}
	if first == "" {
		return rows
	}
	for m := first; m <= last; m = nextMonth(m) {
		rows = append(rows, Count{Key: m, Ads: counts[m]})
	}
	return rows
}

// nextMonth returns the month after a YYYY-MM month.
func nextMonth(m string) string {
	y, _ := strconv.Atoi(m[:4])
	mm, _ := strconv.Atoi(m[5:])
	return fmt.Sprintf("%04d-%02d", y+mm/12, mm%12+1)
}
