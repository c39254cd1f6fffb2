package chart

import (
	"strings"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/tools"
)

// seriesFigure draws an indicator_series result over time: its annual
// figures when it holds at least two, else the figures of its one other
// frequency (the quarters of a quarterly question). A single figure, or
// quarters mixed with months, makes no chart: the answer states it.
func seriesFigure(l string, d tools.SeriesResult) (figure, bool) {
	obs := pickFrequency(d.Observations)
	if len(obs) < 2 {
		return figure{}, false
	}
	first, latest := obs[0], obs[len(obs)-1]
	w := wordsFor(l)
	f := figure{
		line: true, lang: l,
		title: sentence(tools.IndicatorName(d.Indicator, l), prompts.PlacePhrase(l, latest.Geo),
			prompts.Who(l, latest.Area, latest.Sex, latest.Age, latest.Diploma)),
		caption: caption(l, publishers(obs), span(l, first.Period, latest.Period), latest.Citation().Kind),
		unit:    unitLabel(l, latest.Unit),
		columns: []string{w.period, w.value},
	}
	for _, o := range obs {
		f.points = append(f.points, point{label: prompts.PeriodLabel(l, o.Period), value: o.Value,
			text: prompts.Value(l, o.Value, o.Unit), mark: mark(l, o.Value, o.Unit), pos: tools.PeriodStart(o.Period), hollow: tools.PreRevision(o)})
		if f.points[len(f.points)-1].hollow {
			f.legend = w.preRevision
		}
	}
	for _, b := range tools.BreaksWithin(d.Indicator, obs) {
		if at := breakIndex(b, obs); at > 0 {
			f.breaks = append(f.breaks, seriesBreak{at: at, label: w.seriesBreak})
		}
	}
	return f, true
}

// pickFrequency keeps the figures of one frequency, in period order:
// the years when there are two or more, else the only frequency there is.
// The figures are counted before they are copied: gathering them by
// frequency in a map of growing slices was two thirds of a series
// chart's allocations.
func pickFrequency(obs []tools.Observation) []tools.Observation {
	if len(obs) == 0 {
		return nil
	}
	annual, one, first := 0, true, tools.PeriodFrequency(obs[0].Period)
	for _, o := range obs {
		fr := tools.PeriodFrequency(o.Period)
		if fr == tools.FreqAnnual {
			annual++
		}
		one = one && fr == first
	}
	switch {
	case annual >= 2:
		out := make([]tools.Observation, 0, annual)
		for _, o := range obs {
			if tools.PeriodFrequency(o.Period) == tools.FreqAnnual {
				out = append(out, o)
			}
		}
		return out
	case one:
		return append([]tools.Observation(nil), obs...)
	}
	return nil
}

// breakIndex is where a break falls among obs (period order): before the
// first figure measured the new way. For the 2017 reform that is the
// first figure from 2017; for the 2019 revision, the first revised figure
// after one published before it. 0 when the break falls nowhere.
func breakIndex(b tools.SeriesBreak, obs []tools.Observation) int {
	for i := 1; i < len(obs); i++ {
		prev, o := obs[i-1], obs[i]
		switch b.ID {
		case tools.BreakRevision2019.ID:
			if tools.PreRevision(prev) && !tools.PreRevision(o) && tools.PeriodStart(o.Period) >= tools.PeriodStart(b.From) {
				return i
			}
		default:
			if tools.PeriodStart(prev.Period) < tools.PeriodStart(b.From) && tools.PeriodStart(o.Period) >= tools.PeriodStart(b.From) {
				return i
			}
		}
	}
	return 0
}

// publishers lists the figures' publishers, each once, in order.
func publishers(obs []tools.Observation) []string {
	var out []string
	seen := map[string]bool{}
	for _, o := range obs {
		if !seen[o.Publisher] {
			seen[o.Publisher] = true
			out = append(out, o.Publisher)
		}
	}
	return out
}

// mark writes a value for the picture: a percentage with its sign, any
// other figure as a bare number, its unit said once by the axis.
func mark(l string, v float64, unit string) string {
	if unit == "percent" || strings.HasPrefix(unit, "percent ") {
		return prompts.Value(l, v, "percent")
	}
	return prompts.Number(l, v)
}
