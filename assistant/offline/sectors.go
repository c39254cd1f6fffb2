package offline

import (
	"cmp"
	"context"
	"slices"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/tools"
)

// sectorsOrder are the sectors of HCP's sector series, in their order.
var sectorsOrder = []string{"agriculture", "industry", "construction", "services"}

// sectorSeries returns the sector series of an indicator that has at
// least two (net_jobs_created: net_jobs_created_agriculture …), nil
// otherwise.
func sectorSeries(indicator string) []string {
	var out []string
	for _, s := range sectorsOrder {
		if _, ok := tools.LookupDefinition(indicator + "_" + s); ok {
			out = append(out, indicator+"_"+s)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// sectorRanking answers a question asking which sector ("quel secteur a
// créé le plus d'emplois en 2024", "فاش قطاع كيخدمو الناس ساعات زايدة",
// "which sector lost the most jobs") when its indicator has sector series:
// each sector's figure for one period, ranked. The period is the one asked,
// else the latest of the first sector that has one; a sector without a
// figure for it is left out. ok is false for any other question, or when
// fewer than two sectors have a figure.
func (t *turn) sectorRanking(ctx context.Context) (string, bool, error) {
	base := t.q.indicator
	if base == "" && t.q.bySector { // "la part de l'emploi par secteur", "combien travaillent dans chaque secteur"
		base = t.ask.read.SectorMeasure()
	}
	series := sectorSeries(base)
	if !t.q.bySector || t.ask.tool != "" || series == nil {
		return "", false, nil
	}
	var rows []tools.Observation
	var cites []tools.Citation
	period := ""
	for _, ind := range series {
		q := t.q
		q.indicator = ind
		args := q.seriesArgs()
		if period != "" {
			args.From, args.To = period, period
		}
		res, err := t.call(ctx, tools.NameIndicatorSeries, args)
		if err != nil {
			return "", true, err
		}
		data, err := tools.DataAs[tools.SeriesResult](res)
		if err != nil {
			return "", true, err
		}
		pts := q.choose(data.Observations)
		if len(pts) == 0 {
			continue
		}
		o := pts[len(pts)-1]
		if period == "" {
			period = o.Period
		}
		if o.Period == period {
			rows = append(rows, o)
			cites = append(cites, res.Citations...)
		}
	}
	if len(rows) < 2 {
		return "", false, nil
	}
	slices.SortStableFunc(rows, func(a, b tools.Observation) int {
		if t.q.lowest {
			return cmp.Compare(a.Value, b.Value)
		}
		return cmp.Compare(b.Value, a.Value)
	})
	l := string(t.q.lang)
	c := t.q.cell
	v := prompts.CompareView{Indicator: sectorMeasureName(base, l), By: "sector", Period: prompts.PeriodPhrase(l, period),
		Who: prompts.Who(l, c.Area, c.Sex, c.Age, c.Diploma), Ascending: t.q.lowest}
	for i, o := range rows {
		v.Rows = append(v.Rows, prompts.Figure{Rank: i + 1, Label: prompts.SectorName(l, sectorOf(o.Indicator)), Value: prompts.Value(l, o.Value, o.Unit)})
		v.Kind = prompts.KindLabel(l, string(o.Citation().Kind))
	}
	t.shows(cites)
	s, err := render("compare", t.q.lang, v)
	return s, true, err
}

// sectorOf returns the sector a sector series is of.
func sectorOf(indicator string) string {
	for _, s := range sectorsOrder {
		if len(indicator) > len(s) && indicator[len(indicator)-len(s)-1:] == "_"+s {
			return s
		}
	}
	return ""
}

// sectorMeasureName names what a ranking of sector series measures: the
// indicator, or the shares of employment, which have no indicator of
// their own.
func sectorMeasureName(base, l string) string {
	if _, ok := tools.LookupDefinition(base); ok {
		return tools.IndicatorName(base, l)
	}
	return prompts.SectorMeasureName(l, base)
}
