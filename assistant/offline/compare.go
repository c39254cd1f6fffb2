package offline

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

func (q question) compareArgs() tools.CompareArgs {
	a := tools.CompareArgs{Indicator: q.indicator, By: q.compareBy, Cell: q.cell}
	if q.lowest {
		a.Order = "asc"
	}
	if a.By == "geo" {
		a.Cell.Geo = ""
		if len(q.geos) >= 2 {
			a.Geos = q.geos
		}
	}
	switch {
	case q.year != 0 && q.quarter != 0:
		a.Period = fmt.Sprintf("%d-Q%d", q.year, q.quarter)
	case q.year != 0:
		a.Period = strconv.Itoa(q.year)
	case q.toYear != 0:
		a.Period = strconv.Itoa(q.toYear)
	}
	return a
}

func (t *turn) compare(ctx context.Context) (string, error) {
	args := t.q.compareArgs()
	res, err := t.call(ctx, tools.NameCompareIndicator, args)
	if errors.Is(err, tools.ErrBadArgs) {
		return render("help", t.q.lang, helpView("unknown_indicator"))
	}
	if err != nil {
		return "", err
	}
	data, err := tools.DataAs[tools.CompareResult](res)
	if err != nil {
		return "", err
	}
	l := string(t.q.lang)
	if len(data.Rows) == 0 {
		if s, ok, err := t.periodUnknown(availablePeriods(data.Available), data.Cell); ok {
			return s, err
		}
		v := prompts.MissingView{Indicator: tools.IndicatorName(data.Indicator, l), Who: prompts.Who(l, data.Cell.Area, data.Cell.Sex, data.Cell.Age, data.Cell.Diploma)}
		if args.Period != "" {
			v.Period = prompts.PeriodPhrase(l, args.Period)
		}
		if data.Available != nil {
			for _, p := range data.Available.Periods {
				v.Periods = append(v.Periods, prompts.PeriodLabel(l, p))
			}
		}
		return render("missing", t.q.lang, v)
	}
	answer, err := render("compare", t.q.lang, t.compareView(data, res.Citations))
	if err != nil || data.By != "geo" {
		return answer, err
	}
	return t.withCompareGaps(answer, args.Geos, data)
}

func (t *turn) compareView(data tools.CompareResult, cites []tools.Citation) prompts.CompareView {
	l := string(t.q.lang)
	c := data.Cell
	v := prompts.CompareView{
		Indicator: tools.IndicatorName(data.Indicator, l),
		By:        data.By,
		Period:    prompts.PeriodPhrase(l, data.Period),
		Who:       prompts.Who(l, c.Area, c.Sex, c.Age, c.Diploma),
	}
	v.Who = prompts.Who(l, pick(data.By != "area", c.Area), pick(data.By != "sex", c.Sex), pick(data.By != "age", c.Age), pick(data.By != "diploma", c.Diploma))
	if data.By != "geo" {
		v.Place = prompts.PlacePhrase(l, c.Geo)
	}
	v.Ascending = data.Order == "asc"
	for i, r := range data.Rows {
		v.Rows = append(v.Rows, prompts.Figure{Rank: i + 1, Label: groupLabel(l, data.By, r.Observation), Value: prompts.Value(l, r.Value, r.Unit)})
		v.Kind = prompts.KindLabel(l, string(r.Citation().Kind))
	}
	return v
}

func pick(keep bool, v string) string {
	if keep {
		return v
	}
	return ""
}

func groupLabel(l, by string, o tools.Observation) string {
	switch by {
	case "geo":
		return lang.RegionName(o.Geo, lang.Tag(l))
	case "age":
		return o.Age
	}
	return prompts.GroupLabel(l, tools.DimensionValue(o, by))
}
