package tools

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
)

// ErrBadArgs is wrapped by every error caused by the caller's arguments:
// the model (or user) can fix it, the backend is fine.
var ErrBadArgs = errors.New("invalid tool arguments")

// ErrBadData is wrapped by every error caused by input data that cannot be
// stored (an indicator row with an unknown geo, a malformed period...).
var ErrBadData = errors.New("invalid data")

// ErrUnavailable is wrapped by a store's error when its server could not
// be reached or dropped the connection (PostgreSQL stopped): nothing was
// wrong with the request, which may succeed once the server is back.
var ErrUnavailable = errors.New("store unavailable")

// ArgError says which argument was wrong and what would have been accepted,
// nearest first.
type ArgError struct {
	Field string
	Value string
	Valid []string
}

func (e *ArgError) Error() string {
	near := Nearest(e.Value, e.Valid, 8)
	return fmt.Sprintf("unknown %s %q; valid values include: %s", e.Field, e.Value, strings.Join(near, ", "))
}

// Unwrap makes errors.Is(err, ErrBadArgs) true.
func (e *ArgError) Unwrap() error { return ErrBadArgs }

// Nearest returns up to n values of valid ordered by edit distance to v
// (ties in the order given). It returns all of valid, sorted, when n <= 0.
func Nearest(v string, valid []string, n int) []string {
	type scored struct {
		s string
		d int
	}
	lv := strings.ToLower(v)
	all := make([]scored, len(valid))
	for i, s := range valid {
		d := lang.RuneDistance(lv, strings.ToLower(s))
		if strings.Contains(strings.ToLower(s), lv) && lv != "" {
			d = 0
		}
		all[i] = scored{s, d}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].d < all[j].d })
	if n <= 0 || n > len(all) {
		n = len(all)
	}
	out := make([]string, n)
	for i := range out {
		out[i] = all[i].s
	}
	return out
}
