// Package embedded is the IndicatorStore of the default run: every
// observation in memory, indexed by series and by period, persisted to one
// file under the data folder by write-then-rename so that a crash leaves
// either the old or the new state, never a mix.
package embedded

import (
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/marsad/marsad/tools"
)

// seriesKey identifies a series: an indicator in a cell.
type seriesKey struct {
	indicator string
	cell      tools.Cell
}

// comparePeriodKey groups the observations of one indicator and period.
type comparePeriodKey struct{ indicator, period string }

// Store is an in-memory IndicatorStore. The zero value is not usable; call
// Open.
type Store struct {
	path string // "" keeps everything in memory only

	mu       sync.RWMutex
	obs      map[tools.Key]tools.Observation
	series   map[seriesKey][]tools.Observation        // sorted by period
	byPeriod map[comparePeriodKey][]tools.Observation // any order
	dims     tools.Dimensions
}

// Open loads the store persisted at path (a file; created on the first
// Load) or starts empty when the file does not exist. An empty path gives
// a store that keeps nothing on disk.
func Open(path string) (*Store, error) {
	s := &Store{path: path, obs: map[tools.Key]tools.Observation{}}
	if path != "" {
		obs, err := readSnapshot(path)
		if err != nil {
			return nil, fmt.Errorf("open indicator store: %w", err)
		}
		for _, o := range obs {
			s.obs[o.Key()] = o
		}
	}
	s.reindex()
	return s, nil
}

// Close implements tools.IndicatorStore; it has nothing to release.
func (s *Store) Close() error { return nil }

// Len returns the number of observations stored.
func (s *Store) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.obs)
}

// reindex rebuilds the indexes from s.obs; callers hold the write lock or
// own s exclusively.
func (s *Store) reindex() {
	s.series = make(map[seriesKey][]tools.Observation)
	s.byPeriod = make(map[comparePeriodKey][]tools.Observation)
	sets := make([]map[string]bool, 7)
	for i := range sets {
		sets[i] = map[string]bool{}
	}
	for _, o := range s.obs {
		sk := seriesKey{o.Indicator, tools.Cell{Geo: o.Geo, Area: o.Area, Sex: o.Sex, Age: o.Age, Diploma: o.Diploma}}
		s.series[sk] = append(s.series[sk], o)
		pk := comparePeriodKey{o.Indicator, o.Period}
		s.byPeriod[pk] = append(s.byPeriod[pk], o)
		for i, v := range []string{o.Indicator, o.Geo, o.Area, o.Sex, o.Age, o.Diploma, o.Period} {
			sets[i][v] = true
		}
	}
	for _, list := range s.series {
		slices.SortFunc(list, func(a, b tools.Observation) int { return tools.ComparePeriods(a.Period, b.Period) })
	}
	s.dims = tools.Dimensions{
		Indicators: sortedKeys(sets[0], nil), Geos: sortedKeys(sets[1], nil), Areas: sortedKeys(sets[2], nil),
		Sexes: sortedKeys(sets[3], nil), Ages: sortedKeys(sets[4], nil), Diplomas: sortedKeys(sets[5], nil),
		Periods: sortedKeys(sets[6], tools.ComparePeriods),
	}
}

func sortedKeys(m map[string]bool, cmp func(a, b string) int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	if cmp == nil {
		slices.Sort(out)
	} else {
		slices.SortFunc(out, cmp)
	}
	return out
}

// Dimensions implements tools.IndicatorStore.
func (s *Store) Dimensions(ctx context.Context) (tools.Dimensions, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.dims, nil
}
