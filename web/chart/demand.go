package chart

import (
	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/tools"
)

// The job-ad charts count deduplicated ads: their caption names the
// sites counted and says the figures are ad counts, not official
// statistics. Occupation and skill names come from the tool in the
// answer's language already.

// topFigure draws a top_occupations result: ads per occupation, ranked.
func topFigure(l string, d tools.TopOccupationsResult, cites []tools.Citation) (figure, bool) {
	if len(d.Rows) < 2 {
		return figure{}, false
	}
	w := wordsFor(l)
	f := adsFigure(l, sentence(w.topJobs, regionPhrase(l, d.Region)), cites, d.From, d.To)
	f.columns = []string{w.occupation, w.ads, w.share}
	for _, r := range d.Rows {
		f.points = append(f.points, point{label: r.Name, value: float64(r.Ads), text: count(l, r.Ads), mark: count(l, r.Ads)})
		f.extra = append(f.extra, []string{prompts.Value(l, r.Share, "percent")})
	}
	return f, true
}

// skillsFigure draws a skills_in_demand result: ads per skill, ranked.
func skillsFigure(l string, d tools.SkillsResult, cites []tools.Citation) (figure, bool) {
	if len(d.Rows) < 2 {
		return figure{}, false
	}
	w := wordsFor(l)
	title := sentence(w.topSkills, regionPhrase(l, d.Region))
	if d.OccupationName != "" {
		title += " — " + d.OccupationName
	}
	f := adsFigure(l, title, cites, d.From, d.To)
	f.columns = []string{w.skill, w.ads, w.share}
	for _, r := range d.Rows {
		f.points = append(f.points, point{label: r.Name, value: float64(r.Ads), text: count(l, r.Ads), mark: count(l, r.Ads)})
		f.extra = append(f.extra, []string{prompts.Value(l, r.Share, "percent")})
	}
	return f, true
}

// minTrendMonths is the shortest occupation trend worth a chart.
const minTrendMonths = 3

// trendFigure draws the demand trend of an occupation_profile result: its
// ads month by month.
func trendFigure(l string, d tools.ProfileResult, cites []tools.Citation) (figure, bool) {
	if len(d.Trend) < minTrendMonths || d.Ads == 0 {
		return figure{}, false
	}
	w := wordsFor(l)
	first, last := d.Trend[0].Key, d.Trend[len(d.Trend)-1].Key
	f := adsFigure(l, sentence(w.adsByMonth, regionPhrase(l, d.Region))+" — "+d.Name, cites, first, last)
	f.line, f.unit = true, w.ads
	f.columns = []string{w.period, w.ads}
	for _, c := range d.Trend {
		f.points = append(f.points, point{label: prompts.PeriodLabel(l, c.Key), value: float64(c.Ads),
			text: count(l, c.Ads), mark: count(l, c.Ads), pos: tools.PeriodStart(c.Key)})
	}
	return f, true
}

// adsFigure starts a job-ad chart: its title and its caption naming the
// sites of the result's ad-count citations and the months counted.
func adsFigure(l, title string, cites []tools.Citation, from, to string) figure {
	var sites []string
	seen := map[string]bool{}
	for _, c := range cites {
		if c.Kind == tools.KindAdCount && !seen[c.Publisher] {
			seen[c.Publisher] = true
			sites = append(sites, c.Publisher)
		}
	}
	period := ""
	if from != "" && to != "" {
		period = span(l, from, to)
	}
	return figure{lang: l, title: title, caption: caption(l, sites, period, tools.KindAdCount), unit: wordsFor(l).ads}
}

// regionPhrase is "in <region>" for a demand result's region, "" for the
// whole country (the title then names no place, as the answers do).
func regionPhrase(l, region string) string {
	if region == "" {
		return ""
	}
	return prompts.PlacePhrase(l, region)
}

func count(l string, n int) string { return prompts.Number(l, float64(n)) }
