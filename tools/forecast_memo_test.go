package tools_test

import (
	"reflect"
	"testing"

	"github.com/marsad/marsad/tools"
)

// A memo changes the cost of a forecast, never its result: the same
// questions answered with and without one, twice, give the same data.
func TestForecastMemoGivesTheSameResults(t *testing.T) {
	plain := forecastTool(t)
	memo := plain
	memo.Memo = &tools.ForecastMemo{}
	for _, args := range []string{`{}`, `{"region":"MA-06","horizon":3}`, `{"occupation":"2512"}`,
		`{"occupation":"2512","region":"MA-01","horizon":12}`, `{"occupation":"2512","horizon":3}`} {
		want, err := call(t, plain, args)
		if err != nil {
			t.Fatalf("%s: %v", args, err)
		}
		for round := 1; round <= 2; round++ {
			got, err := call(t, memo, args)
			if err != nil {
				t.Fatalf("%s, round %d: %v", args, round, err)
			}
			if !reflect.DeepEqual(got.Data, want.Data) {
				t.Errorf("%s, round %d: with a memo\n%+v\nwithout\n%+v", args, round, got.Data, want.Data)
			}
		}
	}
}

// An entry made from one history is not served for another that covers
// other months, even through the same memo.
func TestForecastMemoFollowsTheHistory(t *testing.T) {
	memo := &tools.ForecastMemo{}
	rows := historyRows()
	long, err := tools.NewMemoryAdHistory(rows, "test generator", true)
	if err != nil {
		t.Fatal(err)
	}
	var shorter []tools.MonthlyAdCount
	for _, r := range rows {
		if r.Month < "2023-01" {
			shorter = append(shorter, r)
		}
	}
	short, err := tools.NewMemoryAdHistory(shorter, "test generator", true)
	if err != nil {
		t.Fatal(err)
	}
	args := `{"occupation":"2512","horizon":3}`
	a, _ := forecastDataOf(t, tools.ForecastTool{History: long, Memo: memo}, args)
	b, _ := forecastDataOf(t, tools.ForecastTool{History: short, Memo: memo}, args)
	if len(a.Points) == 0 || len(b.Points) == 0 {
		t.Fatalf("no forecast: %+v / %+v", a, b)
	}
	if a.Points[0].Period == b.Points[0].Period {
		t.Errorf("both histories forecast from %s: the memo served one history's forecast for the other", a.Points[0].Period)
	}
}

// BenchmarkForecastDemandRanking is "which jobs will be in demand?" over
// the test history, made afresh (none) and asked again (memo).
func BenchmarkForecastDemandRanking(b *testing.B) {
	h, err := tools.NewMemoryAdHistory(historyRows(), "test generator", true)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		memo *tools.ForecastMemo
	}{{"none", nil}, {"memo", &tools.ForecastMemo{}}} {
		tool := tools.ForecastTool{History: h, Memo: c.memo}
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := tool.Call(b.Context(), []byte(`{}`)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
