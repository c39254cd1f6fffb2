package chart

import (
	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// compareFigure draws a compare_indicator result as bars, in its ranking
// (highest first, or lowest first when that was asked), as the answer
// lists them. Fewer than two rows make no chart.
func compareFigure(l string, d tools.CompareResult) (figure, bool) {
	if len(d.Rows) < 2 {
		return figure{}, false
	}
	w := wordsFor(l)
	c := d.Cell
	keep := func(dim, v string) string {
		if d.By == dim {
			return ""
		}
		return v
	}
	place := ""
	if d.By != "geo" {
		place = prompts.PlacePhrase(l, c.Geo)
	}
	first := d.Rows[0].Observation
	f := figure{
		lang: l,
		title: sentence(tools.IndicatorName(d.Indicator, l), w.by[d.By], place,
			prompts.Who(l, keep("area", c.Area), keep("sex", c.Sex), keep("age", c.Age), keep("diploma", c.Diploma)),
			"—", prompts.PeriodLabel(l, d.Period)),
		caption: caption(l, rowPublishers(d.Rows), prompts.PeriodLabel(l, d.Period), first.Citation().Kind),
		unit:    unitLabel(l, first.Unit),
		columns: []string{w.dimension[d.By], w.value},
	}
	for _, r := range d.Rows {
		f.points = append(f.points, point{label: groupLabel(l, d.By, r.Observation), value: r.Value,
			text: prompts.Value(l, r.Value, r.Unit), mark: mark(l, r.Value, r.Unit)})
	}
	return f, true
}

// groupLabel names a compared value as the answers do: a region by its
// name, an age band as written, a group in words.
func groupLabel(l, by string, o tools.Observation) string {
	switch by {
	case "geo":
		return lang.RegionName(o.Geo, lang.Tag(l))
	case "age":
		return o.Age
	}
	return prompts.GroupLabel(l, tools.DimensionValue(o, by))
}

func rowPublishers(rows []tools.RankedRow) []string {
	obs := make([]tools.Observation, len(rows))
	for i, r := range rows {
		obs[i] = r.Observation
	}
	return publishers(obs)
}
