package offline

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// question is what the planner understood of a message: the slots of an
// indicator query, each empty when the message does not say.
type question struct {
	lang      lang.Tag
	indicator string
	cell      tools.Cell
	asked     string   // the city or province named, when the geo comes from it
	geos      []string // every distinct geo named, in order
	compareBy string   // "", geo, sex, area, age, diploma
	lowest    bool     // the user asked for the lowest first
	trend     bool
	bySector  bool // the sectors are what is compared ("quel secteur", "فاش قطاع")
	census    bool // the census was named: its series, not the survey's
	survey    bool // the labour force survey was named: its series, not the census's
	define    bool // the message asks what the indicator means
	boys      bool // the young were named by a word that also means boys (drari): after girls, the boys
	year      int  // 0 when none; with quarter or month, the period asked
	quarter   int
	month     int
	span      string // a span of months ("2023-01/2023-07"): the period asked, with year and month its last
	fromYear  int    // a range of years: from..to (to 0 = up to the latest)
	fromQ     int    // the quarter the range starts in, when only its start names one ("du T3 2018 à 2024")
	toYear    int
}

// hasSlots reports whether the message named anything besides the
// indicator, so that it can follow up on the previous turn ("et à Tanger ?").
func (q question) hasSlots() bool {
	return q.cell != (tools.Cell{}) || q.year != 0 || q.fromYear != 0 || q.compareBy != "" || q.trend || q.survey
}

// understand fills a question from the message. now resolves relative
// periods ("l'année dernière").
func understand(msg lang.Reading, now time.Time) question {
	q := question{lang: msg.Lang}
	var sectors, sexes, areas, ages, diplomas []string
	for _, m := range msg.Concepts {
		c := m.Concept
		switch c.Kind {
		case "indicator":
			if q.indicator == "" || refines(c.Value, q.indicator) {
				q.indicator = c.Value
			}
		case "sector":
			sectors = appendNew(sectors, c.Value)
		case "sex":
			sexes = appendNew(sexes, c.Value)
		case "area":
			areas = appendNew(areas, c.Value)
		case "age":
			ages = appendNew(ages, c.Value)
			q.boys = q.boys || lang.IsBoys(m)
		case "diploma":
			diplomas = appendNew(diplomas, c.Value)
		case "intent":
			q.applyIntent(c.Value)
		}
	}
	if q.indicator != "" || !asksLacked(msg) {
		q.indicator = withSector(q.indicator, sectors)
	}
	q.indicator = withCensus(q.indicator, q.census)
	q.readPlaces(msg.Places)
	q.cell.Sex = q.pick("sex", sexes)
	q.cell.Area = q.pick("area", areas)
	q.cell.Age = q.pick("age", ages)
	q.cell.Diploma = q.pick("diploma", diplomas)
	q.readPeriods(msg.Periods, now)
	return q
}

func (q *question) applyIntent(v string) {
	switch v {
	case "compare", "list_regions":
		if q.compareBy == "" {
			q.compareBy = "geo"
		}
	case "trend":
		q.trend = true
	case "by_sector":
		q.bySector = true
	case "by_age":
		q.compareBy = "age"
	case "census":
		q.census = true
	case "survey":
		q.survey = true
	case "define":
		q.define = true
	case "lowest":
		q.lowest = true
		if q.compareBy == "" {
			q.compareBy = "geo"
		}
	}
}

// pick returns the only value named for a dimension; two or more make the
// question a comparison across that dimension.
func (q *question) pick(dim string, values []string) string {
	switch len(values) {
	case 0:
		return ""
	case 1:
		return values[0]
	}
	if q.compareBy == "" || q.compareBy == "geo" && len(q.geos) < 2 {
		q.compareBy = dim
	}
	return ""
}

// withSector turns an indicator plus a sector into the sector's series
// when one is defined (excessive_hours_share and agriculture:
// excessive_hours_share_agriculture); a sector alone, or with the
// employment rate (which HCP does not publish by sector), implies net job
// creation.
func withSector(indicator string, sectors []string) string {
	if len(sectors) != 1 {
		return indicator
	}
	if _, ok := tools.LookupDefinition(indicator + "_" + sectors[0]); ok && indicator != "" {
		return indicator + "_" + sectors[0]
	}
	switch indicator {
	case "", "employment_rate":
		return "net_jobs_created_" + sectors[0]
	}
	return indicator
}

