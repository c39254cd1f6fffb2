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

// ParsePeriod reads "YYYY-MM" or "YYYY-Qn", digits only. Any other form
// wraps ErrSeries.
func ParsePeriod(s string) (Period, error) {
	// The error is made only when it is returned: a history of 73,800
	// months read at start-up spent a fifth of its time making it.
	bad := func() error { return fmt.Errorf("%w: period %q is neither YYYY-MM nor YYYY-Qn", ErrSeries, s) }
	y, rest, ok := strings.Cut(s, "-")
	if !ok || !digits(y, 4) {
		return Period{}, bad()
	}
	year, _ := strconv.Atoi(y)
	p := Period{Year: year, Season: Monthly}
	if q, isQ := strings.CutPrefix(rest, "Q"); isQ {
		p.Season, rest = Quarterly, q
		if !digits(rest, 1) {
			return Period{}, bad()
		}
	} else if !digits(rest, 2) {
		return Period{}, bad()
	}
	p.Sub, _ = strconv.Atoi(rest)
	if p.Sub < 1 || p.Sub > p.Season {
		return Period{}, bad()
	}
	return p, nil
}

// digits reports whether s is n ASCII digits: strconv.Atoi alone would
// take a sign.
func digits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
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
