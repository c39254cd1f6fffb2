package tools

import (
	"strconv"
	"strings"
)

// The series a figure belongs to (Observation.Series): which survey, which
// sample and which vintage measured it, so that figures of two series are
// never read as one trend (../shared/data/README.md, "Series breaks").
const (
	// SeriesENEPre2017 is the labour survey (ENE) before its 2017 reform.
	SeriesENEPre2017 = "ene_pre2017"
	// SeriesENE2017 is the reformed survey (sample drawn from the 2014
	// census), as HCP publishes it since its 2019 revision of the
	// figures from 2018-Q2 onward.
	SeriesENE2017 = "ene_2017"
	// SeriesENEPreRevision is a figure of the reformed survey read before
	// HCP revised it in 2019 (2018 unemployment 9.8 %, restated 9.5 %).
	SeriesENEPreRevision = "ene_2017_pre_revision"
	// SeriesCensus2014 and SeriesCensus2024 are the general censuses
	// (RGPH), whose figures are indicators of their own (*_census).
	SeriesCensus2014 = "census_2014"
	SeriesCensus2024 = "census_2024"
)

// SeriesIDs lists the series a figure may be recorded in.
var SeriesIDs = []string{SeriesENEPre2017, SeriesENE2017, SeriesENEPreRevision, SeriesCensus2014, SeriesCensus2024}

// preRevisionMarks are how a figure read before HCP's 2019 revision says
// so in its reported_by, in files that do not record its series: the
// README's convention, and the headline of HCP's 2018 note that its 2019
// note restated.
var preRevisionMarks = []string{"before HCP 2019 revision", "2019 note restated"}

// SeriesOf returns the series o belongs to: the one recorded with it, or
// else SeriesByRule's.
func SeriesOf(o Observation) string {
	if o.Series != "" {
		return o.Series
	}
	return SeriesByRule(o)
}

// SeriesByRule derives o's series from the README's "Series breaks": a
// labour-survey indicator is SeriesENEPre2017 before 2017,
// SeriesENEPreRevision when its reported_by says it was read before the
// 2019 revision, SeriesENE2017 otherwise; a census indicator (*_census)
// is its census's series for the census years 2014 and 2024. Any other
// figure (administrative counts, the informal-sector survey) belongs to
// no series with a break: "".
func SeriesByRule(o Observation) string {
	switch {
	case strings.HasSuffix(o.Indicator, "_census"):
		switch PeriodStart(o.Period) / 12 {
		case 2014:
			return SeriesCensus2014
		case 2024:
			return SeriesCensus2024
		}
		return ""
	case !surveyIndicator(o.Indicator):
		return ""
	case PeriodStart(o.Period) < PeriodStart(BreakSurvey2017.From):
		return SeriesENEPre2017
	}
	for _, m := range preRevisionMarks {
		if strings.Contains(o.ReportedBy, m) {
			return SeriesENEPreRevision
		}
	}
	return SeriesENE2017
}

// seriesProblem returns "" when o's recorded series (possibly empty) fits
// its indicator and period, else what it should be: a survey series on a
// survey figure of its years, a census series on a census indicator of its
// year.
func seriesProblem(o Observation) string {
	start := PeriodStart(o.Period)
	census := strings.HasSuffix(o.Indicator, "_census")
	switch o.Series {
	case "":
		return ""
	case SeriesENEPre2017:
		if !census && start < PeriodStart(BreakSurvey2017.From) {
			return ""
		}
		return "ene_pre2017 is the labour survey before 2017: a period before 2017, not a census indicator"
	case SeriesENE2017, SeriesENEPreRevision:
		if !census && start >= PeriodStart(BreakSurvey2017.From) {
			return ""
		}
		return o.Series + " is the labour survey from 2017: a period from 2017, not a census indicator"
	case SeriesCensus2014, SeriesCensus2024:
		if census && o.Series == "census_"+strconv.Itoa(start/12) {
			return ""
		}
		return o.Series + " is a census: an indicator ending in _census, of the census year"
	}
	return "one of " + strings.Join(SeriesIDs, ", ") + ", or empty"
}

// surveyIndicator reports whether an indicator is one of the labour
// survey's (ENE): not the census's, nor the informal production units
// survey's, nor an administration's count.
func surveyIndicator(id string) bool {
	if strings.HasSuffix(id, "_census") || id == "informal_sector_employment_share_nonagri" {
		return false
	}
	for _, d := range surveyDefinitions {
		if d.ID == id {
			return true
		}
	}
	return false
}
