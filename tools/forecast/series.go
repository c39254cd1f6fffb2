package forecast

import (
	"fmt"
	"math"
)

// Series is a run of consecutive months or quarters without gaps.
type Series struct {
	Start  Period    // the first value's period; its Season is the series'
	Values []float64 // one per period, finite
	Counts bool      // values are counts: never negative, log transform tried
}

// NewSeries builds a series from labelled points, which must be consecutive
// periods of one kind in order; a gap, a repeat, a mix of months and
// quarters, a non-finite value or (for counts) a negative one wraps
// ErrSeries, naming the point.
func NewSeries(periods []string, values []float64, counts bool) (Series, error) {
	if len(periods) != len(values) {
		return Series{}, fmt.Errorf("%w: %d periods for %d values", ErrSeries, len(periods), len(values))
	}
	if len(periods) == 0 {
		return Series{}, fmt.Errorf("%w: no points", ErrSeries)
	}
	var s Series
	for i, ps := range periods {
		p, err := ParsePeriod(ps)
		if err != nil {
			return Series{}, err
		}
		if i == 0 {
			s.Start = p
		} else if p.Season != s.Start.Season || p.Since(s.Start) != i {
			return Series{}, fmt.Errorf("%w: point %d is %s, want %s (the periods must follow each other)", ErrSeries, i+1, ps, s.Start.Add(i))
		}
	}
	s.Values, s.Counts = values, counts
	return s, s.Validate()
}

// Validate checks the season and the values; errors wrap ErrSeries.
func (s Series) Validate() error {
	if s.Start.Season != Monthly && s.Start.Season != Quarterly {
		return fmt.Errorf("%w: season %d, want 12 or 4", ErrSeries, s.Start.Season)
	}
	for i, v := range s.Values {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("%w: value of %s is not a number", ErrSeries, s.Period(i))
		}
		if s.Counts && v < 0 {
			return fmt.Errorf("%w: count of %s is negative (%g)", ErrSeries, s.Period(i), v)
		}
	}
	return nil
}

// Season is 12 for a monthly series, 4 for a quarterly one.
func (s Series) Season() int { return s.Start.Season }

// Period returns the period of value i.
func (s Series) Period(i int) Period { return s.Start.Add(i) }

// Len is the number of periods.
func (s Series) Len() int { return len(s.Values) }

// MinLength is the fewest periods Forecast accepts for a season: two full
// seasons to start Holt-Winters plus a one-season backtest window.
func MinLength(season int) int { return 3 * season }
