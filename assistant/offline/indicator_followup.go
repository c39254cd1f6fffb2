package offline

import (
	"cmp"
	"strconv"
	"strings"

	"github.com/marsad/marsad/tools"
)

// Dimensions of a cell, as a follow-up inherits them (inheritCell): the
// place, the area people live in, and the population.
var (
	placeDims      = []string{"geo", "area"}
	populationDims = []string{"sex", "age", "diploma"}
)

// indicatorArgs are the arguments of an indicator call as a follow-up
// reads them, whichever of the two tools made it.
type indicatorArgs struct {
	Indicator string `json:"indicator"`
	tools.Cell
	From   string   `json:"from"`
	To     string   `json:"to"`
	Period string   `json:"period"` // compare_indicator
	By     string   `json:"by"`     // compare_indicator
	Geos   []string `json:"geos"`   // compare_indicator
}

// followIndicator completes an indicator follow-up ("et à Tanger ?", "and
// women?", "et le taux d'activité ?") from the last question. When that
// question was about an indicator, the follow-up takes its indicator
// (unless it names its own), its cell as inheritCell says, its period
// unless it names one, and its comparison unless it names a value of the
// compared dimension ("et en 2023 ?" after a ranking of regions ranks
// them again; "et à Tanger ?" asks Tanger's figure). When the last
// question was about job ads, the follow-up takes its region and years,
// and the indicator of the last indicator question of the session if it
// names none. A follow-up asking for the latest ("w daba?") takes no
// period. It returns q unchanged when the session has no indicator to
// follow.
func (s state) followIndicator(q question, latest bool) question {
	last, older := s.asked, false
	if !isIndicatorTool(last.Name) {
		q = s.placeAndYears(q)
		last, older = s.indicator, true
		if q.indicator != "" || last.Name == "" {
			return q
		}
	}
	var prev indicatorArgs
	decode(last.Arguments, &prev)
	if prev.Indicator == "" {
		return q
	}
	if q.indicator == "" {
		q.indicator = prev.Indicator
		if q.survey && !q.census { // the census's rate, then "et selon l'enquête emploi ?": the survey's
			q.indicator = strings.TrimSuffix(q.indicator, "_census")
		}
	}
	if older { // the population and period of an older question are not the user's any more
		return q
	}
	if q.boys && prev.Sex == "female" && q.cell.Sex == "" && q.cell.Age == "15-24" { // "lbnat" then "w drari?": the boys
		q.cell.Sex, q.cell.Age = "male", ""
	}
	named := namedDims(q)
	q.cell = inheritCell(q.cell, prev.Cell, named)
	switch {
	case !q.hasPeriod() && !latest: // "…en 2024" then "et les hommes ?": still 2024
		q.carryPeriod(prev.From, prev.To, prev.Period)
	case q.year == 0 && q.fromYear == 0 && (q.quarter != 0 || q.month != 0): // "…en 2025" then "what about Q2?": Q2 2025
		q.year = yearOf(cmp.Or(prev.Period, prev.To, prev.From))
	case q.span == "" && q.year != 0 && q.quarter == 0 && q.month == 0: // "de janvier à juillet 2022" then "et en 2023 ?": the same months
		if s := shiftSpan(cmp.Or(prev.Period, prev.From), q.year); s != "" && prev.From == prev.To {
			q.setSpan(s)
		}
	}
	if prev.By != "" && q.compareBy == "" && !named[prev.By] {
		q.compareBy, q.lowest = prev.By, s.lowest
		if prev.By == "geo" && len(q.geos) == 0 {
			q.geos = prev.Geos
		}
	}
	return q
}

// placeAndYears gives q, when it names none, the conversation's place
// (a region or HCP's southern group) and the years of the last question
// when it was about job ads: "and the unemployment rate there?" after
// the occupations in demand in the Oriental, or after the trainings
// for one of them.
func (s state) placeAndYears(q question) question {
	var prev struct {
		From string `json:"from"`
		To   string `json:"to"`
	}
	decode(s.asked.Arguments, &prev)
	if len(q.geos) == 0 && s.place != "" && s.place != "MA" && tools.IsGeo(s.place) {
		q.cell.Geo, q.geos = s.place, []string{s.place}
	}
	if !q.hasPeriod() && isYear(prev.From) && (prev.To == "" || isYear(prev.To)) {
		q.carryPeriod(prev.From, prev.To, "")
	}
	return q
}

// yearOf returns the year a period starts with (2025 for "2025-Q3"), 0
// for none.
func yearOf(period string) int {
	if len(period) < 4 || !isYear(period[:4]) {
		return 0
	}
	y, _ := strconv.Atoi(period[:4])
	return y
}

func isYear(s string) bool {
	y, err := strconv.Atoi(s)
	return err == nil && len(s) == 4 && y > 1900
}

// namedDims returns the dimensions q names a value of, or compares across.
func namedDims(q question) map[string]bool {
	named := map[string]bool{q.compareBy: q.compareBy != ""}
	for _, d := range append(placeDims, populationDims...) {
		if cellValue(q.cell, d) != "" {
			named[d] = true
		}
	}
	if len(q.geos) > 0 {
		named["geo"] = true
	}
	return named
}

// inheritCell returns the cell of a follow-up that names the dimensions
// named (with the values of now) after a question about before.
//
// The geo is inherited unless named: "et à Tanger ?" after "le chômage
// des femmes en milieu urbain" keeps women and urban.
//
// The area (urban, rural) and the population dimensions (sex, age,
// diploma) are one population, which a follow-up changes in one of three
// ways. One that names a value in a dimension the previous population
// set contrasts within it, and the other dimensions stay ("young women"
// then "and men?": young men; "rural women" then "and in the cities?":
// urban women). One that names an area only narrows the population where
// it lives ("youth unemployment" then "and in rural areas?": rural
// youth). One that names a sex, age or diploma the previous population
// did not set asks about another population, which replaces the old one
// whole, its area included ("youth unemployment" then "and women?":
// women of all ages; "w f l3roubiya?" then "w 3nd l3yalat?": women, in
// the cities and the countryside).
func inheritCell(now, before tools.Cell, named map[string]bool) tools.Cell {
	out := now
	if !named["geo"] {
		out.Geo = before.Geo
	}
	if !contrasts(before, named) && namesAny(named, populationDims) {
		return out
	}
	for _, d := range append([]string{"area"}, populationDims...) {
		if !named[d] {
			out = tools.SetDimension(out, d, cellValue(before, d))
		}
	}
	return out
}

// contrasts reports whether the named dimensions include one that the
// population of before (its area included) sets.
func contrasts(before tools.Cell, named map[string]bool) bool {
	for _, d := range append([]string{"area"}, populationDims...) {
		if named[d] && isSet(before, d) {
			return true
		}
	}
	return false
}

func namesAny(named map[string]bool, dims []string) bool {
	for _, d := range dims {
		if named[d] {
			return true
		}
	}
	return false
}

// isSet reports whether c narrows dimension d: a value that is not the
// whole population ("", total, 15+).
func isSet(c tools.Cell, d string) bool {
	v := cellValue(c, d)
	return v != "" && v != cellValue(tools.Cell{}.WithDefaults(), d)
}

func cellValue(c tools.Cell, d string) string {
	return tools.DimensionValue(tools.Observation{Geo: c.Geo, Area: c.Area, Sex: c.Sex, Age: c.Age, Diploma: c.Diploma}, d)
}
