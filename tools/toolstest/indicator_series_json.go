package toolstest

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/marsad/marsad/tools"
)

// seriesJSONFixture is a cell whose figures come from several sources:
// one page cited for several periods, a relay seen on one of them only,
// a publisher's page read through two relays, figures without an
// address (cited by publisher and relay), and periods on both sides of
// the 2017 survey break.
func seriesJSONFixture() []tools.Observation {
	o := func(period string, v float64, url, reported, relay string) tools.Observation {
		x := obs("unemployment_rate", "MA-05", "female", period, v)
		x.SourceURL, x.ReportedBy, x.RelayURL = url, reported, relay
		return x
	}
	pre := o("2015", 9.7, "https://www.hcp.ma/ene-2015.html", "", "")
	pre.Series = tools.SeriesENEPre2017
	return []tools.Observation{
		pre,
		o("2016", 9.4, "", "Le Matin", ""),
		o("2018", 9.8, "", "Le Matin", ""),
		o("2019", 9.2, "https://www.hcp.ma/ene.html", "", ""),
		o("2020", 11.9, "https://www.hcp.ma/ene.html", "LNT", "https://lnt.ma/chomage-2020"),
		o("2021", 12.3, "https://www.hcp.ma/ene.html", "", ""),
		o("2022", 11.8, "https://www.hcp.ma/ene-relays.html", "LNT", "https://lnt.ma/chomage-2022"),
		o("2023", 13.0, "https://www.hcp.ma/ene-relays.html", "Médias24", "https://medias24.com/2023"),
		o("2024-Q1", 13.7, "https://www.hcp.ma/ene.html", "", ""),
		o("2024-Q3", 13.6, "https://www.hcp.ma/ene-q3.html", "LNT", "https://lnt.ma/t3"),
	}
}

// testSeriesToolJSON pins the JSON of indicator_series results, byte for
// byte, as the model and the clients read them: the observations, the
// breaks and the merged citations of a whole series, of a range, of one
// frequency, of a range holding nothing and of a cell with nothing.
//
// A store that lends its series (tools.SeriesLender) is read both ways:
// through LendSeries, and through Series with LendSeries hidden.
func testSeriesToolJSON(t *testing.T, s tools.IndicatorStore) {
	mustLoad(t, s, seriesJSONFixture())
	stores := map[string]tools.IndicatorStore{"series": struct{ tools.IndicatorStore }{s}}
	if _, ok := s.(tools.SeriesLender); ok {
		stores["lent"] = s
	}
	for way, store := range stores {
		t.Run(way, func(t *testing.T) { checkSeriesToolJSON(t, tools.SeriesTool{Store: store}) })
	}
}

