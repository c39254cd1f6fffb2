package tools

import "strings"

// SeriesBreak is a change of method inside the labour survey's series:
// figures on either side of it are not comparable, and an answer that
// shows both says so (../shared/data/README.md, "Series breaks").
type SeriesBreak struct {
	ID string `json:"id"`
	// From is the first period measured the new way.
	From string `json:"from"`
	// What says what changed, in English; answers word it in their
	// language (prompts.BreakNote).
	What string `json:"what"`
}

// The labour survey's breaks. The third one the README names, the 2024
// census, is kept apart by its own indicators (unemployment_rate_census,
// activity_rate_census), never mixed into the survey's series.
var (
	BreakSurvey2017 = SeriesBreak{ID: "ene_2017", From: "2017",
		What: "HCP reformed its labour survey (ENE) in 2017, with a new sample drawn from the 2014 census: earlier figures are not strictly comparable"}
	BreakRevision2019 = SeriesBreak{ID: "hcp_revision_2019", From: "2018-Q2",
		What: "HCP revised its survey figures from 2018-Q2 onward in 2019: figures published before the revision (their source says so) are not comparable with revised ones"}
)

// preRevisionMarks are how a figure read before HCP's 2019 revision says
// so in its reported_by: the README's convention, and the headline of
// HCP's 2018 note that its 2019 note restated.
var preRevisionMarks = []string{"before HCP 2019 revision", "2019 note restated"}

// PreRevision reports whether o is a survey figure read before HCP's
// 2019 revision (its reported_by says so): not comparable with revised
// figures, so a chart marks it.
func PreRevision(o Observation) bool { return preRevision(o) }

func preRevision(o Observation) bool {
	for _, m := range preRevisionMarks {
		if strings.Contains(o.ReportedBy, m) {
			return true
		}
	}
	return false
}

// BreaksWithin returns the breaks that obs, figures of one indicator,
// straddle, in period order: the 2017 reform when obs hold periods on both
// sides of 2017; the 2019 revision when they hold a figure read before it
// and a revised figure of 2018-Q2 or later. Only the labour survey's
// indicators have breaks; nil when none applies.
func BreaksWithin(indicator string, obs []Observation) []SeriesBreak {
	if !surveyIndicator(indicator) {
		return nil
	}
	var out []SeriesBreak
	if straddles(obs, BreakSurvey2017.From) {
		out = append(out, BreakSurvey2017)
	}
	if mixesRevision(obs) {
		out = append(out, BreakRevision2019)
	}
	return out
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

func straddles(obs []Observation, from string) bool {
	before, after := false, false
	for _, o := range obs {
		if PeriodStart(o.Period) < PeriodStart(from) {
			before = true
		} else {
			after = true
		}
	}
	return before && after
}

func mixesRevision(obs []Observation) bool {
	old, revised := false, false
	for _, o := range obs {
		switch {
		case preRevision(o):
			old = true
		case PeriodStart(o.Period) >= PeriodStart(BreakRevision2019.From):
			revised = true
		}
	}
	return old && revised
}
