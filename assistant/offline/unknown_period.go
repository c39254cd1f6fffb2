package offline

import (
	"slices"
	"strconv"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// askedYears returns the years the question asks for: its year, or the
// years of its range (up to the current year when open); nil when it
// names none.
func (t *turn) askedYears() []int {
	q := t.q
	switch {
	case q.year != 0:
		return []int{q.year}
	case q.fromYear != 0:
		to := q.toYear
		if to == 0 {
			to = max(q.fromYear, t.planner.now().Year())
		}
		var ys []int
		for y := q.fromYear; y <= to && len(ys) < 100; y++ {
			ys = append(ys, y)
		}
		return ys
	}
	return nil
}

// periodUnknown answers an indicator question whose figure does not exist
// because its period lies outside every period the tool has for it
// (periods): a year to come, or a year before or after the data for the
// whole population of the country. A year missing for one group or place
// only is left to the "missing" answer, which lists what exists for it.
// ok is false when the question is not of that kind.
func (t *turn) periodUnknown(periods []string, cell tools.Cell) (string, bool, error) {
	years := t.askedYears()
	if len(years) == 0 || len(periods) == 0 || anyYearIn(years, periods) {
		return "", false, nil
	}
	everyone := cell.Sex == "" && cell.Area == "" && cell.Age == "" && cell.Diploma == "" && (cell.Geo == "" || cell.Geo == "MA")
	future := slices.Max(years) > t.planner.now().Year()
	if !everyone && !future {
		return "", false, nil
	}
	v := prompts.UnknownView{Future: future, Indicator: tools.IndicatorName(t.q.indicator, string(t.q.lang))}
	v.From, v.To = yearSpan(periods)
	return t.renderPeriodUnknown(years, v)
}

// yearSpan returns the first and last years of periods.
func yearSpan(periods []string) (string, string) {
	var ys []string
	for _, p := range periods {
		if len(p) >= 4 {
			ys = append(ys, p[:4])
		}
	}
	if len(ys) == 0 {
		return "", ""
	}
	return slices.Min(ys), slices.Max(ys)
}

// adPeriodOutside reports whether the question asks for years of which
// no month is among the months the stored ads cover (available, a demand
// tool's Available): such a search is answered as missing, with the
// months that exist, instead of widened to every period.
func (t *turn) adPeriodOutside(available any) bool {
	years := t.askedYears()
	months := coverageOf(available).Months
	return len(years) > 0 && len(months) > 0 && !anyYearIn(years, months)
}

// renderPeriodUnknown renders v, a period unknown, naming the period
// asked as the user wrote it when the message holds it, else as a year.
func (t *turn) renderPeriodUnknown(years []int, v prompts.UnknownView) (string, bool, error) {
	v.Kind, v.Asked = lang.KindPeriod, strconv.Itoa(years[0])
	if ps := t.ask.read.Periods; len(ps) > 0 {
		v.Asked = ps[0].Surface
	}
	s, err := render("unknown", t.q.lang, v)
	return s, true, err
}

// anyYearIn reports whether some period ("2024", "2024-Q3", "2024-05")
// falls in one of years.
func anyYearIn(years []int, periods []string) bool {
	for _, p := range periods {
		if len(p) < 4 {
			continue
		}
		if y, err := strconv.Atoi(p[:4]); err == nil && slices.Contains(years, y) {
			return true
		}
	}
	return false
}

// availablePeriods returns the periods an indicator tool says exist, nil
// when it says nothing.
func availablePeriods(a *tools.Availability) []string {
	if a == nil {
		return nil
	}
	return a.Periods
}
