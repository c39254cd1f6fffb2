package chart

import (
	"math"

	"github.com/marsad/marsad/prompts"
)

// Line chart layout, in the viewBox's units (logical: left is the start
// of the reading direction).
const (
	margin      = 16.0
	axisWidth   = 56.0  // value labels before the plot
	plotHeight  = 190.0 // the plotted area
	pointInset  = 14.0  // between the plot's edges and its first and last points
	valueLabels = 12    // at most this many points carry their value
)

// drawLine draws a series over time: periods along the reading direction
// (from the right in Arabic script), values up, a dot a figure, the line
// cut where a period is missing or a series break falls (a dashed rule
// labelled there).
func drawLine(c *canvas, f figure) {
	title := wrap(f.title, width-2*margin, titleSize, 2)
	legend := wrap(f.legend, width-2*margin, smallSize, 2)
	capt := wrap(f.caption, width-2*margin, smallSize, 3)
	top := margin + float64(len(title))*titleSize*lineHeight + 24
	bottom := top + plotHeight
	height := bottom + 28 + float64(len(legend)+len(capt))*smallSize*lineHeight + margin
	c.open(math.Round(height), f.lang, f.title, f.description())
	c.lines(margin, margin-4, title, textStyle{size: titleSize, anchor: "start", fill: ink, bold: true})
	c.text(margin, top-10, f.unit, textStyle{size: smallSize, anchor: "start", fill: muted})

	left, right := margin+axisWidth, width-margin
	lo, hi := valueRange(f.points)
	for _, b := range f.bands { // a forecast's band is drawn too
		lo, hi = math.Min(lo, b[0]), math.Max(hi, b[1])
	}
	s := niceScale(lo, hi, 4, false)
	y := func(v float64) float64 { return s.at(v, bottom, top) }
	for _, t := range s.ticks() {
		c.line(left, y(t), right, y(t), grid, false)
		c.text(left-6, y(t)+4, c.number(prompts.Number(f.lang, t)), textStyle{size: smallSize, anchor: "end", fill: muted})
	}
	x := positions(f.points, left+pointInset, right-pointInset)
	drawBreaks(c, f, x, top, bottom)
	if f.forecastFrom > 0 {
		drawForecast(c, f, x, y)
	} else {
		drawSegments(c, f, x, y)
	}
	labelPoints(c, f, x, y, bottom)
	ly := c.lines(margin, bottom+24, legend, textStyle{size: smallSize, anchor: "start", fill: muted})
	c.lines(margin, ly, capt, textStyle{size: smallSize, anchor: "start", fill: muted})
	c.close()
}

func valueRange(ps []point) (lo, hi float64) {
	lo, hi = ps[0].value, ps[0].value
	for _, p := range ps[1:] {
		lo, hi = math.Min(lo, p.value), math.Max(hi, p.value)
	}
	return lo, hi
}

// positions places the points along [a, b] by their time, so that a
// missing period leaves its room empty.
func positions(ps []point, a, b float64) []float64 {
	first, last := ps[0].pos, ps[len(ps)-1].pos
	out := make([]float64, len(ps))
	for i, p := range ps {
		if last == first {
			out[i] = (a + b) / 2
			continue
		}
		out[i] = a + float64(p.pos-first)/float64(last-first)*(b-a)
	}
	return out
}

// drawSegments joins consecutive points unless a period is missing
// between them or a series break falls there, then dots every point.
func drawSegments(c *canvas, f figure, x []float64, y func(float64) float64) {
	step := minStep(f.points)
	var xs, ys []float64
	flush := func() {
		if len(xs) > 1 {
			c.polyline(xs, ys)
		}
		xs, ys = xs[:0], ys[:0]
	}
	for i, p := range f.points {
		if i > 0 && (p.pos-f.points[i-1].pos > step || breaksAt(f, i)) {
			flush()
		}
		xs, ys = append(xs, x[i]), append(ys, y(p.value))
	}
	flush()
	for i, p := range f.points {
		c.dot(x[i], y(p.value), p.hollow)
	}
}

// minStep is the series' period length: the smallest distance between
// two of its points.
func minStep(ps []point) int {
	step := 0
	for i := 1; i < len(ps); i++ {
		if d := ps[i].pos - ps[i-1].pos; d > 0 && (step == 0 || d < step) {
			step = d
		}
	}
	return step
}

func breaksAt(f figure, i int) bool {
	for _, b := range f.breaks {
		if b.at == i {
			return true
		}
	}
	return false
}

// drawBreaks rules each series break halfway between the figures it
// separates, labelled at the top of the plot.
func drawBreaks(c *canvas, f figure, x []float64, top, bottom float64) {
	for k, b := range f.breaks {
		bx := (x[b.at-1] + x[b.at]) / 2
		c.line(bx, top, bx, bottom, breakInk, true)
		c.text(bx+4, top+12+float64(k)*14, b.label, textStyle{size: smallSize - 1, anchor: "start", fill: breakInk})
	}
}

// labelPoints writes the periods under the plot, as many as fit (always
// the last), and each value above its dot when there are few.
func labelPoints(c *canvas, f figure, x []float64, y func(float64) float64, bottom float64) {
	widest := 0.0
	for _, p := range f.points {
		widest = math.Max(widest, textWidth(p.label, smallSize))
	}
	every := 1
	if len(f.points) > 1 {
		room := math.Abs(x[len(x)-1]-x[0]) / float64(len(f.points)-1)
		every = int(math.Ceil((widest + 8) / room))
	}
	last := len(f.points) - 1
	for i, p := range f.points {
		if (last-i)%every == 0 {
			tx, anchor := inside(x[i], p.label, smallSize)
			c.text(tx, bottom+16, p.label, textStyle{size: smallSize, anchor: anchor, fill: ink})
		}
		if len(f.points) <= valueLabels {
			tx, anchor := inside(x[i], p.mark, smallSize-1)
			c.text(tx, y(p.value)-9, c.number(p.mark), textStyle{size: smallSize - 1, anchor: anchor, fill: ink})
		}
	}
}

// inside centres a label on x unless it would cross the picture's
// margin: it then starts, or ends, at the margin.
func inside(x float64, s string, size float64) (float64, string) {
	half := textWidth(s, size) / 2
	switch {
	case x-half < margin:
		return margin, "start"
	case x+half > width-margin:
		return width - margin, "end"
	}
	return x, "middle"
}
