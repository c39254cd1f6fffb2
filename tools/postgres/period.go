package postgres

import (
	"math"
	"strconv"

	"github.com/marsad/marsad/tools"
)

// periodStart is the first month of period p as year*12 + month-1, the
// value of the period_start column (migration 0001), or -1 when p is not a
// valid period. A test checks that it agrees with the column and orders
// periods as tools.ComparePeriods does.
func periodStart(p string) int {
	if !tools.ValidPeriod(p) {
		return -1
	}
	y, _ := strconv.Atoi(p[:4])
	m := 0
	switch {
	case len(p) == 7 && p[5] == 'Q':
		m = int(p[6]-'1') * 3
	case len(p) == 7:
		mm, _ := strconv.Atoi(p[5:])
		m = mm - 1
	}
	return y*12 + m
}

// periodBounds returns the inclusive period_start range of [from, to] with
// the semantics of tools.InRange: an empty bound is open, a year or quarter
// upper bound covers its months; an invalid lower bound excludes nothing
// and an invalid upper bound everything, as in tools.InRange.
func periodBounds(from, to string) (lo, hi int32) {
	lo, hi = math.MinInt32, math.MaxInt32
	if from != "" {
		lo = int32(periodStart(from))
	}
	if to != "" {
		end := periodStart(to)
		switch tools.PeriodFrequency(to) {
		case "annual":
			end += 11
		case "quarterly":
			end += 2
		}
		hi = int32(end)
	}
	return lo, hi
}
