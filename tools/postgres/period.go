package postgres

import (
	"math"

	"github.com/marsad/marsad/tools"
)

// periodStart is the first month of period p as year*12 + month-1, the
// value of the period_start column (migration 0001, still right for the
// intervals and dates of 0007), or -1 when p is not a valid period. A test
// checks that it agrees with the column and orders periods as
// tools.ComparePeriods does.
func periodStart(p string) int { return tools.PeriodStart(p) }

// periodBounds returns the inclusive period_start range of [from, to] with
// the semantics of tools.InRange: an empty bound is open, an upper bound
// covers every month up to its end (tools.PeriodEnd); an invalid lower
// bound excludes nothing and an invalid upper bound everything, as in
// tools.InRange.
func periodBounds(from, to string) (lo, hi int32) {
	lo, hi = math.MinInt32, math.MaxInt32
	if from != "" {
		lo = int32(periodStart(from))
	}
	if to != "" {
		hi = int32(tools.PeriodEnd(to))
	}
	return lo, hi
}