func checkSeriesToolJSON(t *testing.T, tool tools.SeriesTool) {
	for _, c := range []struct{ args, want string }{
		{`{"indicator":"unemployment_rate","geo":"MA-05","sex":"female"}`,
			`{"tool":"indicator_series","data":{"indicator":"unemployment_rate","name":"unemployment rate","unit":"percent","cell":{"geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total"},"observations":[{"indicator":"unemployment_rate","geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total","period":"2015","value":9.7,"unit":"percent","publisher":"HCP","source_url":"https://www.hcp.ma/ene-2015.html","series":"ene_pre2017"},{"indicator":"unemployment_rate","geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total","period":"2016","value":9.4,"unit":"percent","publisher":"HCP","reported_by":"Le Matin"},{"indicator":"unemployment_rate","geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total","period":"2018","value":9.8,"unit":"percent","publisher":"HCP","reported_by":"Le Matin"},{"indicator":"unemployment_rate","geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total","period":"2019","value":9.2,"unit":"percent","publisher":"HCP","source_url":"https://www.hcp.ma/ene.html"},{"indicator":"unemployment_rate","geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total","period":"2020","value":11.9,"unit":"percent","publisher":"HCP","reported_by":"LNT","source_url":"https://www.hcp.ma/ene.html","relay_url":"https://lnt.ma/chomage-2020"},{"indicator":"unemployment_rate","geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total","period":"2021","value":12.3,"unit":"percent","publisher":"HCP","source_url":"https://www.hcp.ma/ene.html"},{"indicator":"unemployment_rate","geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total","period":"2022","value":11.8,"unit":"percent","publisher":"HCP","reported_by":"LNT","source_url":"https://www.hcp.ma/ene-relays.html","relay_url":"https://lnt.ma/chomage-2022"},{"indicator":"unemployment_rate","geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total","period":"2023","value":13,"unit":"percent","publisher":"HCP","reported_by":"Médias24","source_url":"https://www.hcp.ma/ene-relays.html","relay_url":"https://medias24.com/2023"},{"indicator":"unemployment_rate","geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total","period":"2024-Q1","value":13.7,"unit":"percent","publisher":"HCP","source_url":"https://www.hcp.ma/ene.html"},{"indicator":"unemployment_rate","geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total","period":"2024-Q3","value":13.6,"unit":"percent","publisher":"HCP","reported_by":"LNT","source_url":"https://www.hcp.ma/ene-q3.html","relay_url":"https://lnt.ma/t3"}],"breaks":[{"id":"ene_2017","from":"2017","what":"HCP reformed its labour survey (ENE) in 2017, with a new sample drawn from the 2014 census: earlier figures are not strictly comparable"}]},"citations":[{"id":"https://www.hcp.ma/ene-2015.html","kind":"official_statistic","publisher":"HCP","period":"2015","url":"https://www.hcp.ma/ene-2015.html","supports":["2015"]},{"id":"HCP/Le Matin","kind":"official_statistic","publisher":"HCP","reported_by":"Le Matin","period":"2016","supports":["2016","2018"]},{"id":"https://www.hcp.ma/ene.html","kind":"official_statistic","publisher":"HCP","period":"2019","url":"https://www.hcp.ma/ene.html","supports":["2019","2020","2021","2024-Q1"]},{"id":"https://www.hcp.ma/ene-relays.html","kind":"official_statistic","publisher":"HCP","period":"2022","url":"https://www.hcp.ma/ene-relays.html","supports":["2022","2023"]},{"id":"https://www.hcp.ma/ene-q3.html","kind":"official_statistic","publisher":"HCP","reported_by":"LNT","period":"2024-Q3","url":"https://www.hcp.ma/ene-q3.html","relay_url":"https://lnt.ma/t3","supports":["2024-Q3"]}]}`},
		{`{"indicator":"unemployment_rate","geo":"MA-05","sex":"female","from":"2020","to":"2024-Q2"}`,
			`{"tool":"indicator_series","data":{"indicator":"unemployment_rate","name":"unemployment rate","unit":"percent","cell":{"geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total"},"observations":[{"indicator":"unemployment_rate","geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total","period":"2020","value":11.9,"unit":"percent","publisher":"HCP","reported_by":"LNT","source_url":"https://www.hcp.ma/ene.html","relay_url":"https://lnt.ma/chomage-2020"},{"indicator":"unemployment_rate","geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total","period":"2021","value":12.3,"unit":"percent","publisher":"HCP","source_url":"https://www.hcp.ma/ene.html"},{"indicator":"unemployment_rate","geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total","period":"2022","value":11.8,"unit":"percent","publisher":"HCP","reported_by":"LNT","source_url":"https://www.hcp.ma/ene-relays.html","relay_url":"https://lnt.ma/chomage-2022"},{"indicator":"unemployment_rate","geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total","period":"2023","value":13,"unit":"percent","publisher":"HCP","reported_by":"Médias24","source_url":"https://www.hcp.ma/ene-relays.html","relay_url":"https://medias24.com/2023"},{"indicator":"unemployment_rate","geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total","period":"2024-Q1","value":13.7,"unit":"percent","publisher":"HCP","source_url":"https://www.hcp.ma/ene.html"}]},"citations":[{"id":"https://www.hcp.ma/ene.html","kind":"official_statistic","publisher":"HCP","period":"2020","url":"https://www.hcp.ma/ene.html","supports":["2020","2021","2024-Q1"]},{"id":"https://www.hcp.ma/ene-relays.html","kind":"official_statistic","publisher":"HCP","period":"2022","url":"https://www.hcp.ma/ene-relays.html","supports":["2022","2023"]}]}`},
		{`{"indicator":"unemployment_rate","geo":"MA-05","sex":"female","frequency":"quarterly"}`,
			`{"tool":"indicator_series","data":{"indicator":"unemployment_rate","name":"unemployment rate","unit":"percent","cell":{"geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total"},"observations":[{"indicator":"unemployment_rate","geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total","period":"2024-Q1","value":13.7,"unit":"percent","publisher":"HCP","source_url":"https://www.hcp.ma/ene.html"},{"indicator":"unemployment_rate","geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total","period":"2024-Q3","value":13.6,"unit":"percent","publisher":"HCP","reported_by":"LNT","source_url":"https://www.hcp.ma/ene-q3.html","relay_url":"https://lnt.ma/t3"}]},"citations":[{"id":"https://www.hcp.ma/ene.html","kind":"official_statistic","publisher":"HCP","period":"2024-Q1","url":"https://www.hcp.ma/ene.html","supports":["2024-Q1"]},{"id":"https://www.hcp.ma/ene-q3.html","kind":"official_statistic","publisher":"HCP","reported_by":"LNT","period":"2024-Q3","url":"https://www.hcp.ma/ene-q3.html","relay_url":"https://lnt.ma/t3","supports":["2024-Q3"]}]}`},
		{`{"indicator":"unemployment_rate","geo":"MA-05","sex":"female","from":"2010","to":"2012"}`,
			`{"tool":"indicator_series","data":{"indicator":"unemployment_rate","name":"unemployment rate","unit":"percent","cell":{"geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total"},"observations":[],"available":{"periods":["2015","2016","2018","2019","2020","2021","2022","2023","2024-Q1","2024-Q3"]}},"citations":[]}`},
		{`{"indicator":"unemployment_rate","geo":"MA-05","sex":"male"}`,
			`{"tool":"indicator_series","data":{"indicator":"unemployment_rate","name":"unemployment rate","unit":"percent","cell":{"geo":"MA-05","area":"total","sex":"male","age":"15+","diploma":"total"},"observations":[],"available":{"cells":[{"geo":"MA-05","area":"total","sex":"female","age":"15+","diploma":"total"}]}},"citations":[]}`},
	} {
		res, err := tool.Call(context.Background(), json.RawMessage(c.args))
		if err != nil {
			t.Fatalf("%s: %v", c.args, err)
		}
		got, err := json.Marshal(res)
		if err != nil {
			t.Fatalf("%s: %v", c.args, err)
		}
		if string(got) != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.args, got, c.want)
		}
	}
}
