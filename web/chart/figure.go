package chart

import (
	"strings"

	"github.com/marsad/marsad/assistant"
)

// figure is one chart to draw, read from one tool result: its labels in
// the turn's language and its points in the order the result gives them.
type figure struct {
	line    bool // a series over time; else ranked bars
	lang    string
	title   string
	caption string
	unit    string // the value axis's unit, as the answer writes it
	points  []point
	// breaks are the series breaks the points straddle: each falls
	// just before points[at].
	breaks []seriesBreak
	// legend explains a mark (hollow dots), "" when none is drawn.
	legend  string
	columns []string
	// extra are table cells after each point's label and value (a share).
	extra [][]string
	// forecastFrom is the index of the first projected point of a
	// forecast (0: none is); bands holds each point's interval (lo, hi),
	// the value itself for a point observed.
	forecastFrom int
	bands        [][2]float64
}

// point is one figure drawn: its label (a period, a region, a group), its
// value, that value as the answer writes it (text, for the table) and as
// the picture writes it (mark: without the unit's words, which the axis or
// the title gives). pos orders a line chart's points in time (months since
// year 0); hollow marks a figure not comparable with the others.
type point struct {
	label  string
	value  float64
	text   string
	mark   string
	pos    int
	hollow bool
}

type seriesBreak struct {
	at    int
	label string
}

// table returns the figures as the chart's table: one row a point.
func (f figure) table() assistant.Table {
	t := assistant.Table{Columns: f.columns, Rows: make([][]string, 0, len(f.points))}
	for i, p := range f.points {
		row := []string{p.label, p.text}
		if i < len(f.extra) {
			row = append(row, f.extra[i]...)
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// description is the SVG's accessible <desc>: the caption, then each
// figure, so a screen reader or a text browser gets the same figures.
func (f figure) description() string {
	parts := make([]string, 0, len(f.points)+1)
	for _, p := range f.points {
		parts = append(parts, p.label+wordsFor(f.lang).colon+p.text)
	}
	sep := "; "
	if rightToLeft(f.lang) {
		sep = "؛ "
	}
	return f.caption + ". " + strings.Join(parts, sep)
}

// draw draws the figure on c, whose buffer is emptied first.
func (f figure) draw(c *canvas) {
	c.b.Reset()
	c.rtl = rightToLeft(f.lang)
	if f.line {
		drawLine(c, f)
	} else {
		drawBars(c, f)
	}
}
