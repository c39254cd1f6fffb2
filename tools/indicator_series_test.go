package tools_test

import (
	"context"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/tools"
)

// indicator_series returns the cell's observations in period order within
// the range, each cited by its source.
func TestIndicatorSeriesReturnsTheCellInRange(t *testing.T) {
	d, res := mustCall[tools.SeriesResult](t, tools.SeriesTool{Store: indicatorStore(t)}, `{"indicator":"unemployment_rate","from":"2023","to":"2024"}`)
	var got []string
	for _, o := range d.Observations {
		got = append(got, o.Period+" "+o.Geo+" "+o.Sex)
	}
	want := []string{"2023 MA total", "2024 MA total", "2024-Q1 MA total", "2024-Q3 MA total"}
	if diff := cmp.Diff(want, got); diff != "" || res.Tool != tools.NameIndicatorSeries || d.Available != nil {
		t.Fatalf("tool %q, available %+v, observations (-want +got):\n%s", res.Tool, d.Available, diff)
	}
	if len(res.Citations) == 0 || res.Citations[0].Publisher != "HCP" {
		t.Errorf("citations = %+v, want the publisher of the figures", res.Citations)
	}
}

// A period the store has nothing for says what it has instead.
func TestIndicatorSeriesOutOfRangeSaysWhatExists(t *testing.T) {
	d, res := mustCall[tools.SeriesResult](t, tools.SeriesTool{Store: indicatorStore(t)}, `{"indicator":"unemployment_rate","geo":"MA-02","from":"2019","to":"2020"}`)
	if len(d.Observations) != 0 || d.Available == nil || !cmp.Equal(d.Available.Periods, []string{"2024"}) || len(res.Citations) != 0 {
		t.Fatalf("result = %+v, citations %v; want no observation, no citation and the periods of MA-02 (2024)", d, res.Citations)
	}
}

func TestIndicatorSeriesRefusesBadArguments(t *testing.T) {
	tool := tools.SeriesTool{Store: indicatorStore(t)}
	for field, args := range map[string]string{
		"indicator": `{"indicator":"bonheur_national"}`,
		"from":      `{"indicator":"unemployment_rate","from":"l'an dernier"}`,
		"frequency": `{"indicator":"unemployment_rate","frequency":"weekly"}`,
	} {
		_, err := call(t, tool, args)
		wantArgError(t, err, field)
	}
}

// dimensionCounter counts the catalogue reads of the store it wraps.
type dimensionCounter struct {
	tools.IndicatorStore
	reads int
}

func (d *dimensionCounter) Dimensions(ctx context.Context) (tools.Dimensions, error) {
	d.reads++
	return d.IndicatorStore.Dimensions(ctx)
}

// A question on a defined indicator and a standard age band needs no
// catalogue (on PostgreSQL, one round trip instead of two); a value only
// the catalogue knows (an age band the store added), or a wrong one, is
// still checked against it.
func TestIndicatorSeriesReadsTheCatalogueOnlyWhenNeeded(t *testing.T) {
	store := &dimensionCounter{IndicatorStore: indicatorStore(t)}
	tool := tools.SeriesTool{Store: store}
	d, _ := mustCall[tools.SeriesResult](t, tool, `{"indicator":"unemployment_rate","sex":"female","from":"2023"}`)
	if len(d.Observations) == 0 || store.reads != 0 {
		t.Fatalf("%d observations, %d catalogue reads; want figures and no read", len(d.Observations), store.reads)
	}
	_, err := call(t, tool, `{"indicator":"unemployment_rate","age":"16-17"}`)
	wantArgError(t, err, "age")
	if store.reads != 1 {
		t.Errorf("an unknown age band was refused after %d catalogue reads, want 1", store.reads)
	}
}

// readCounter counts the reads of the store it wraps.
type readCounter struct {
	tools.IndicatorStore
	reads []string
}

func (r *readCounter) Series(ctx context.Context, q tools.SeriesQuery) ([]tools.Observation, error) {
	r.reads = append(r.reads, "series")
	return r.IndicatorStore.Series(ctx, q)
}

func (r *readCounter) Periods(ctx context.Context, indicator string, c tools.Cell) ([]string, error) {
	r.reads = append(r.reads, "periods")
	return r.IndicatorStore.Periods(ctx, indicator, c)
}

func (r *readCounter) Cells(ctx context.Context, indicator string) ([]tools.Cell, error) {
	r.reads = append(r.reads, "cells")
	return r.IndicatorStore.Cells(ctx, indicator)
}

// lendCounter is readCounter with the embedded store's LendSeries.
type lendCounter struct {
	readCounter
	lender tools.SeriesLender
}

func (r *lendCounter) LendSeries(ctx context.Context, q tools.SeriesQuery, f func([]tools.Observation)) error {
	r.reads = append(r.reads, "lend")
	return r.lender.LendSeries(ctx, q, f)
}

