package tools

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

// PreRevision reports whether o is a survey figure read before HCP's
// 2019 revision (SeriesOf says SeriesENEPreRevision): not comparable with
// revised figures, so a chart marks it.
func PreRevision(o Observation) bool { return SeriesOf(o) == SeriesENEPreRevision }

// BreaksWithin returns the breaks that obs, figures of one indicator,
// straddle, in period order, reading each figure's series (SeriesOf: the
// one recorded with it, else the rule): the 2017 reform when obs hold
// figures of the survey before it and after it; the 2019 revision when
// they hold a figure read before it and a revised figure of 2018-Q2 or
// later. Only the labour survey's indicators have breaks; nil when none
// applies.
func BreaksWithin(indicator string, obs []Observation) []SeriesBreak {
	if !surveyIndicator(indicator) {
		return nil
	}
	var pre2017, post2017, preRevision, revised bool
	for _, o := range obs {
		o.Indicator = indicator // obs are figures of indicator, however filled
		switch SeriesOf(o) {
		case SeriesENEPre2017:
			pre2017 = true
		case SeriesENEPreRevision:
			post2017, preRevision = true, true
		case SeriesENE2017:
			post2017 = true
			revised = revised || PeriodStart(o.Period) >= PeriodStart(BreakRevision2019.From)
		}
	}
	var out []SeriesBreak
	if pre2017 && post2017 {
		out = append(out, BreakSurvey2017)
	}
	if preRevision && revised {
		out = append(out, BreakRevision2019)
	}
	return out
}
