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

// TestBreaksWithinReadsRecordedSeries: the series recorded with a figure
// decides, whatever its reported_by says; a figure without one falls back
// on the rule, so old and new files mix.
func TestBreaksWithinReadsRecordedSeries(t *testing.T) {
	in := func(p, series, reportedBy string) Observation {
		return Observation{Period: p, Series: series, ReportedBy: reportedBy}
	}
	cases := []struct {
		name string
		obs  []Observation
		want []SeriesBreak
	}{
		{"recorded pre-revision figure beside a revised one, no marker in reported_by", []Observation{in("2018", SeriesENEPreRevision, "LNT"), in("2019", SeriesENE2017, "LNT")}, []SeriesBreak{BreakRevision2019}},
		{"a marker the recorded series overrides", []Observation{in("2018", SeriesENE2017, "X [published before HCP 2019 revision]"), in("2019", SeriesENE2017, "")}, nil},
		{"recorded across the reform", []Observation{in("2016", SeriesENEPre2017, ""), in("2017", SeriesENE2017, "")}, []SeriesBreak{BreakSurvey2017}},
		{"recorded and unrecorded figures mix", []Observation{in("2015", "", ""), in("2018", SeriesENEPreRevision, ""), in("2023", "", "")}, []SeriesBreak{BreakSurvey2017, BreakRevision2019}},
		{"a revised figure before 2018-Q2 is no revision break", []Observation{in("2018-Q1", SeriesENE2017, ""), in("2018-Q3", SeriesENEPreRevision, "")}, nil},
	}
	for _, c := range cases {
		if d := cmp.Diff(c.want, BreaksWithin("unemployment_rate", c.obs)); d != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, d)
		}
	}
}

func TestSeriesByRule(t *testing.T) {
	cases := []struct {
		indicator, period, reportedBy, want string
	}{
		{"unemployment_rate", "2016-Q4", "", SeriesENEPre2017},
		{"unemployment_rate", "2017", "", SeriesENE2017},
		{"activity_rate", "2019-Q1", "LeSiteinfo [published before HCP 2019 revision of ENE data from Q2-2018 onward]", SeriesENEPreRevision},
		{"unemployment_rate", "2018", "Libération (MAP) (headline of HCP's 2018 note; HCP's 2019 note restated 2018 as 9.5%)", SeriesENEPreRevision},
		{"unemployment_rate_census", "2024", "", SeriesCensus2024},
		{"activity_rate_census", "2014", "", SeriesCensus2014},
		{"cnss_declared_employees", "2016", "", ""},
		{"informal_sector_employment_share_nonagri", "2013", "", ""},
	}
	for _, c := range cases {
		o := Observation{Indicator: c.indicator, Period: c.period, ReportedBy: c.reportedBy}
		if got := SeriesByRule(o); got != c.want {
			t.Errorf("SeriesByRule(%s %s %q) = %q, want %q", c.indicator, c.period, c.reportedBy, got, c.want)
		}
		if o.Series = SeriesByRule(o); ValidateObservation(withRow(o)) != nil {
			t.Errorf("the rule's series %q is refused for %s %s: %v", o.Series, c.indicator, c.period, ValidateObservation(withRow(o)))
		}
	}
}

// withRow fills the fields of o that ValidateObservation needs beside its
// indicator, period and series.
func withRow(o Observation) Observation {
	o.Geo, o.Area, o.Sex, o.Age, o.Diploma, o.Value, o.Unit, o.Publisher = "MA", "total", "total", "15+", "total", 1, "percent", "HCP"
	return o
}
