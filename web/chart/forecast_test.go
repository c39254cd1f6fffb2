package chart

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/forecast"
)

func forecastResult() tools.ForecastResult {
	d := tools.ForecastResult{Occupation: "2221", OccupationName: "Infirmier", Region: "MA-06", Horizon: 3}
	for i, v := range []float64{40, 42, 39, 45} {
		d.History = append(d.History, tools.MonthAds{Month: "2025-0" + string(rune('5'+i)), Ads: v})
	}
	d.Points = []forecast.Point{{Period: "2025-09", Value: 44, Lo: 35, Hi: 57}, {Period: "2025-10", Value: 43, Lo: 31, Hi: 58}, {Period: "2025-11", Value: 46, Lo: 30, Hi: 61}}
	return d
}

// One occupation's forecast draws its history solid and its projection
// dashed over the band of its interval, which the table gives too.
func TestForecastChartShowsHistoryProjectionAndInterval(t *testing.T) {
	for _, l := range []string{"fr", "ar"} {
		f, ok, err := figureOf(l, tools.Result{Tool: tools.NameForecastDemand, Data: forecastResult()})
		if err != nil || !ok {
			t.Fatalf("%s: ok %v err %v", l, ok, err)
		}
		tab := f.table()
		if len(tab.Rows) != 7 || len(tab.Columns) != 3 || tab.Rows[3][2] != "" || tab.Rows[4][2] != "35–57" {
			t.Fatalf("%s: table %+v", l, tab)
		}
		svg := string(f.svg())
		for _, want := range []string{`stroke-dasharray="6 4"`, "<polygon", "<polyline"} {
			if !strings.Contains(svg, want) {
				t.Errorf("%s: the picture has no %s", l, want)
			}
		}
		if rtl := strings.Contains(svg, `direction="rtl"`); rtl != (l == "ar") {
			t.Errorf("%s: right to left = %v", l, rtl)
		}
		if !strings.Contains(f.caption, "Marsad") || f.legend == "" {
			t.Errorf("%s: caption %q legend %q", l, f.caption, f.legend)
		}
	}
	d := forecastResult()
	d.Occupation, d.Points, d.History = "", nil, nil
	d.Rows = []tools.ForecastRow{{Rank: 1, Code: "2221"}, {Rank: 2, Code: "2512"}}
	if _, ok, err := figureOf("fr", tools.Result{Tool: tools.NameForecastDemand, Data: d}); ok || err != nil {
		t.Errorf("a ranking: chart %v, err %v; want none", ok, err)
	}
}
