package offline

import (
	"context"
	"math"
	"strconv"
	"strings"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/forecast"
)

// forecastDemand answers a question about the future of job ads with
// forecast_demand: the projection of the occupation named, or the
// occupations ranked by projected growth, over the months the question
// names ("les 12 prochains mois"), else six months, or twelve when it
// says next year or a later year. A year beyond the
// last projected month ("en 2030") is answered with what Marsad can
// honestly say: the horizon it forecasts and today's trend, never
// today's counts as the future. Skills of a time to come get no
// forecast: the answer says Marsad has none and what it can answer.
func (t *turn) forecastDemand(ctx context.Context) (string, error) {
	if t.ask.skillsAhead { // no tool forecasts skills: say so, with what can be asked instead
		return render("forecast_skills", t.q.lang, nil)
	}
	year := t.ask.futureYear(t.q, t.planner.now())
	a := tools.ForecastArgs{Occupation: t.ask.occupation, Region: t.q.region(), Horizon: tools.DefaultHorizon, Year: year, Lang: toolLang(t.q.lang)}
	n := 0
	if t.ask.read != nil {
		n = t.ask.read.MonthCount()
	}
	switch {
	case n > 0:
		a.Horizon = n // the tool answers a span over its maximum with its maximum, and says so
	case year > 0 || t.ask.cues.route[cueNextYear] > 0:
		a.Horizon = tools.MaxHorizon
	}
	res, err := t.call(ctx, tools.NameForecastDemand, a)
	if err != nil {
		return t.answerRefusal(err)
	}
	d, err := tools.DataAs[tools.ForecastResult](res)
	if err != nil {
		return "", err
	}
	l := string(t.q.lang)
	v := prompts.ForecastView{Occupation: d.OccupationName, Place: prompts.PlacePhrase(l, d.Region), Months: strconv.Itoa(d.Horizon),
		HistoryFrom: prompts.PeriodLabel(l, d.Source.From), HistoryTo: prompts.PeriodLabel(l, d.Source.To),
		Kind: prompts.KindLabel(l, string(tools.KindProjection)), Coverage: prompts.Value(l, forecast.Coverage*100, "percent"),
		MaxMonths: strconv.Itoa(tools.MaxHorizon), TrendMonths: strconv.Itoa(tools.TrendMonths)}
	if d.Region != "" {
		v.Asked = t.q.asked
	}
	if d.AskedHorizon > 0 {
		v.AskedMonths = strconv.Itoa(d.AskedHorizon)
	}
	if d.Occupation != "" && d.Growth == nil { // no projection: too short a history, or none
		v.TooShort, v.Found, v.Needed = true, "0", strconv.Itoa(3*12)
		if d.TooShort != nil {
			v.Found, v.Needed = strconv.Itoa(d.TooShort.Found), strconv.Itoa(d.TooShort.Needed)
		}
		return render(tools.NameForecastDemand, t.q.lang, v)
	}
	if d.Occupation != "" {
		t.forecastOne(&v, d)
	} else {
		t.forecastRanking(&v, d)
	}
	if d.AskedYear > 0 {
		v.AskedYear = strconv.Itoa(d.AskedYear)
	}
	if v.AskedYear == "" {
		v.Trend = ""
	}
	return render(tools.NameForecastDemand, t.q.lang, v)
}

// forecastOne words the projection of one occupation.
func (t *turn) forecastOne(v *prompts.ForecastView, d tools.ForecastResult) {
	l := string(t.q.lang)
	for _, p := range d.Points {
		v.Points = append(v.Points, prompts.ForecastPoint{Period: prompts.PeriodLabel(l, p.Period),
			Value: prompts.Number(l, p.Value), Lo: prompts.Number(l, p.Lo), Hi: prompts.Number(l, p.Hi)})
	}
	v.Method, v.Fallback = d.Method, d.Fallback
	v.SMAPE, v.MASE = prompts.Value(l, round1(d.SMAPE), "percent"), prompts.Number(l, d.MASE)
	g := d.Growth
	v.From, v.To = prompts.PeriodLabel(l, g.From), prompts.PeriodLabel(l, g.To)
	v.PrevFrom, v.PrevTo = prompts.PeriodLabel(l, yearBefore(g.From)), prompts.PeriodLabel(l, yearBefore(g.To))
	v.Next, v.YearBefore = prompts.Number(l, g.Next), prompts.Number(l, g.YearBefore)
	if g.Change != nil {
		v.Change, v.Rising, v.Falling = signedPercent(l, *g.Change), *g.Change > 0, *g.Change < 0
	}
	if tr := d.Trend; tr != nil && tr.Change != nil { // today's trend
		v.Trend = signedPercent(l, *tr.Change)
		v.TrendFrom = prompts.PeriodLabel(l, tr.From)
	}
}

// forecastRanking words the occupations ranked by projected growth.
func (t *turn) forecastRanking(v *prompts.ForecastView, d tools.ForecastResult) {
	l := string(t.q.lang)
	for _, r := range d.Rows {
		row := prompts.ForecastRankRow{Rank: r.Rank, Name: r.Name, SMAPE: prompts.Value(l, round1(r.SMAPE), "percent"), Fallback: r.Fallback}
		if c := r.Growth.Change; c != nil {
			row.Change, row.Rising, row.Falling = signedPercent(l, *c), *c > 0, *c < 0
		}
		if r.Trend != nil && r.Trend.Change != nil && d.AskedYear > 0 {
			row.Trend = signedPercent(l, *r.Trend.Change)
		}
		v.Rows = append(v.Rows, row)
	}
	if len(d.Rows) > 0 {
		v.From, v.To = prompts.PeriodLabel(l, d.Rows[0].Growth.From), prompts.PeriodLabel(l, d.Rows[0].Growth.To)
	}
	v.Ranked = strconv.Itoa(d.Ranked)
	if d.NoForecast > 0 {
		v.NoForecast = strconv.Itoa(d.NoForecast)
	}
}

// yearBefore returns the month twelve months before a YYYY-MM month.
func yearBefore(month string) string {
	y, err := strconv.Atoi(month[:min(4, len(month))])
	if err != nil {
		return month
	}
	return strconv.Itoa(y-1) + month[4:]
}

// signedPercent writes a change in percent with its sign ("+3,1 %").
func signedPercent(l string, c float64) string {
	s := prompts.Value(l, c, "percent")
	if c > 0 && !strings.HasPrefix(s, "+") {
		s = "+" + s
	}
	return s
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }
