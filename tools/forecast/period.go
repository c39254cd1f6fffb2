package forecast

import (
	"fmt"
	"strconv"
	"strings"
)

// Seasons supported: a year of months or of quarters.
const (
	Monthly   = 12
	Quarterly = 4
)

// Period is one month ("2024-03") or one quarter ("2024-Q1").
type Period struct {
	Year   int
	Sub    int // month 1..12 or quarter 1..4
	Season int // Monthly or Quarterly
}

// ParsePeriod reads "YYYY-MM" or "YYYY-Qn". Any other form wraps ErrSeries.
func ParsePeriod(s string) (Period, error) {
	y, rest, ok := strings.Cut(s, "-")
	year, err := strconv.Atoi(y)
	if !ok || err != nil || len(y) != 4 {
		return Period{}, fmt.Errorf("%w: period %q is neither YYYY-MM nor YYYY-Qn", ErrSeries, s)
	}
	p := Period{Year: year, Season: Monthly}
	if q, isQ := strings.CutPrefix(rest, "Q"); isQ {
		p.Season, rest = Quarterly, q
	} else if len(rest) != 2 {
		return Period{}, fmt.Errorf("%w: period %q is neither YYYY-MM nor YYYY-Qn", ErrSeries, s)
	}
	sub, err := strconv.Atoi(rest)
	if err != nil || sub < 1 || sub > p.Season {
		return Period{}, fmt.Errorf("%w: period %q is neither YYYY-MM nor YYYY-Qn", ErrSeries, s)
	}
	p.Sub = sub
	return p, nil
}

// String writes the period as ParsePeriod reads it.
func (p Period) String() string {
	if p.Season == Quarterly {
		return fmt.Sprintf("%04d-Q%d", p.Year, p.Sub)
	}
	return fmt.Sprintf("%04d-%02d", p.Year, p.Sub)
}

// Add returns the period k periods later (earlier when k < 0).
func (p Period) Add(k int) Period {
	i := p.index() + k
	return Period{Year: floorDiv(i, p.Season), Sub: i - floorDiv(i, p.Season)*p.Season + 1, Season: p.Season}
}

// Since returns how many periods p is after q (negative when before); both
// must have the same season.
func (p Period) Since(q Period) int { return p.index() - q.index() }

func (p Period) index() int { return p.Year*p.Season + p.Sub - 1 }

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}
