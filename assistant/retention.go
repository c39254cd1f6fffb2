package assistant

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// DefaultRetention is how long conversations and feedback are kept unless
// the operator says otherwise: a month lets a counselor come back to an
// interview and an operator read the feedback of the month, and no more
// (law 09-08: personal data kept no longer than its purpose needs).
const DefaultRetention = 30 * 24 * time.Hour

// Purger is a store that can forget what it was given before a time.
// Purge removes every record (a turn, a feedback) stored before cutoff and
// returns how many it removed; a record stored at or after cutoff stays.
// A store that holds nothing so old removes nothing and returns 0, nil.
type Purger interface {
	Purge(ctx context.Context, cutoff time.Time) (int64, error)
}

// Purged counts what Assistant.Purge removed.
type Purged struct {
	Turns    int64 `json:"turns"`
	Feedback int64 `json:"feedback"`
}

// Purge removes the turns and feedback stored before cutoff from the
// Assistant's stores that are Purgers (every store of this module is). It
// purges feedback even when purging turns failed, and returns what was
// removed with the errors joined.
func (a *Assistant) Purge(ctx context.Context, cutoff time.Time) (Purged, error) {
	var out Purged
	var errs []error
	if p, ok := a.sessions.(Purger); ok {
		n, err := p.Purge(ctx, cutoff)
		out.Turns = n
		if err != nil {
			errs = append(errs, fmt.Errorf("purge turns: %w", err))
		}
	}
	if p, ok := a.feedback.(Purger); ok {
		n, err := p.Purge(ctx, cutoff)
		out.Feedback = n
		if err != nil {
			errs = append(errs, fmt.Errorf("purge feedback: %w", err))
		}
	}
	return out, errors.Join(errs...)
}

// PurgeEvery purges what is older than retention at once and then every
// period, until ctx ends, telling report what each purge removed. now is
// the clock (time.Now when nil); the cutoff is now minus retention.
func (a *Assistant) PurgeEvery(ctx context.Context, retention, period time.Duration, now func() time.Time, report func(Purged, error)) {
	if now == nil {
		now = time.Now
	}
	tick := time.NewTicker(period)
	defer tick.Stop()
	for {
		report(a.Purge(ctx, now().Add(-retention)))
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
