package tools

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
)

// CompareArgs are the arguments of compare_indicator.
type CompareArgs struct {
	Indicator string `json:"indicator"`
	Period    string `json:"period,omitempty"`
	By        string `json:"by,omitempty"`
	Cell
	Geos []string `json:"geos,omitempty"`
	// Order is "desc" (the default: highest first) or "asc" (lowest
	// first: "where is unemployment lowest?").
	Order string `json:"order,omitempty"`
}

// CompareOrders lists the orders compare_indicator ranks in.
var CompareOrders = []string{"desc", "asc"}

// CompareResult is the Data of a compare_indicator result: Rows ranked
// in Order (highest first unless asked lowest first), Rank starting at 1. Period is the one compared (the
// latest with at least two values when none was asked). When nothing
// matches, Rows is empty and Available lists the periods that have a
// comparison.
type CompareResult struct {
	Indicator string        `json:"indicator"`
	Name      string        `json:"name"`
	Unit      string        `json:"unit"`
	Period    string        `json:"period"`
	By        string        `json:"by"`
	Order     string        `json:"order"`
	Cell      Cell          `json:"cell"`
	Rows      []RankedRow   `json:"rows"`
	Available *Availability `json:"available,omitempty"`
}

// RankedRow is one compared value.
type RankedRow struct {
	Rank int `json:"rank"`
	Observation
}

// CompareBy lists the dimensions compare_indicator can compare across.
var CompareBy = []string{"geo", "area", "sex", "age", "diploma"}

// CompareTool is compare_indicator: one indicator for one period across
// regions or groups, ranked.
type CompareTool struct{ Store IndicatorStore }

// Name implements Tool.
func (CompareTool) Name() string { return NameCompareIndicator }

// Description implements Tool.
func (CompareTool) Description() string {
	return "Compares one official indicator for one period across regions (by=geo, default) or across groups (by=area, sex, age or diploma), ranked highest first (order=asc: lowest first). " +
		"Use for 'which region has the highest unemployment', 'women versus men', 'urban versus rural'. Period defaults to the latest that has a comparison."
}

// Schema implements Tool.
func (CompareTool) Schema() map[string]any {
	props := cellSchema()
	props["indicator"] = indicatorSchema()
	props["period"] = map[string]any{"type": "string", "description": "2024, 2024-Q3 or 2024-05; default: latest available"}
	props["by"] = map[string]any{"type": "string", "enum": CompareBy, "description": "dimension to compare across; default geo"}
	props["geos"] = map[string]any{"type": "array", "items": map[string]any{"type": "string"}, "description": "with by=geo, restrict to these geo codes"}
	props["order"] = map[string]any{"type": "string", "enum": CompareOrders, "description": "desc (default): highest first; asc: lowest first"}
	return objectSchema(props, "indicator")
}

// Call implements Tool.
func (t CompareTool) Call(ctx context.Context, raw json.RawMessage) (Result, error) {
	var a CompareArgs
	if err := decodeArgs(raw, &a); err != nil {
		return Result{}, err
	}
	dims, err := t.validate(ctx, &a)
	if err != nil {
		return Result{}, err
	}
	q := CompareQuery{Indicator: a.Indicator, Period: a.Period, By: a.By, Cell: a.Cell, Geos: a.Geos}
	var obs []Observation
	if a.Period == "" {
		obs, err = t.latest(ctx, q, dims.Periods)
	} else {
		obs, err = t.Store.Compare(ctx, q)
	}
	if err != nil {
		return Result{}, fmt.Errorf("compare_indicator: %w", err)
	}
	if a.Order == "asc" {
		obs = slices.Clone(obs)
		slices.Reverse(obs)
	}
	d, _ := LookupDefinition(a.Indicator)
	res := CompareResult{Indicator: a.Indicator, Name: d.Name("en"), Unit: d.Unit, Period: a.Period, By: a.By, Order: a.Order, Cell: a.Cell}
	for i, o := range obs {
		res.Rows = append(res.Rows, RankedRow{Rank: i + 1, Observation: o})
		res.Period, res.Unit = o.Period, o.Unit
	}
	if len(obs) == 0 {
		res.Available = &Availability{Periods: t.periodsWithComparison(ctx, q, dims.Periods)}
	}
	return Result{Tool: t.Name(), Data: res, Citations: citationsOf(obs)}, nil
}

func (t CompareTool) validate(ctx context.Context, a *CompareArgs) (Dimensions, error) {
	if a.By == "" {
		a.By = "geo"
	}
	if !oneOf(a.By, CompareBy) {
		return Dimensions{}, &ArgError{Field: "by", Value: a.By, Valid: CompareBy}
	}
	if a.Order == "" {
		a.Order = "desc"
	}
	if !oneOf(a.Order, CompareOrders) {
		return Dimensions{}, &ArgError{Field: "order", Value: a.Order, Valid: CompareOrders}
	}
	a.Cell = a.Cell.WithDefaultsFor(a.Indicator)
	dims, err := t.Store.Dimensions(ctx)
	if err != nil {
		return dims, fmt.Errorf("compare_indicator: %w", err)
	}
	if err := validateIndicatorAndCell(dims, a.Indicator, &a.Cell); err != nil {
		return dims, err
	}
	if a.Period != "" && !ValidPeriod(a.Period) {
		return dims, &ArgError{Field: "period", Value: a.Period, Valid: dims.Periods}
	}
	for _, g := range a.Geos {
		if !IsGeo(g) {
			return dims, &ArgError{Field: "geos", Value: g, Valid: append([]string{"MA", "MA-SUD"}, Regions...)}
		}
	}
	return dims, nil
}

// latest compares in the most recent period that yields at least two rows.
func (t CompareTool) latest(ctx context.Context, q CompareQuery, periods []string) ([]Observation, error) {
	for i := len(periods) - 1; i >= 0; i-- {
		q.Period = periods[i]
		obs, err := t.Store.Compare(ctx, q)
		if err != nil {
			return nil, err
		}
		if len(obs) >= 2 {
			return obs, nil
		}
	}
	return nil, nil
}

// periodsWithComparison lists the periods that yield at least two rows,
// best effort: a backend error yields what was found so far.
func (t CompareTool) periodsWithComparison(ctx context.Context, q CompareQuery, periods []string) []string {
	var out []string
	for _, p := range periods {
		q.Period = p
		obs, err := t.Store.Compare(ctx, q)
		if err != nil {
			break
		}
		if len(obs) >= 2 {
			out = append(out, p)
		}
	}
	return out
}
