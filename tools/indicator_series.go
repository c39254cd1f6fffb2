package tools

import (
	"context"
	"encoding/json"
	"fmt"
)

// SeriesArgs are the arguments of indicator_series.
type SeriesArgs struct {
	Indicator string `json:"indicator"`
	Cell
	From      string `json:"from,omitempty"`
	To        string `json:"to,omitempty"`
	Frequency string `json:"frequency,omitempty"`
}

// SeriesResult is the Data of an indicator_series result. When nothing
// matches, Observations is empty and Available says what exists instead:
// the periods of the same cell, or else the cells of the indicator.
// Breaks are the series breaks the observations straddle (BreaksWithin):
// an answer showing figures on both sides says so.
type SeriesResult struct {
	Indicator    string        `json:"indicator"`
	Name         string        `json:"name"`
	Unit         string        `json:"unit"`
	Cell         Cell          `json:"cell"`
	Observations []Observation `json:"observations"`
	Breaks       []SeriesBreak `json:"breaks,omitempty"`
	Available    *Availability `json:"available,omitempty"`
}

// Availability lists what the store holds near a query that found nothing.
type Availability struct {
	Periods []string `json:"periods,omitempty"`
	Cells   []Cell   `json:"cells,omitempty"`
}

// SeriesTool is indicator_series: one indicator over time for one cell.
type SeriesTool struct{ Store IndicatorStore }

// Name implements Tool.
func (SeriesTool) Name() string { return NameIndicatorSeries }

// Description implements Tool.
func (SeriesTool) Description() string {
	return "Official labour-market indicator (HCP) over time for one geography (MA, MA-SUD, or region MA-01..MA-12), area, sex, age band and diploma. " +
		"Use for questions like 'unemployment rate of women in 2024' or 'evolution of the activity rate since 2019'. " +
		"Returns each figure with its period, unit and source."
}

// Schema implements Tool.
func (SeriesTool) Schema() map[string]any {
	props := cellSchema()
	props["indicator"] = indicatorSchema()
	props["from"] = map[string]any{"type": "string", "description": "first period, inclusive: 2019, 2024-Q1 or 2024-05"}
	props["to"] = map[string]any{"type": "string", "description": "last period, inclusive"}
	props["frequency"] = map[string]any{"type": "string", "enum": []string{"annual", "quarterly", "monthly"}, "description": "keep only this frequency"}
	return objectSchema(props, "indicator")
}

// Call implements Tool.
func (t SeriesTool) Call(ctx context.Context, raw json.RawMessage) (Result, error) {
	var a SeriesArgs
	if err := decodeArgs(raw, &a); err != nil {
		return Result{}, err
	}
	if err := validateSeries(ctx, t.Store, &a); err != nil {
		return Result{}, err
	}
	obs, periods, err := readSeries(ctx, t.Store, a)
	if err != nil {
		return Result{}, fmt.Errorf("indicator_series: %w", err)
	}
	d, _ := LookupDefinition(a.Indicator)
	res := SeriesResult{Indicator: a.Indicator, Name: d.Name("en"), Unit: d.Unit, Cell: a.Cell, Observations: obs, Breaks: BreaksWithin(a.Indicator, obs)}
	switch {
	case len(obs) > 0:
		res.Unit = obs[0].Unit
	case len(periods) > 0:
		res.Available = &Availability{Periods: periods}
	default:
		if res.Available, err = availability(ctx, t.Store, a.Indicator); err != nil {
			return Result{}, fmt.Errorf("indicator_series: %w", err)
		}
	}
	return Result{Tool: t.Name(), Data: res, Citations: citationsOf(obs)}, nil
}

// readSeries returns the observations of a's cell in a's periods (never
// nil) and, when there are none, the periods the cell holds (nil when it
// holds none). The cell's whole series is read once: when the asked
// periods hold nothing, its other periods say what exists without a
// second read (a round trip on PostgreSQL, whose store reads the whole
// series' row anyway). A SeriesLender lends it, and only the kept
// observations are copied.
func readSeries(ctx context.Context, s IndicatorStore, a SeriesArgs) ([]Observation, []string, error) {
	whole := SeriesQuery{Indicator: a.Indicator, Cell: a.Cell}
	asked := SeriesQuery{From: a.From, To: a.To, Frequency: a.Frequency}
	var obs []Observation
	var periods []string
	keep := func(all []Observation, kept []Observation) {
		obs = kept
		if len(obs) == 0 && len(all) > 0 {
			periods = periodsOf(all)
		}
	}
	if l, ok := s.(SeriesLender); ok {
		err := l.LendSeries(ctx, whole, func(all []Observation) { keep(all, asked.Kept(all)) })
		return obs, periods, err
	}
	all, err := s.Series(ctx, whole)
	if err != nil {
		return nil, nil, err
	}
	// Keep writes over all's array; when it keeps nothing, it wrote nothing.
	keep(all, asked.Keep(all))
	return obs, periods, nil
}

// validateSeries checks a against the catalogue, read only when needed:
// arguments that name a defined indicator, a standard age band and
// well-formed periods are valid whatever the store holds (its values only
// ever grow), so the common question costs one query on PostgreSQL, not
// two. Otherwise the catalogue decides, and lists what exists.
func validateSeries(ctx context.Context, s IndicatorStore, a *SeriesArgs) error {
	a.Cell = a.Cell.WithDefaultsFor(a.Indicator)
	if validateSeriesIn(Dimensions{}, a) == nil {
		return nil
	}
	dims, err := s.Dimensions(ctx)
	if err != nil {
		return fmt.Errorf("indicator_series: %w", err)
	}
	return validateSeriesIn(dims, a)
}

// validateSeriesIn checks a against the values of dims.
func validateSeriesIn(dims Dimensions, a *SeriesArgs) error {
	if err := validateIndicatorAndCell(dims, a.Indicator, &a.Cell); err != nil {
		return err
	}
	for field, p := range map[string]string{"from": a.From, "to": a.To} {
		if p != "" && !ValidPeriod(p) {
			return &ArgError{Field: field, Value: p, Valid: dims.Periods}
		}
	}
	if a.Frequency != "" && !oneOf(a.Frequency, []string{"annual", "quarterly", "monthly"}) {
		return &ArgError{Field: "frequency", Value: a.Frequency, Valid: []string{"annual", "quarterly", "monthly"}}
	}
	return nil
}

// availability says what exists for an indicator when a cell has
// nothing at all: the indicator's cells (at most 30).
func availability(ctx context.Context, s IndicatorStore, indicator string) (*Availability, error) {
	cells, err := s.Cells(ctx, indicator)
	if err != nil {
		return nil, err
	}
	if len(cells) > 30 {
		cells = cells[:30]
	}
	return &Availability{Cells: cells}, nil
}

// periodsOf returns the periods of obs, in their order.
func periodsOf(obs []Observation) []string {
	out := make([]string, len(obs))
	for i, o := range obs {
		out[i] = o.Period
	}
	return out
}
