package offline

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/tools"
)

// seriesArgs turns the question into indicator_series arguments.
func (q question) seriesArgs() tools.SeriesArgs {
	a := tools.SeriesArgs{Indicator: q.indicator, Cell: q.cell}
	switch {
	case q.span != "":
		a.From, a.To = q.span, q.span
	case q.year != 0 && q.quarter != 0:
		a.From = fmt.Sprintf("%d-Q%d", q.year, q.quarter)
		a.To, a.Frequency = a.From, "quarterly"
	case q.year != 0 && q.month != 0:
		a.From = fmt.Sprintf("%d-%02d", q.year, q.month)
		a.To = a.From
	case q.year != 0:
		a.From, a.To = strconv.Itoa(q.year), strconv.Itoa(q.year)
	case q.fromYear != 0:
		a.From = strconv.Itoa(q.fromYear)
		if q.fromQ != 0 {
			a.From = fmt.Sprintf("%d-Q%d", q.fromYear, q.fromQ)
		}
		if q.toYear != 0 {
			a.To = strconv.Itoa(q.toYear)
		}
	}
	if q.quarter != 0 && q.year == 0 {
		a.Frequency = "quarterly"
	}
	return a
}

func (t *turn) series(ctx context.Context) (string, error) {
	if t.q.survey && strings.HasSuffix(t.q.indicator, "_census") {
		return t.bothSources(ctx)
	}
	args := t.q.seriesArgs()
	res, err := t.call(ctx, tools.NameIndicatorSeries, args)
	if errors.Is(err, tools.ErrBadArgs) {
		return render("help", t.q.lang, helpView("unknown_indicator"))
	}
	if err != nil {
		return "", err
	}
	data, err := tools.DataAs[tools.SeriesResult](res)
	if err != nil {
		return "", err
	}
	note := ""
	if len(data.Observations) == 0 && southern(args.Geo) {
		// HCP publishes the three southern regions as one group.
		args.Geo = "MA-SUD"
		if res, err = t.call(ctx, tools.NameIndicatorSeries, args); err != nil {
			return "", err
		}
		if data, err = tools.DataAs[tools.SeriesResult](res); err != nil {
			return "", err
		}
		note, _ = render("note.south", t.q.lang, nil)
	}
	pts := t.q.choose(data.Observations)
	if len(pts) == 0 {
		if s, ok, err := t.periodUnknown(availablePeriods(data.Available), data.Cell); ok {
			return s, err
		}
		return render("missing", t.q.lang, t.missingView(data))
	}
	s, err := render("series", t.q.lang, t.seriesView(data, pts, note))
	return t.withDefinition(data.Indicator, s), err
}

// bothSources answers a question naming the census and the survey ("taux
// dyal chomage f recensement 2024 w f enquete"): each series' figure on its
// own, the census's first, never one series continued by the other.
func (t *turn) bothSources(ctx context.Context) (string, error) {
	census := t.q
	census.survey = false
	t.q = census
	a, err := t.series(ctx)
	if err != nil {
		return "", err
	}
	survey := census
	survey.indicator, survey.census = strings.TrimSuffix(census.indicator, "_census"), false
	t.q = survey
	b, err := t.series(ctx)
	return a + "\n\n" + b, err
}

// withDefinition opens the answer to a question asking what an indicator
// means, and naming no period (a period asks the figure), on its
// definition in the answer's language.
func (t *turn) withDefinition(indicator, answer string) string {
	if !t.q.define || t.q.year != 0 || t.q.fromYear != 0 {
		return answer
	}
	d, ok := tools.LookupDefinition(indicator)
	if !ok || answer == "" {
		return answer
	}
	return d.Explain(string(t.q.lang)) + "\n\n" + answer
}

// countedAbroad are the indicators of people living or placed abroad:
// their figure is Morocco's count, but not of people "in Morocco".
var countedAbroad = map[string]bool{"moroccans_abroad_consular_registered": true, "anapec_idmaj_insertions_international": true}

// placePhrase words where an indicator's figure is of ("au Maroc", "dans
// la région de l'Oriental"); none for people counted abroad ("les
// Marocains du monde immatriculés dans les consulats", not "au Maroc").
func placePhrase(l, indicator, geo string) string {
	if countedAbroad[indicator] && (geo == "" || geo == "MA") {
		return ""
	}
	return prompts.PlacePhrase(l, geo)
}

func southern(geo string) bool { return geo == "MA-10" || geo == "MA-11" || geo == "MA-12" }