// refinedBy lists, for an indicator, those that measure a part of what it
// counts: a question naming both asks for the part ("les actifs occupés
// qui travaillent plus de 48 heures", "المشتغلين الذين يعملون أكثر من 48
// ساعة" want the excessive-hours share, not the employed persons).
var refinedBy = map[string][]string{
	"employed_persons":          {"excessive_hours_share"},
	"employment_rate":           {"excessive_hours_share"},
	"avg_weekly_hours_worked":   {"excessive_hours_share"},
	"total_weekly_hours_worked": {"excessive_hours_share"},
}

// refines reports whether indicator narrows the one already read.
func refines(indicator, first string) bool {
	return slices.Contains(refinedBy[first], indicator)
}

// withCensus turns a survey indicator into the census's series of the same
// measure when the question names the census (unemployment_rate and
// "selon le recensement": unemployment_rate_census); an indicator the census
// does not measure stays as it is.
func withCensus(indicator string, census bool) string {
	if !census || strings.HasSuffix(indicator, "_census") {
		return indicator
	}
	if _, ok := tools.LookupDefinition(indicator + "_census"); ok {
		return indicator + "_census"
	}
	return indicator
}

func (q *question) readPlaces(places []lang.PlaceMatch) {
	for _, m := range places {
		code := m.Place.Region
		if m.Place.Kind == "country" {
			code = "MA"
		}
		if !tools.IsGeo(code) {
			continue
		}
		if !slices.Contains(q.geos, code) {
			q.geos = append(q.geos, code)
			if m.Place.Kind == "city" || m.Place.Kind == "province" {
				q.asked = m.Surface
			}
		}
	}
	q.geos = collapseSouth(q.geos)
	switch {
	case len(q.geos) == 1:
		q.cell.Geo = q.geos[0]
	case len(q.geos) >= 2:
		q.compareBy, q.asked = "geo", ""
	}
}

func (q *question) readPeriods(periods []lang.PeriodMatch, now time.Time) {
	if q.readSpan(periods) {
		return
	}
	var years []int
	for _, p := range periods {
		y := p.Year
		switch y {
		case lang.LastYear:
			y = now.Year() - 1
		case lang.ThisYear:
			y = now.Year()
		}
		if y > 0 {
			years = appendNew(years, y)
		}
		if p.Quarter > 0 {
			q.quarter = p.Quarter
		}
		if p.Month > 0 {
			q.month = p.Month
		}
	}
	slices.Sort(years)
	switch {
	case len(years) >= 2:
		q.fromYear, q.toYear, q.trend = years[0], years[len(years)-1], true
		if len(periods) == 2 && periods[0].Quarter > 0 && periods[0].Year == years[0] && periods[1].Quarter == 0 && periods[1].Month == 0 {
			q.fromQ, q.quarter = periods[0].Quarter, 0 // "من الفصل الثالث 2018 إلى سنة 2024": from that quarter, then the years
		}
	case len(years) == 1 && q.trend:
		q.fromYear = years[0]
	case len(years) == 1:
		q.year = years[0]
	}
}

// readSpan reads a span of months ("de janvier à juillet 2023": ANAPEC's
// cumulated counts) as one period, an interval of months, and reports
// whether the message named one.
func (q *question) readSpan(periods []lang.PeriodMatch) bool {
	for i, p := range periods {
		if !p.Through || i+1 == len(periods) {
			continue
		}
		end := periods[i+1]
		first := cmp.Or(p.Year, end.Year)
		if end.Month == 0 || end.Year <= 0 || first <= 0 || first*12+p.Month >= end.Year*12+end.Month {
			continue
		}
		q.span = fmt.Sprintf("%d-%02d/%d-%02d", first, p.Month, end.Year, end.Month)
		q.year, q.month = end.Year, end.Month
		return true
	}
	return false
}

// collapseSouth drops the southern regions named beside their HCP group
// ("les régions du Sud (Laâyoune, Dakhla)"): the user asked for the group.
func collapseSouth(geos []string) []string {
	if !slices.Contains(geos, "MA-SUD") {
		return geos
	}
	return slices.DeleteFunc(geos, func(g string) bool { return g == "MA-10" || g == "MA-11" || g == "MA-12" })
}

func appendNew[T comparable](s []T, v T) []T {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

// asksLacked reports whether the message asks a figure Marsad lacks
// (an indicator it cannot resolve, or one it keeps no figures on): a
// sector named there is the population of that figure, not net job
// creation in the sector ("nisbat l'accidents dyal lkhdma 3nd lkhdama f
// lbni").
func asksLacked(msg lang.Reading) bool {
	for _, u := range msg.Unresolved {
		if u.Kind == lang.KindIndicator {
			return true
		}
	}
	return msg.Unmeasured != ""
}
