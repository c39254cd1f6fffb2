package tools_test

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/marsad/marsad/tools"
)

// historyRows is a history of 60 months (2020-01 … 2024-12) in Casablanca
// (MA-06) and Tanger (MA-01): nurses (2221) growing, developers (2512)
// growing faster, welders (7212) declining, each with a yearly season and
// a fixed pseudo-random noise; cooks (5120) only from 2023-05, 20 months,
// too few to forecast.
func historyRows() []tools.MonthlyAdCount {
	type occ struct {
		code  string
		base  float64
		trend float64 // per month, relative
		from  int     // first month index
	}
	occs := []occ{{"2221", 80, 0.004, 0}, {"2512", 120, 0.012, 0}, {"7212", 90, -0.008, 0}, {"5120", 40, 0, 40}}
	seed := uint32(7)
	noise := func() float64 { // a small LCG: the same noise at every run
		seed = seed*1664525 + 1013904223
		return float64(seed>>8)/float64(1<<24) - 0.5
	}
	var rows []tools.MonthlyAdCount
	for _, o := range occs {
		for _, region := range []string{"MA-06", "MA-01"} {
			scale := 1.0
			if region == "MA-01" {
				scale = 0.4
			}
			for i := o.from; i < 60; i++ {
				season := 1 + 0.2*math.Sin(2*math.Pi*float64(i%12)/12)
				v := scale * o.base * math.Exp(o.trend*float64(i)) * season * (1 + 0.06*noise())
				rows = append(rows, tools.MonthlyAdCount{Month: fmt.Sprintf("%d-%02d", 2020+i/12, i%12+1),
					Occupation: o.code, Region: region, Ads: int(math.Round(v))})
			}
		}
	}
	return rows
}

func forecastTool(t *testing.T) tools.ForecastTool {
	t.Helper()
	h, err := tools.NewMemoryAdHistory(historyRows(), "test generator", true)
	if err != nil {
		t.Fatal(err)
	}
	return tools.ForecastTool{History: h}
}

func forecastData(t *testing.T, args string) (tools.ForecastResult, tools.Result) {
	t.Helper()
	return forecastDataOf(t, forecastTool(t), args)
}

func forecastDataOf(t *testing.T, tool tools.ForecastTool, args string) (tools.ForecastResult, tools.Result) {
	t.Helper()
	res, err := call(t, tool, args)
	if err != nil {
		t.Fatalf("%s: %v", args, err)
	}
	d, err := tools.DataAs[tools.ForecastResult](res)
	if err != nil {
		t.Fatal(err)
	}
	return d, res
}

// cell returns the ads of one history cell.
func cell(month, code, region string) float64 {
	for _, r := range historyRows() {
		if r.Month == month && r.Occupation == code && r.Region == region {
			return float64(r.Ads)
		}
	}
	return -1
}

// An occupation named in words is forecast nationally from the sum of its
// regions: 24 months of history, 6 points with their interval, the
// method and its backtest error, a growth against the year before, and
// the citation of a demo projection.
func TestForecastDemandOneOccupationNationally(t *testing.T) {
	d, res := forecastData(t, `{"occupation":"infirmier"}`)
	if d.Occupation != "2221" || d.Region != "" || d.Horizon != tools.DefaultHorizon || d.AskedHorizon != 0 {
		t.Fatalf("occupation %q region %q horizon %d/%d", d.Occupation, d.Region, d.Horizon, d.AskedHorizon)
	}
	if len(d.History) != 24 || d.History[23].Month != "2024-12" || d.History[0].Month != "2023-01" {
		t.Fatalf("history = %v, want 2023-01 … 2024-12", d.History)
	}
	if want := cell("2024-12", "2221", "MA-06") + cell("2024-12", "2221", "MA-01"); d.History[23].Ads != want {
		t.Errorf("national 2024-12 = %g, want the sum of the regions %g", d.History[23].Ads, want)
	}
	if len(d.Points) != 6 || d.Points[0].Period != "2025-01" || d.Points[5].Period != "2025-06" {
		t.Fatalf("points = %v", d.Points)
	}
	for _, p := range d.Points {
		if !(p.Lo <= p.Value && p.Value <= p.Hi) || p.Lo < 0 {
			t.Errorf("point %+v: want 0 ≤ lo ≤ value ≤ hi", p)
		}
	}
	if d.Method == "" || d.MASE <= 0 || d.SMAPE <= 0 || d.Fallback && d.Method != "seasonal_naive" || !d.Fallback && d.MASE >= 1 {
		t.Errorf("method %q fallback %v MASE %g sMAPE %g", d.Method, d.Fallback, d.MASE, d.SMAPE)
	}
	if d.Growth == nil || d.Growth.Change == nil || *d.Growth.Change <= 0 || d.Growth.From != "2025-01" || d.Growth.To != "2025-06" {
		t.Fatalf("growth = %+v, want a rise from 2025-01 to 2025-06", d.Growth)
	}
	if !d.Source.Demo || d.Source.From != "2020-01" || d.Source.To != "2024-12" {
		t.Errorf("source = %+v", d.Source)
	}
	if len(res.Citations) != 1 || res.Citations[0].Kind != tools.KindProjection || !res.Citations[0].Demo {
		t.Errorf("citations = %+v, want one demo projection", res.Citations)
	}
}

// A region named by a city reads that region's counts only.
func TestForecastDemandOneRegion(t *testing.T) {
	d, _ := forecastData(t, `{"occupation":"2221","region":"Tanger","horizon":3}`)
	if d.Region != "MA-01" || len(d.Points) != 3 {
		t.Fatalf("region %q, %d points", d.Region, len(d.Points))
	}
	if want := cell("2024-12", "2221", "MA-01"); d.History[23].Ads != want {
		t.Errorf("2024-12 in MA-01 = %g, want %g", d.History[23].Ads, want)
	}
	nat, _ := forecastData(t, `{"occupation":"2221","horizon":3}`)
	if d.Points[0].Value >= nat.Points[0].Value {
		t.Errorf("Tanger's forecast %g is not below the country's %g", d.Points[0].Value, nat.Points[0].Value)
	}
}

