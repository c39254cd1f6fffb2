package retrieval

import (
	"slices"
	"time"
)

// Filter restricts a search to chunks whose payload matches. Each non-empty
// list matches a chunk whose field equals one of its values; the lists and
// the date range must all match. From and To bound Chunk.Date inclusively,
// at one-second precision; a zero bound is open, and a chunk without a date
// never matches a filter with a bound. The zero Filter matches everything.
type Filter struct {
	Kinds       []string
	Langs       []string
	Regions     []string
	Occupations []string
	From, To    time.Time
}

// IsZero reports whether f matches every chunk.
func (f Filter) IsZero() bool {
	return len(f.Kinds) == 0 && len(f.Langs) == 0 && len(f.Regions) == 0 && len(f.Occupations) == 0 &&
		f.From.IsZero() && f.To.IsZero()
}

// Match reports whether c passes f. Stores may implement filters their own
// way but must agree with Match.
func (f Filter) Match(c Chunk) bool {
	return in(f.Kinds, c.Kind) && in(f.Langs, c.Lang) && in(f.Regions, c.Region) &&
		in(f.Occupations, c.Occupation) && f.MatchDate(c.Date)
}

// MatchDate reports whether d passes the date range of f.
func (f Filter) MatchDate(d time.Time) bool {
	if f.From.IsZero() && f.To.IsZero() {
		return true
	}
	if d.IsZero() {
		return false
	}
	s := d.Unix()
	return (f.From.IsZero() || s >= f.From.Unix()) && (f.To.IsZero() || s <= f.To.Unix())
}

func in(list []string, v string) bool {
	return len(list) == 0 || slices.Contains(list, v)
}
