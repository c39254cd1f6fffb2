// Package chart makes the charts of a turn from its tool results: for
// each series over time (indicator_series, an occupation's ads by month)
// a line chart, for each ranking (compare_indicator, top_occupations,
// skills_in_demand) a bar chart, each with its table, titled and labelled
// in the turn's language and laid out from the right in Arabic script.
// Charts are SVG written by this package (no chart library lays out
// Arabic from the right), stored by their content in a Store.
package chart

import (
	"context"
	"fmt"
	"sync"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
)

// MaxPerTurn bounds the charts of one turn: a turn that called many tools
// shows the first ones.
const MaxPerTurn = 4

// Maker makes the charts of turns and stores their pictures.
type Maker struct {
	store *Store
}

// NewMaker returns a Maker storing pictures in s.
func NewMaker(s *Store) *Maker { return &Maker{store: s} }

// Charts implements assistant.ChartFunc: one chart for each successful
// tool result of t that holds a series (two figures or more) or a
// ranking, in the order of the calls, the same picture once, at most
// MaxPerTurn. It reads only the results, never the answer. The error
// is the first result it could not read or picture it could not store.
func (m *Maker) Charts(ctx context.Context, t assistant.Turn) ([]assistant.Chart, error) {
	out := []assistant.Chart{}
	seen := map[string]bool{}
	for _, call := range t.ToolCalls {
		if call.Result == nil || len(out) == MaxPerTurn {
			continue
		}
		f, ok, err := figureOf(t.Lang, *call.Result)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		c := canvases.Get().(*canvas)
		f.draw(c)
		url, err := m.store.Put(c.b.Bytes())
		if c.b.Cap() <= maxCanvas {
			canvases.Put(c)
		}
		if err != nil {
			return nil, err
		}
		if seen[url] {
			continue
		}
		seen[url] = true
		out = append(out, assistant.Chart{Title: f.title, URL: url, Caption: f.caption, Table: f.table()})
	}
	return out, nil
}

// canvases are drawn on by Charts: its picture is done with once the
// store has it, and a buffer grown from empty for each (a turn draws one
// or two of 4 to 5 KB) took a tenth of the charts' CPU in one profile under `marsad
// bench chat`.
var canvases = sync.Pool{New: func() any { return new(canvas) }}

// maxCanvas is the largest buffer put back in canvases; a larger one,
// left by an unusually long chart, is dropped.
const maxCanvas = 64 << 10

// figureOf reads the figure of one tool result; ok is false for a tool
// or a result that has none.
func figureOf(l string, r tools.Result) (figure, bool, error) {
	switch r.Tool {
	case tools.NameIndicatorSeries:
		return read(r, func(d tools.SeriesResult) (figure, bool) { return seriesFigure(l, d) })
	case tools.NameCompareIndicator:
		return read(r, func(d tools.CompareResult) (figure, bool) { return compareFigure(l, d) })
	case tools.NameTopOccupations:
		return read(r, func(d tools.TopOccupationsResult) (figure, bool) { return topFigure(l, d, r.Citations) })
	case tools.NameSkillsInDemand:
		return read(r, func(d tools.SkillsResult) (figure, bool) { return skillsFigure(l, d, r.Citations) })
	case tools.NameOccupationProfile:
		return read(r, func(d tools.ProfileResult) (figure, bool) { return trendFigure(l, d, r.Citations) })
	case tools.NameForecastDemand:
		return read(r, func(d tools.ForecastResult) (figure, bool) { return forecastFigure(l, d) })
	}
	return figure{}, false, nil
}

// read gives r's data as a T to draw.
func read[T any](r tools.Result, draw func(T) (figure, bool)) (figure, bool, error) {
	d, err := tools.DataAs[T](r)
	if err != nil {
		return figure{}, false, fmt.Errorf("chart: %w", err)
	}
	f, ok := draw(d)
	return f, ok, nil
}
