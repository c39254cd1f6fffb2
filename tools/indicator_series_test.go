package tools_test

import (
	"context"
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
