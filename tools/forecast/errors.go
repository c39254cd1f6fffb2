package forecast

import (
	"errors"
	"fmt"
)

// Errors returned by this package.
var (
	// ErrTooShort is matched (errors.Is) by every *TooShortError.
	ErrTooShort = errors.New("forecast: series too short")
	// ErrSeries is returned for a series that cannot be read: an unknown
	// period form, periods that are not consecutive, a value that is not a
	// finite number, or a negative count.
	ErrSeries = errors.New("forecast: bad series")
	// ErrHorizon is returned for a horizon below 1 or beyond one season.
	ErrHorizon = errors.New("forecast: horizon out of range")
)

// TooShortError says a series has fewer periods than forecasting needs.
type TooShortError struct {
	Found  int // periods in the series
	Needed int // periods needed: MinLength(season)
	Season int // 12 monthly, 4 quarterly
}

func (e *TooShortError) Error() string {
	unit := "months"
	if e.Season == 4 {
		unit = "quarters"
	}
	return fmt.Sprintf("forecast: series too short: %d %s, at least %d needed (two full seasons and a one-season backtest)", e.Found, unit, e.Needed)
}

// Is makes errors.Is(err, ErrTooShort) true.
func (e *TooShortError) Is(target error) bool { return target == ErrTooShort }
