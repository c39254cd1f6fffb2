package embedded

import (
	"context"
	"slices"
	"strings"

	"github.com/marsad/marsad/tools"
)

// Series implements tools.IndicatorStore.
func (s *Store) Series(ctx context.Context, q tools.SeriesQuery) ([]tools.Observation, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	list := s.series[seriesKey{q.Indicator, q.Cell.WithDefaults()}]
	if everyPeriod(q) {
		return append(make([]tools.Observation, 0, len(list)), list...), nil
	}
	return q.Kept(list), nil
}

// LendSeries implements tools.SeriesLender: f sees the stored series
// itself when q asks every period, else a copy of the asked observations.
func (s *Store) LendSeries(ctx context.Context, q tools.SeriesQuery, f func([]tools.Observation)) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	list := s.series[seriesKey{q.Indicator, q.Cell.WithDefaults()}]
	if !everyPeriod(q) {
		list = q.Kept(list)
	}
	f(list[:len(list):len(list)])
	return nil
}

// everyPeriod reports whether q asks for every period of its series:
// indicator_series reads the whole series (and keeps the asked periods
// itself), where Matches would parse each period twice for nothing. A
// question asks a year or two of a series that holds dozens of
// observations, each a few hundred bytes: SeriesQuery.Kept counts them
// before copying.
func everyPeriod(q tools.SeriesQuery) bool {
	return q.From == "" && q.To == "" && q.Frequency == ""
}

// Periods implements tools.IndicatorStore.
func (s *Store) Periods(ctx context.Context, indicator string, c tools.Cell) ([]string, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	list := s.series[seriesKey{indicator, c.WithDefaults()}]
	out := make([]string, len(list))
	for i, o := range list {
		out[i] = o.Period
	}
	return out, nil
}

// Cells implements tools.IndicatorStore.
func (s *Store) Cells(ctx context.Context, indicator string) ([]tools.Cell, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := []tools.Cell{}
	for k := range s.series {
		if k.indicator == indicator {
			out = append(out, k.cell)
		}
	}
	slices.SortFunc(out, compareCells)
	return out, nil
}

func compareCells(a, b tools.Cell) int {
	for _, p := range [][2]string{{a.Geo, b.Geo}, {a.Area, b.Area}, {a.Sex, b.Sex}, {a.Age, b.Age}, {a.Diploma, b.Diploma}} {
		if c := strings.Compare(p[0], p[1]); c != 0 {
			return c
		}
	}
	return 0
}

// Compare implements tools.IndicatorStore.
func (s *Store) Compare(ctx context.Context, q tools.CompareQuery) ([]tools.Observation, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	want := q.Cell.WithDefaults()
	out := []tools.Observation{}
	for _, o := range s.byPeriod[comparePeriodKey{q.Indicator, q.Period}] {
		if matchesExcept(o, want, q) {
			out = append(out, o)
		}
	}
	slices.SortFunc(out, func(a, b tools.Observation) int {
		if a.Value != b.Value {
			if a.Value > b.Value {
				return -1
			}
			return 1
		}
		return strings.Compare(tools.DimensionValue(a, q.By), tools.DimensionValue(b, q.By))
	})
	return out, nil
}

// matchesExcept reports whether o is in cell want on every dimension but
// q.By, and whether its q.By value is one to compare.
func matchesExcept(o tools.Observation, want tools.Cell, q tools.CompareQuery) bool {
	got := tools.Cell{Geo: o.Geo, Area: o.Area, Sex: o.Sex, Age: o.Age, Diploma: o.Diploma}
	if tools.SetDimension(got, q.By, "") != tools.SetDimension(want, q.By, "") {
		return false
	}
	return tools.Compared(q, tools.DimensionValue(o, q.By))
}