// choose keeps the observations the answer shows: for a trend, one
// frequency (annual when there are at least two years); for a year, its
// annual figure, else its quarters; without a period, the latest figure.
// A quarter asked without a year keeps that quarter's latest occurrence.
func (q question) choose(obs []tools.Observation) []tools.Observation {
	if len(obs) == 0 {
		return nil
	}
	if q.span != "" { // the span asked, never a month or year inside it
		return slices.DeleteFunc(slices.Clone(obs), func(o tools.Observation) bool { return o.Period != q.span })
	}
	if q.quarter != 0 && q.year == 0 && !q.trend {
		var match []tools.Observation
		for _, o := range obs {
			if o.Period[len(o.Period)-1] == byte('0'+q.quarter) {
				match = append(match, o)
			}
		}
		return last(match)
	}
	annual := filter(obs, "annual")
	switch {
	case q.trend && len(annual) >= 2 && q.fromQ != 0: // the quarter it starts from, then the years
		start := fmt.Sprintf("%d-Q%d", q.fromYear, q.fromQ)
		return append(slices.DeleteFunc(slices.Clone(obs), func(o tools.Observation) bool { return o.Period != start }), annual...)
	case q.trend && len(annual) >= 2:
		return annual
	case q.trend:
		return obs
	case q.year != 0 && q.quarter == 0 && q.month == 0 && len(annual) == 0:
		return obs // the quarters of the year asked
	case q.year != 0 && len(annual) > 0:
		return annual
	}
	return last(obs)
}

func filter(obs []tools.Observation, freq string) []tools.Observation {
	var out []tools.Observation
	for _, o := range obs {
		if tools.PeriodFrequency(o.Period) == freq {
			out = append(out, o)
		}
	}
	return out
}

// last keeps the most recent figure: the one whose period ends last, a
// year before a quarter ending the same month (the annual figure is
// published after the fourth quarter's).
func last(obs []tools.Observation) []tools.Observation {
	if len(obs) == 0 {
		return nil
	}
	best := obs[0]
	for _, o := range obs[1:] {
		be, oe := tools.PeriodEnd(best.Period), tools.PeriodEnd(o.Period)
		if oe > be || oe == be && tools.PeriodFrequency(o.Period) == "annual" {
			best = o
		}
	}
	return []tools.Observation{best}
}

func (t *turn) seriesView(data tools.SeriesResult, pts []tools.Observation, note string) prompts.SeriesView {
	l := string(t.q.lang)
	latest := pts[len(pts)-1]
	v := prompts.SeriesView{
		Indicator: tools.IndicatorName(data.Indicator, l),
		Place:     placePhrase(l, data.Indicator, latest.Geo),
		Who:       prompts.Who(l, latest.Area, latest.Sex, latest.Age, latest.Diploma),
		Period:    prompts.PeriodPhrase(l, latest.Period),
		Value:     prompts.Value(l, latest.Value, latest.Unit),
		Kind:      prompts.KindLabel(l, string(latest.Citation().Kind)),
		Note:      withBreaks(note, l, data.Indicator, pts),
	}
	t.shows(citationsOf(pts))
	if t.q.asked != "" {
		v.Asked = t.q.asked
	}
	if len(pts) > 1 {
		for _, o := range pts {
			v.Points = append(v.Points, prompts.Figure{Label: prompts.PeriodLabel(l, o.Period), Value: prompts.Value(l, o.Value, o.Unit)})
		}
	}
	return v
}

func (t *turn) missingView(data tools.SeriesResult) prompts.MissingView {
	l := string(t.q.lang)
	c := data.Cell
	v := prompts.MissingView{
		Indicator: tools.IndicatorName(data.Indicator, l),
		Place:     placePhrase(l, data.Indicator, c.Geo),
		Who:       prompts.Who(l, c.Area, c.Sex, c.Age, c.Diploma),
	}
	if a := t.q.seriesArgs(); a.From != "" && a.From == a.To {
		v.Period = prompts.PeriodPhrase(l, a.From)
	}
	if data.Available != nil {
		for _, p := range data.Available.Periods {
			v.Periods = append(v.Periods, prompts.PeriodLabel(l, p))
		}
		for i, cell := range nearCells(data.Available.Cells, c) {
			if i == 12 {
				break
			}
			v.Cells = append(v.Cells, cellWords(l, cell))
		}
	}
	return v
}

// nearCells orders the cells that exist so that those closest to the one
// asked come first: same population elsewhere when a region was asked,
// other populations of the same place otherwise.
func nearCells(cells []tools.Cell, asked tools.Cell) []tools.Cell {
	sameWho := func(c tools.Cell) bool {
		return tools.SetDimension(c, "geo", "") == tools.SetDimension(asked, "geo", "")
	}
	var first, rest []tools.Cell
	for _, c := range cells {
		if (asked.Geo != "MA" && sameWho(c)) || (asked.Geo == "MA" && c.Geo == "MA") {
			first = append(first, c)
		} else {
			rest = append(rest, c)
		}
	}
	return append(first, rest...)
}
