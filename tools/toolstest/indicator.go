// Package toolstest holds the conformance suite every tools.IndicatorStore
// must pass, in the manner of testing/fstest: one function, run against
// each backend.
package toolstest

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/marsad/marsad/tools"
)

// NewStore returns an empty store for one subtest; the suite closes it.
type NewStore func(t *testing.T) tools.IndicatorStore

func obs(ind, geo, sex, period string, v float64) tools.Observation {
	return tools.Observation{Indicator: ind, Geo: geo, Area: "total", Sex: sex, Age: "15+", Diploma: "total",
		Period: period, Value: v, Unit: "percent", Publisher: "HCP", ReportedBy: "test", SourceURL: "https://example.ma/" + period}
}

// Fixture is the data set the suite loads.
func Fixture() []tools.Observation {
	return []tools.Observation{
		obs("unemployment_rate", "MA", "total", "2023", 13.0),
		obs("unemployment_rate", "MA", "total", "2024", 13.3),
		obs("unemployment_rate", "MA", "total", "2024-Q1", 13.7),
		obs("unemployment_rate", "MA", "total", "2024-Q3", 13.6),
		obs("unemployment_rate", "MA", "total", "2022", 11.8),
		obs("unemployment_rate", "MA", "female", "2024", 19.4),
		obs("unemployment_rate", "MA", "male", "2024", 11.6),
		obs("unemployment_rate", "MA-02", "total", "2024", 21.1),
		obs("unemployment_rate", "MA-06", "total", "2024", 15.1),
		obs("unemployment_rate", "MA-07", "total", "2024", 8.8),
		obs("unemployment_rate", "MA-SUD", "total", "2024", 17.8),
		obs("activity_rate", "MA", "total", "2024", 43.6),
	}
}

func mustLoad(t *testing.T, s tools.IndicatorStore, o []tools.Observation) tools.LoadSummary {
	t.Helper()
	sum, err := s.Load(context.Background(), o)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return sum
}

func periods(obs []tools.Observation) []string {
	out := make([]string, len(obs))
	for i, o := range obs {
		out[i] = o.Period
	}
	return out
}

func geos(obs []tools.Observation) []string {
	out := make([]string, len(obs))
	for i, o := range obs {
		out[i] = o.Geo + ":" + o.Sex
	}
	return out
}

// TestIndicatorStore runs the conformance suite.
func TestIndicatorStore(t *testing.T, newStore NewStore) {
	run := func(name string, f func(t *testing.T, s tools.IndicatorStore)) {
		t.Run(name, func(t *testing.T) {
			s := newStore(t)
			defer s.Close()
			f(t, s)
		})
	}
	run("empty store answers empty", testEmpty)
	run("load counts inserts then nothing on reload", testLoadIdempotent)
	run("corrected value replaces old and is reported", testCorrection)
	run("bad row refuses whole batch", testAtomic)
	run("series ordered by period with range and frequency", testSeries)
	run("compare ranks highest first without aggregate", testCompare)
	run("periods cells and dimensions", testCatalog)
	run("concurrent readers and a writer", testConcurrent)
	run("series and relay recorded with the figures", testSeriesRecorded)
	run("indicator_series JSON as pinned", testSeriesToolJSON)
	run("a lender lends what Series returns", testLendSeries)
}

