package tools

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBreaksWithin(t *testing.T) {
	fig := func(p, reportedBy string) Observation { return Observation{Period: p, ReportedBy: reportedBy} }
	old := "AllAfrica (MAP) [published before HCP 2019 revision of ENE data from Q2-2018 onward]"
	cases := []struct {
		name, indicator string
		obs             []Observation
		want            []SeriesBreak
	}{
		{"across the 2017 reform", "unemployment_rate", []Observation{fig("2016", ""), fig("2017", "")}, []SeriesBreak{BreakSurvey2017}},
		{"after the reform only", "unemployment_rate", []Observation{fig("2017", ""), fig("2024", "")}, nil},
		{"a pre-revision figure beside revised ones", "activity_rate", []Observation{fig("2018", old), fig("2019", "")}, []SeriesBreak{BreakRevision2019}},
		{"a headline HCP restated", "unemployment_rate", []Observation{fig("2018", "Libération (MAP) (headline of HCP's 2018 note; HCP's 2019 note restated 2018 as 9.5%)"), fig("2019", "")}, []SeriesBreak{BreakRevision2019}},
		{"pre-revision figures only", "activity_rate", []Observation{fig("2018", old), fig("2019-Q1", old)}, nil},
		{"both", "unemployment_rate", []Observation{fig("2015", ""), fig("2018", old), fig("2020", "")}, []SeriesBreak{BreakSurvey2017, BreakRevision2019}},
		{"the census is apart", "unemployment_rate_census", []Observation{fig("2014", ""), fig("2024", "")}, nil},
		{"an administrative count has none", "cnss_declared_employees", []Observation{fig("2016", ""), fig("2022", "")}, nil},
	}
	for _, c := range cases {
		if d := cmp.Diff(c.want, BreaksWithin(c.indicator, c.obs)); d != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, d)
		}
	}
}