// A store that lends its series is read once too, by LendSeries, and the
// tool's observations are its own: the store's series is left as it was.
func TestIndicatorSeriesReadsALenderOnce(t *testing.T) {
	inner := indicatorStore(t)
	store := &lendCounter{readCounter: readCounter{IndicatorStore: inner}, lender: inner.(tools.SeriesLender)}
	tool := tools.SeriesTool{Store: store}
	ctx := context.Background()
	whole := tools.SeriesQuery{Indicator: "unemployment_rate"}
	before, _ := inner.Series(ctx, whole)
	d, _ := mustCall[tools.SeriesResult](t, tool, `{"indicator":"unemployment_rate","from":"2023","frequency":"annual"}`)
	if len(d.Observations) != 2 || !cmp.Equal(store.reads, []string{"lend"}) {
		t.Fatalf("kept %d observations after reads %v; want 2 after one lend", len(d.Observations), store.reads)
	}
	d.Observations[0].Value = -1
	if after, _ := inner.Series(ctx, whole); !cmp.Equal(before, after) {
		t.Errorf("the store's series changed with the tool's result: %v, was %v", after, before)
	}
	store.reads = nil
	d, _ = mustCall[tools.SeriesResult](t, tool, `{"indicator":"unemployment_rate","geo":"MA-02","from":"2019","to":"2020"}`)
	if d.Available == nil || !cmp.Equal(d.Available.Periods, []string{"2024"}) || !cmp.Equal(store.reads, []string{"lend"}) {
		t.Errorf("out of range: available %+v after reads %v; want the periods of MA-02 after one lend", d.Available, store.reads)
	}
}

// A range the cell has nothing in is answered, with what exists, from
// one read of the store (one round trip on PostgreSQL, where it was
// two); a cell with nothing at all reads the indicator's cells too.
func TestIndicatorSeriesSaysWhatExistsFromOneRead(t *testing.T) {
	store := &readCounter{IndicatorStore: indicatorStore(t)}
	tool := tools.SeriesTool{Store: store}
	d, _ := mustCall[tools.SeriesResult](t, tool, `{"indicator":"unemployment_rate","geo":"MA-02","from":"2019","to":"2020"}`)
	if d.Available == nil || !cmp.Equal(d.Available.Periods, []string{"2024"}) || !cmp.Equal(store.reads, []string{"series"}) {
		t.Errorf("out of range: available %+v after reads %v; want the periods of MA-02 after one series read", d.Available, store.reads)
	}
	store.reads = nil
	d, _ = mustCall[tools.SeriesResult](t, tool, `{"indicator":"unemployment_rate","geo":"MA-02","sex":"female","area":"rural"}`)
	if d.Available == nil || len(d.Available.Cells) == 0 || !cmp.Equal(store.reads, []string{"series", "cells"}) {
		t.Errorf("empty cell: available %+v after reads %v; want the indicator's cells after a series and a cells read", d.Available, store.reads)
	}
}

// Keep filters in place and keeps order; with no bounds it keeps all.
func TestSeriesQueryKeep(t *testing.T) {
	obs := []tools.Observation{{Period: "2022"}, {Period: "2023-Q1"}, {Period: "2023"}, {Period: "2024"}}
	got := tools.SeriesQuery{From: "2023", Frequency: "annual"}.Keep(slices.Clone(obs))
	var periods []string
	for _, o := range got {
		periods = append(periods, o.Period)
	}
	if !slices.Equal(periods, []string{"2023", "2024"}) {
		t.Errorf("Keep from 2023, annual = %v", periods)
	}
	if got := (tools.SeriesQuery{}).Keep(obs); len(got) != len(obs) {
		t.Errorf("Keep without bounds kept %d of %d", len(got), len(obs))
	}
}

// Kept returns what Keep keeps, in an array of its own, never nil.
func TestSeriesQueryKept(t *testing.T) {
	obs := []tools.Observation{{Period: "2022"}, {Period: "2023-Q1"}, {Period: "2023"}, {Period: "2024"}}
	for _, q := range []tools.SeriesQuery{{}, {From: "2023", Frequency: "annual"}, {Frequency: "quarterly"}, {From: "2030"}} {
		orig := slices.Clone(obs)
		got := q.Kept(obs)
		if want := q.Keep(slices.Clone(obs)); got == nil || !slices.Equal(got, want) {
			t.Errorf("%+v: Kept = %v, want %v (not nil)", q, got, want)
		}
		if !slices.Equal(obs, orig) {
			t.Errorf("%+v: Kept changed its input: %v", q, obs)
		}
		if len(got) > 0 && &got[0] == &obs[0] {
			t.Errorf("%+v: Kept shares its input's array", q)
		}
	}
	if got := (tools.SeriesQuery{}).Kept(nil); got == nil || len(got) != 0 {
		t.Errorf("Kept(nil) = %#v, want an empty slice", got)
	}
}
