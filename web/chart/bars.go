package chart

import "math"

// Bar chart layout, in the viewBox's units.
const (
	rowHeight  = 26.0
	barHeight  = 16.0
	maxLabelW  = 230.0 // a longer label is shortened (the table has it whole)
	labelGap   = 8.0
	valueInset = 4.0
)

// drawBars draws a ranking: one bar a row in the result's order, the
// label at the start of the reading direction (on the right in Arabic
// script), the bar growing from zero away from it, the value after it.
func drawBars(c *canvas, f figure) {
	title := wrap(f.title, width-2*margin, titleSize, 2)
	capt := wrap(f.caption, width-2*margin, smallSize, 3)
	top := margin + float64(len(title))*titleSize*lineHeight + 12
	bottom := top + float64(len(f.points))*rowHeight
	height := bottom + 12 + float64(len(capt))*smallSize*lineHeight + margin
	c.open(math.Round(height), f.lang, f.title, f.description())
	c.lines(margin, margin-4, title, textStyle{size: titleSize, anchor: "start", fill: ink, bold: true})

	labelW, valueW := 0.0, 0.0
	for _, p := range f.points {
		labelW = math.Max(labelW, textWidth(p.label, labelSize))
		valueW = math.Max(valueW, textWidth(p.mark, labelSize))
	}
	labelW = math.Min(labelW, maxLabelW)
	x0, x1 := margin+labelW+labelGap, width-margin-valueW-valueInset
	// No axis is drawn (each bar is labelled), so the longest bar takes
	// the whole width.
	lo, hi := valueRange(f.points)
	s := scale{lo: math.Min(lo, 0), hi: math.Max(hi, 0)}
	if s.lo == s.hi {
		s.hi = 1 // every value is 0: bars of no length
	}
	zero := s.at(0, x0, x1)
	for i, p := range f.points {
		rowTop := top + float64(i)*rowHeight
		mid := rowTop + rowHeight/2
		c.text(margin+labelW, mid+4, shorten(p.label, labelW, labelSize), textStyle{size: labelSize, anchor: "end", fill: ink})
		end := s.at(p.value, x0, x1)
		c.rect(math.Min(zero, end), mid-barHeight/2, math.Abs(end-zero), barHeight, accent)
		c.text(math.Max(zero, end)+valueInset, mid+4, c.number(p.mark), textStyle{size: labelSize, anchor: "start", fill: ink})
	}
	c.line(zero, top, zero, bottom, muted, false)
	c.lines(margin, bottom+8, capt, textStyle{size: smallSize, anchor: "start", fill: muted})
	c.close()
}