// Without an occupation, the occupations are ranked by forecast growth,
// and the one with too short a history is counted apart.
func TestForecastDemandRanksOccupations(t *testing.T) {
	d, _ := forecastData(t, `{"horizon":12}`)
	if d.Ranked != 3 || d.NoForecast != 1 || len(d.Rows) != 3 {
		t.Fatalf("ranked %d, no forecast %d, rows %+v", d.Ranked, d.NoForecast, d.Rows)
	}
	if d.Rows[0].Code != "2512" || d.Rows[2].Code != "7212" {
		t.Fatalf("order = %s, %s, %s; want developers first, welders last", d.Rows[0].Code, d.Rows[1].Code, d.Rows[2].Code)
	}
	for i, r := range d.Rows {
		if r.Rank != i+1 || r.Growth.Change == nil || r.Method == "" || r.Name == "" {
			t.Errorf("row %+v", r)
		}
	}
	if *d.Rows[2].Growth.Change >= 0 {
		t.Errorf("welders' change = %g, want a fall", *d.Rows[2].Growth.Change)
	}
	one, _ := forecastData(t, `{"horizon":12,"limit":1}`)
	if len(one.Rows) != 1 || one.Ranked != 3 {
		t.Errorf("limit 1: %d rows of %d ranked", len(one.Rows), one.Ranked)
	}
}

// A horizon beyond a year is answered for 12 months, and says what was
// asked; a negative one is refused.
func TestForecastDemandHorizonBeyondAYear(t *testing.T) {
	d, _ := forecastData(t, `{"occupation":"2512","horizon":60}`)
	if d.Horizon != tools.MaxHorizon || d.AskedHorizon != 60 || len(d.Points) != 12 {
		t.Fatalf("horizon %d asked %d points %d", d.Horizon, d.AskedHorizon, len(d.Points))
	}
	_, err := call(t, forecastTool(t), `{"occupation":"2512","horizon":-2}`)
	var ae *tools.ArgError
	if !errors.As(err, &ae) || ae.Field != "horizon" {
		t.Fatalf("horizon -2: err = %v, want an ArgError on horizon", err)
	}
}

// An occupation Marsad cannot read, or one the history does not cover,
// is refused on the field occupation with the occupations it covers.
func TestForecastDemandUnknownOccupation(t *testing.T) {
	for _, occ := range []string{"astronaute quantique", "pharmacien"} {
		_, err := call(t, forecastTool(t), `{"occupation":"`+occ+`"}`)
		var ae *tools.ArgError
		if !errors.Is(err, tools.ErrBadArgs) || !errors.As(err, &ae) || ae.Field != "occupation" || len(ae.Valid) != 4 {
			t.Errorf("%s: err = %v, want an ArgError on occupation listing the 4 covered", occ, err)
		}
	}
	_, err := call(t, forecastTool(t), `{"occupation":"2221","region":"Paris"}`)
	var ae *tools.ArgError
	if !errors.As(err, &ae) || ae.Field != "region" {
		t.Errorf("Paris: err = %v, want an ArgError on region", err)
	}
}

// A series too short gets no forecast, and the result says how many
// months it has and needs.
func TestForecastDemandTooShortSeries(t *testing.T) {
	d, _ := forecastData(t, `{"occupation":"5120"}`)
	if d.TooShort == nil || d.TooShort.Found != 20 || d.TooShort.Needed != 36 {
		t.Fatalf("too short = %+v, want 20 found, 36 needed", d.TooShort)
	}
	if len(d.Points) != 0 || d.Growth != nil || d.Method != "" || len(d.History) != 20 {
		t.Errorf("a too-short series has points %v growth %v method %q history %d", d.Points, d.Growth, d.Method, len(d.History))
	}
}

// A history with a repeated cell or a bad month is refused, naming the row.
func TestMemoryAdHistoryRejectsBadRows(t *testing.T) {
	rows := slices.Clip(historyRows()[:3]) // each append below copies
	for name, bad := range map[string][]tools.MonthlyAdCount{
		"repeat":   append(rows, rows[1]),
		"month":    append(rows, tools.MonthlyAdCount{Month: "2024-13", Occupation: "2221", Region: "MA-06"}),
		"negative": append(rows, tools.MonthlyAdCount{Month: "2019-01", Occupation: "2221", Region: "MA-06", Ads: -1}),
	} {
		_, err := tools.NewMemoryAdHistory(bad, "x", false)
		if !errors.Is(err, tools.ErrBadData) {
			t.Errorf("%s: err = %v, want ErrBadData", name, err)
		}
	}
}

// The schema is a tool definition a model can call.
func TestForecastDemandSchema(t *testing.T) {
	tool := forecastTool(t)
	s := tool.Schema()
	props, ok := s["properties"].(map[string]any)
	if s["type"] != "object" || !ok || s["additionalProperties"] != false || tool.Description() == "" || tool.Name() != tools.NameForecastDemand {
		t.Fatalf("schema %v", s)
	}
	for _, p := range []string{"occupation", "region", "horizon", "lang"} {
		if props[p] == nil {
			t.Errorf("no property %s", p)
		}
	}
	if _, err := call(t, tool, `{"occupation":"2221","horizon":"six"}`); !errors.Is(err, tools.ErrBadArgs) {
		t.Errorf("a horizon in words: err = %v, want ErrBadArgs", err)
	}
}
