package chart

import (
	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/tools"
)

// bandFill is the colour of a forecast's 80 % interval: the line's
// colour, pale, so that the band reads as the line's uncertainty.
const bandFill = "#0b6e99"

// forecastWords are the words of the forecast chart, per language: its
// title, the header of its interval column, and the legend saying which
// part is projected and that the history is demo data.
var forecastWords = map[string]struct{ title, interval, legend string }{
	"fr": {"Offres d'emploi par mois et projection", "Intervalle à 80 %",
		"Trait plein : historique (données de démonstration) ; pointillés : projection ; bande : intervalle à 80 %."},
	"ar": {"إعلانات الشغل حسب الشهر والإسقاط", "مجال 80%",
		"الخط المتصل: السجل (معطيات تجريبية)؛ الخط المتقطع: الإسقاط؛ الشريط: مجال 80%."},
	"ary": {"الإعلانات ديال الخدمة ف كل شهر والتوقع", "مجال 80%",
		"الخط المتصل: السجل (معطيات تجريبية)؛ الخط المقطع: التوقع؛ الشريط: مجال 80%."},
	"ary-Latn": {"Les annonces f kol chher w tawa9o3", "Majal 80%",
		"Khatt metsel: sijil (données de démonstration); khatt m9atta3: tawa9o3; charit: majal 80%."},
	"en": {"Job ads by month and projection", "80% interval",
		"Solid line: history (demo data); dashed line: projection; band: 80% interval."},
}

// forecastFigure draws a forecast_demand result for one occupation: its
// months of history, then its projection dashed within the band of its
// 80 % interval. A ranking, or an occupation without a projection, makes
// no chart: the answer states it.
func forecastFigure(l string, d tools.ForecastResult) (figure, bool) {
	if len(d.Points) == 0 || len(d.History) == 0 {
		return figure{}, false
	}
	fw, ok := forecastWords[l]
	if !ok {
		fw = forecastWords["fr"]
	}
	w := wordsFor(l)
	f := figure{line: true, lang: l, title: sentence(fw.title, regionPhrase(l, d.Region)) + " — " + d.OccupationName,
		caption: caption(l, []string{"Marsad"}, span(l, d.History[0].Month, d.Points[len(d.Points)-1].Period), tools.KindProjection),
		unit:    w.ads, legend: fw.legend, columns: []string{w.period, w.ads, fw.interval}}
	for _, m := range d.History {
		n := prompts.Number(l, m.Ads)
		f.points = append(f.points, point{label: prompts.PeriodLabel(l, m.Month), value: m.Ads, text: n, mark: n, pos: tools.PeriodStart(m.Month)})
		f.extra = append(f.extra, []string{""})
		f.bands = append(f.bands, [2]float64{m.Ads, m.Ads})
	}
	f.forecastFrom = len(f.points)
	for _, p := range d.Points {
		n := prompts.Number(l, p.Value)
		f.points = append(f.points, point{label: prompts.PeriodLabel(l, p.Period), value: p.Value, text: n, mark: n, pos: tools.PeriodStart(p.Period)})
		f.extra = append(f.extra, []string{prompts.Number(l, p.Lo) + "–" + prompts.Number(l, p.Hi)})
		f.bands = append(f.bands, [2]float64{p.Lo, p.Hi})
	}
	return f, true
}

// drawForecast draws a figure's history as a solid line and its
// projection (from f.forecastFrom, joined to the last month of history)
// as a dashed line over the band of its interval.
func drawForecast(c *canvas, f figure, x []float64, y func(float64) float64) {
	k := f.forecastFrom - 1 // the band and the dashes start at the last month known
	var bx, by []float64
	for i := k; i < len(f.points); i++ {
		bx, by = append(bx, x[i]), append(by, y(f.bands[i][1]))
	}
	for i := len(f.points) - 1; i >= k; i-- {
		bx, by = append(bx, x[i]), append(by, y(f.bands[i][0]))
	}
	c.polygon(bx, by, bandFill, 0.2)
	var hx, hy, fx, fy []float64
	for i, p := range f.points {
		if i <= k {
			hx, hy = append(hx, x[i]), append(hy, y(p.value))
		}
		if i >= k {
			fx, fy = append(fx, x[i]), append(fy, y(p.value))
		}
	}
	c.polyline(hx, hy)
	c.dashedPolyline(fx, fy)
}

// polygon fills a closed shape with a colour of the given opacity.
func (c *canvas) polygon(xs, ys []float64, fill string, opacity float64) {
	c.b.WriteString(`<polygon`)
	c.attrText("fill", fill)
	c.attr("fill-opacity", opacity)
	c.b.WriteString(` stroke="none" points="`)
	c.points(xs, ys)
	c.b.WriteString(`"/>` + "\n")
}

// dashedPolyline draws a line in the chart's colour, dashed: what is
// projected, not observed.
func (c *canvas) dashedPolyline(xs, ys []float64) {
	c.b.WriteString(`<polyline fill="none" stroke="` + accent + `" stroke-width="2.5" stroke-dasharray="6 4" stroke-linejoin="round" points="`)
	c.points(xs, ys)
	c.b.WriteString(`"/>` + "\n")
}

// points writes the points of a polyline or a polygon: "x,y x,y…".
func (c *canvas) points(xs, ys []float64) {
	for i := range xs {
		if i > 0 {
			c.b.WriteByte(' ')
		}
		c.num(c.x(xs[i]))
		c.b.WriteByte(',')
		c.num(ys[i])
	}
}