// testLendSeries checks that a store that lends its series
// (tools.SeriesLender) lends what Series returns, for every query of
// testSeries; a store that does not lend passes.
func testLendSeries(t *testing.T, s tools.IndicatorStore) {
	l, ok := s.(tools.SeriesLender)
	if !ok {
		return
	}
	mustLoad(t, s, Fixture())
	ctx := context.Background()
	for _, q := range []tools.SeriesQuery{
		{Indicator: "unemployment_rate"},
		{Indicator: "unemployment_rate", Frequency: "quarterly"},
		{Indicator: "unemployment_rate", From: "2024", To: "2024"},
		{Indicator: "unemployment_rate", From: "2023", Frequency: "annual"},
		{Indicator: "unemployment_rate", Cell: tools.Cell{Sex: "female"}},
		{Indicator: "unemployment_rate", Cell: tools.Cell{Geo: "MA-12"}},
	} {
		want, err := s.Series(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		calls := 0
		err = l.LendSeries(ctx, q, func(got []tools.Observation) {
			calls++
			if d := cmp.Diff(want, got, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("%+v: lent (-series +lent):\n%s", q, d)
			}
		})
		if err != nil || calls != 1 {
			t.Errorf("%+v: LendSeries called f %d times, err %v; want once, nil", q, calls, err)
		}
	}
}

func testEmpty(t *testing.T, s tools.IndicatorStore) {
	ctx := context.Background()
	got, err := s.Series(ctx, tools.SeriesQuery{Indicator: "unemployment_rate"})
	if err != nil || got == nil || len(got) != 0 {
		t.Fatalf("Series on empty = %v, %v; want empty non-nil slice", got, err)
	}
	cmpd, err := s.Compare(ctx, tools.CompareQuery{Indicator: "unemployment_rate", Period: "2024", By: "geo"})
	if err != nil || len(cmpd) != 0 {
		t.Fatalf("Compare on empty = %v, %v", cmpd, err)
	}
}

func testLoadIdempotent(t *testing.T, s tools.IndicatorStore) {
	sum := mustLoad(t, s, Fixture())
	if sum.Read != 12 || sum.Inserted != 12 || sum.Updated != 0 {
		t.Fatalf("first load = %+v, want 12 inserted", sum)
	}
	sum = mustLoad(t, s, Fixture())
	if sum.Inserted != 0 || sum.Updated != 0 || sum.Unchanged != 12 || len(sum.Changes) != 0 {
		t.Fatalf("reload = %+v, want 12 unchanged", sum)
	}
}

func testCorrection(t *testing.T, s tools.IndicatorStore) {
	mustLoad(t, s, Fixture())
	fixed := obs("unemployment_rate", "MA", "total", "2024", 13.4)
	sum := mustLoad(t, s, []tools.Observation{fixed})
	want := []tools.Change{{Key: fixed.Key(), Old: 13.3, New: 13.4}}
	if sum.Updated != 1 || !cmp.Equal(sum.Changes, want) {
		t.Fatalf("correction summary = %+v, want changes %v", sum, want)
	}
	got, _ := s.Series(context.Background(), tools.SeriesQuery{Indicator: "unemployment_rate", From: "2024", To: "2024", Frequency: "annual"})
	if len(got) != 1 || got[0].Value != 13.4 {
		t.Fatalf("after correction series = %+v", got)
	}
}

func testAtomic(t *testing.T, s tools.IndicatorStore) {
	mustLoad(t, s, Fixture()[:2])
	bad := []tools.Observation{obs("unemployment_rate", "MA", "total", "2019", 9.2), obs("unemployment_rate", "MA-13", "total", "2019", 9.2)}
	bad = append(bad, obs("unemployment_rate", "MA", "total", "2023", 99))
	_, err := s.Load(context.Background(), bad)
	if !errors.Is(err, tools.ErrBadData) {
		t.Fatalf("Load with bad geo: err = %v, want ErrBadData", err)
	}
	got, _ := s.Series(context.Background(), tools.SeriesQuery{Indicator: "unemployment_rate"})
	if d := cmp.Diff([]string{"2023", "2024"}, periods(got)); d != "" {
		t.Fatalf("store changed by a refused batch (-want +got):\n%s", d)
	}
	if got[0].Value != 13.0 {
		t.Fatalf("2023 value = %v, want 13 kept", got[0].Value)
	}
}

func testSeries(t *testing.T, s tools.IndicatorStore) {
	mustLoad(t, s, Fixture())
	ctx := context.Background()
	cases := []struct {
		name string
		q    tools.SeriesQuery
		want []string
	}{
		{"all", tools.SeriesQuery{Indicator: "unemployment_rate"}, []string{"2022", "2023", "2024", "2024-Q1", "2024-Q3"}},
		{"annual", tools.SeriesQuery{Indicator: "unemployment_rate", Frequency: "annual"}, []string{"2022", "2023", "2024"}},
		{"quarterly", tools.SeriesQuery{Indicator: "unemployment_rate", Frequency: "quarterly"}, []string{"2024-Q1", "2024-Q3"}},
		{"year bound covers quarters", tools.SeriesQuery{Indicator: "unemployment_rate", From: "2024", To: "2024"}, []string{"2024", "2024-Q1", "2024-Q3"}},
		{"from", tools.SeriesQuery{Indicator: "unemployment_rate", From: "2023", Frequency: "annual"}, []string{"2023", "2024"}},
		{"quarter bounds", tools.SeriesQuery{Indicator: "unemployment_rate", From: "2024-Q2", To: "2024-Q4"}, []string{"2024-Q3"}},
		{"female cell", tools.SeriesQuery{Indicator: "unemployment_rate", Cell: tools.Cell{Sex: "female"}}, []string{"2024"}},
		{"no such cell", tools.SeriesQuery{Indicator: "unemployment_rate", Cell: tools.Cell{Geo: "MA-12"}}, []string{}},
	}
	for _, c := range cases {
		got, err := s.Series(ctx, c.q)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if d := cmp.Diff(c.want, periods(got)); d != "" {
			t.Errorf("%s: periods (-want +got):\n%s", c.name, d)
		}
	}
	got, _ := s.Series(ctx, tools.SeriesQuery{Indicator: "unemployment_rate", Cell: tools.Cell{Sex: "female"}})
	if want := obs("unemployment_rate", "MA", "female", "2024", 19.4); len(got) != 1 || got[0] != want {
		t.Errorf("female 2024 = %+v, want %+v", got, want)
	}
}

func testCompare(t *testing.T, s tools.IndicatorStore) {
	mustLoad(t, s, Fixture())
	ctx := context.Background()
	cases := []struct {
		name string
		q    tools.CompareQuery
		want []string
	}{
		{"regions", tools.CompareQuery{Indicator: "unemployment_rate", Period: "2024", By: "geo"}, []string{"MA-02:total", "MA-SUD:total", "MA-06:total", "MA-07:total"}},
		{"chosen regions", tools.CompareQuery{Indicator: "unemployment_rate", Period: "2024", By: "geo", Geos: []string{"MA-07", "MA-06"}}, []string{"MA-06:total", "MA-07:total"}},
		{"sexes", tools.CompareQuery{Indicator: "unemployment_rate", Period: "2024", By: "sex"}, []string{"MA:female", "MA:male"}},
		{"period without comparison", tools.CompareQuery{Indicator: "unemployment_rate", Period: "2023", By: "geo"}, []string{}},
	}
	for _, c := range cases {
		got, err := s.Compare(ctx, c.q)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if d := cmp.Diff(c.want, geos(got)); d != "" {
			t.Errorf("%s: (-want +got):\n%s", c.name, d)
		}
	}
}

func testCatalog(t *testing.T, s tools.IndicatorStore) {
	mustLoad(t, s, Fixture())
	ctx := context.Background()
	ps, err := s.Periods(ctx, "unemployment_rate", tools.Cell{})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"2022", "2023", "2024", "2024-Q1", "2024-Q3"}, ps); d != "" {
		t.Errorf("Periods (-want +got):\n%s", d)
	}
	cells, err := s.Cells(ctx, "activity_rate")
	if err != nil {
		t.Fatal(err)
	}
	if want := []tools.Cell{{Geo: "MA", Area: "total", Sex: "total", Age: "15+", Diploma: "total"}}; !cmp.Equal(want, cells) {
		t.Errorf("Cells = %+v, want %+v", cells, want)
	}
	d, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := tools.Dimensions{
		Indicators: []string{"activity_rate", "unemployment_rate"},
		Geos:       []string{"MA", "MA-02", "MA-06", "MA-07", "MA-SUD"},
		Areas:      []string{"total"}, Sexes: []string{"female", "male", "total"},
		Ages: []string{"15+"}, Diplomas: []string{"total"},
		Periods: []string{"2022", "2023", "2024", "2024-Q1", "2024-Q3"},
	}
	if diff := cmp.Diff(want, d); diff != "" {
		t.Errorf("Dimensions (-want +got):\n%s", diff)
	}
}

func testConcurrent(t *testing.T, s tools.IndicatorStore) {
	mustLoad(t, s, Fixture())
	ctx := context.Background()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				if i == 0 {
					o := obs("unemployment_rate", "MA", "total", "2024", 13.3+float64(j%2)/10)
					if _, err := s.Load(ctx, []tools.Observation{o}); err != nil {
						t.Error(err)
					}
					continue
				}
				got, err := s.Series(ctx, tools.SeriesQuery{Indicator: "unemployment_rate", Frequency: "annual"})
				if err != nil || len(got) != 3 {
					t.Errorf("concurrent Series = %d rows, %v", len(got), err)
				}
			}
		}(i)
	}
	wg.Wait()
}
