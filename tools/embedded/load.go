package embedded

import (
	"context"
	"fmt"

	"github.com/marsad/marsad/tools"
)

// Load implements tools.IndicatorStore. Every row is validated before
// anything changes; the new state is written to disk before it is made
// visible, so a failed write leaves both the file and memory as they were.
func (s *Store) Load(ctx context.Context, obs []tools.Observation) (tools.LoadSummary, error) {
	sum := tools.LoadSummary{Read: len(obs)}
	for i, o := range obs {
		if err := tools.ValidateObservation(o); err != nil {
			return tools.LoadSummary{}, fmt.Errorf("observation %d: %w", i+1, err)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	next := make(map[tools.Key]tools.Observation, len(obs))
	for _, o := range obs {
		old, ok := s.obs[o.Key()]
		if prev, dup := next[o.Key()]; dup {
			old, ok = prev, true // a later row of the same batch corrects an earlier one
		}
		switch {
		case !ok:
			sum.Inserted++
		case old == o:
			sum.Unchanged++
			continue
		default:
			sum.Updated++
			if old.Value != o.Value {
				sum.Changes = append(sum.Changes, tools.Change{Key: o.Key(), Old: old.Value, New: o.Value})
			}
		}
		next[o.Key()] = o
	}
	if len(next) == 0 {
		return sum, nil
	}
	if err := ctx.Err(); err != nil {
		return tools.LoadSummary{}, err
	}
	if s.path != "" {
		if err := writeSnapshot(s.path, s.obs, next); err != nil {
			return tools.LoadSummary{}, fmt.Errorf("persist indicators: %w", err)
		}
	}
	for k, o := range next {
		s.obs[k] = o
	}
	s.reindex()
	return sum, nil
}
