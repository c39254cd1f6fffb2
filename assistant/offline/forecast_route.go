package offline

import (
	"slices"
	"strconv"
	"time"

	"github.com/marsad/marsad/tools"
)

// The votes of the words of a time to come (cues.go): cueFuture for the
// coming months or the future, cueNextYear for next year, which asks the
// longest horizon Marsad forecasts.
const (
	cueFuture   = "future"
	cueNextYear = "next_year"
)

// forecastRoute routes a to forecast_demand when its message asks about
// the future of job ads: a strong forecast cue ("prévision", "seront
// demandés", "سيكثر", "ghadi tkon matlouba", "will be in demand"), or a
// time to come (next year, the coming months, a year after now's) with
// a question on which occupations are asked for or whether one is. Only
// such words route there: "est-ce que les soudeurs sont demandés" stays
// the profile's and "quels métiers recrutent" the ranking's, both today's
// figures. A question naming an indicator stays on the indicator tables
// ("le chômage en 2030" is a period Marsad has no figure for).
//
// Skills asked of a time to come ("quelles compétences seront demandées
// l'an prochain") route there too, with skillsAhead: Marsad forecasts ads
// by occupation, not skills, and the answer says so.
//
// A time to come that nothing else routes follows up on the ranking, the
// profile or the forecast of the conversation s ("et l'an prochain ?"):
// it asks the forecast of the same occupation, if any, in the same place.
func (a marketAsk) forecastRoute(q question, now time.Time, s state) (question, marketAsk) {
	if q.indicator != "" || a.cues == nil {
		return q, a
	}
	v := a.cues.route
	future := v[cueFuture] > 0 || v[cueNextYear] > 0 || a.futureYear(q, now) > 0
	switch {
	case v[tools.NameForecastDemand] >= strong || future && (v[tools.NameTopOccupations] > 0 || v[cueInDemand] > 0 || a.asksAdsToCome()):
		a.tool = tools.NameForecastDemand
		a.skillsAhead = v[tools.NameSkillsInDemand] >= strong
	case future && a.tool == "" && slices.Contains([]string{tools.NameTopOccupations, tools.NameOccupationProfile, tools.NameForecastDemand}, s.asked.Name):
		var prev struct {
			Occupation string `json:"occupation"`
		}
		decode(s.asked.Arguments, &prev)
		if a.occupation == "" && s.asked.Name != tools.NameTopOccupations {
			a.occupation = prev.Occupation
		}
		a.tool, q = tools.NameForecastDemand, s.inPlace(q)
	}
	return q, a
}

// asksAdsToCome reports whether, with a time to come, the message asks
// how many ads or jobs an occupation it names will have ("how many job
// offers will there be for nurses in 2030", "شحال غادي تكون الخدمة ديال
// السودور ف 2030"): the ads of a year to come are a forecast's, not a
// search of today's ads.
func (a marketAsk) asksAdsToCome() bool {
	v := a.cues.route
	return a.occupation != "" && (v[tools.NameSearchJobAds] > 0 || v[cueFigure] > 0)
}

// futureYear returns the year after now's that the message names ("en
// 2030"), read by the period reader or left by it unresolved; 0 when it
// names none.
func (a marketAsk) futureYear(q question, now time.Time) int {
	years := []int{q.year, q.toYear, q.fromYear}
	if a.read != nil {
		for _, u := range a.read.Unresolved {
			if y, err := strconv.Atoi(u.Surface); err == nil {
				years = append(years, y)
			}
		}
	}
	for _, y := range years {
		if y > now.Year() && y < 2200 {
			return y
		}
	}
	return 0
}
