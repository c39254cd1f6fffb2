package chart

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
	"unicode"
)

// The look of every chart. Sizes are in the viewBox's units; the page
// scales the picture to its column.
const (
	width      = 640.0
	titleSize  = 16.0
	labelSize  = 12.0
	smallSize  = 11.0
	lineHeight = 1.35
	// fontFamily lists fonts that hold Arabic letters after the Latin
	// ones, so that a reader's machine finds one for either script; an
	// <img> loads no web font.
	fontFamily = "system-ui, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', 'DejaVu Sans', Tahoma, Arial, sans-serif"
	ink        = "#1f2933"
	muted      = "#52606d"
	grid       = "#d9e2ec"
	accent     = "#0b6e99"
	breakInk   = "#b44d12"
)

// canvas writes one SVG document. Callers lay a chart out as if it read
// from left to right; for a right-to-left chart the canvas mirrors every
// x (and sets direction="rtl", so that a text's "start" anchor is its
// right end): the first category lands on the right, the value axis on
// the right, and each label's logical anchor still holds.
type canvas struct {
	b   bytes.Buffer
	rtl bool
	// digits is where a number is written before it goes to b: a
	// number as a string, and the string of each element built by
	// concatenation, were a tenth of a turn's allocations.
	digits []byte
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// num writes v as num does.
func (c *canvas) num(v float64) {
	c.digits = strconv.AppendFloat(c.digits[:0], v, 'f', 1, 64)
	c.b.Write(c.digits)
}

// attr writes ` name="v"`, v as num writes it.
func (c *canvas) attr(name string, v float64) {
	c.b.WriteByte(' ')
	c.b.WriteString(name)
	c.b.WriteString(`="`)
	c.num(v)
	c.b.WriteByte('"')
}

// attrText writes ` name="v"`, v written as it is (a colour, an anchor).
func (c *canvas) attrText(name, v string) {
	c.b.WriteByte(' ')
	c.b.WriteString(name)
	c.b.WriteString(`="`)
	c.b.WriteString(v)
	c.b.WriteByte('"')
}

func (c *canvas) x(v float64) float64 {
	if c.rtl {
		return width - v
	}
	return v
}

// open starts the document with its accessible title and description.
func (c *canvas) open(height float64, lang, title, desc string) {
	dir := "ltr"
	if c.rtl {
		dir = "rtl"
	}
	c.b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` + num(width) + " " + num(height) +
		`" width="` + num(width) + `" height="` + num(height) + `" role="img" aria-labelledby="chart-title chart-desc"` +
		` xml:lang="` + attr(lang) + `" direction="` + dir + `" font-family="` + fontFamilyAttr + `">` + "\n")
	c.b.WriteString(`<title id="chart-title">`)
	escape(&c.b, title)
	c.b.WriteString(`</title>` + "\n" + `<desc id="chart-desc">`)
	escape(&c.b, desc)
	c.b.WriteString("</desc>\n")
	c.b.WriteString(`<rect x="0" y="0" width="` + num(width) + `" height="` + num(height) + `" fill="#ffffff"/>` + "\n")
}

func (c *canvas) close() {
	c.b.WriteString("</svg>\n")
}

// textStyle is how one label is drawn; anchor is logical: start, middle
// or end in the chart's reading direction.
type textStyle struct {
	size   float64
	anchor string
	fill   string
	bold   bool
}

func (c *canvas) text(x, y float64, s string, st textStyle) {
	c.b.WriteString(`<text`)
	c.attr("x", c.x(x))
	c.attr("y", y)
	c.attr("font-size", st.size)
	c.attrText("text-anchor", st.anchor)
	c.attrText("fill", st.fill)
	if st.bold {
		c.b.WriteString(` font-weight="bold"`)
	}
	c.b.WriteString(">")
	escape(&c.b, s)
	c.b.WriteString("</text>\n")
}

// number returns a value to write as a label: in a right-to-left chart
// it is isolated left to right (U+2066 … U+2069), or the bidirectional
// algorithm would put a minus sign after the digits ("432 000-").
func (c *canvas) number(s string) string {
	if !c.rtl {
		return s
	}
	return "\u2066" + s + "\u2069"
}

// lines writes wrapped text, one <text> a line, from y down; it returns
// the y below the last line.
func (c *canvas) lines(x, y float64, ls []string, st textStyle) float64 {
	for _, l := range ls {
		y += st.size
		c.text(x, y, l, st)
		y += st.size * (lineHeight - 1)
	}
	return y
}

func (c *canvas) line(x1, y1, x2, y2 float64, stroke string, dashed bool) {
	c.b.WriteString(`<line`)
	c.attr("x1", c.x(x1))
	c.attr("y1", y1)
	c.attr("x2", c.x(x2))
	c.attr("y2", y2)
	c.attrText("stroke", stroke)
	c.b.WriteString(` stroke-width="1"`)
	if dashed {
		c.b.WriteString(` stroke-dasharray="4 3"`)
	}
	c.b.WriteString("/>\n")
}

// rect draws a box whose logical left edge is x.
func (c *canvas) rect(x, y, w, h float64, fill string) {
	x, w = round(x, 1), round(w, 1) // so that mirrored edges stay where they were
	left := x
	if c.rtl {
		left = width - x - w
	}
	c.b.WriteString(`<rect`)
	c.attr("x", left)
	c.attr("y", y)
	c.attr("width", w)
	c.attr("height", h)
	c.attrText("fill", fill)
	c.b.WriteString("/>\n")
}

func (c *canvas) polyline(xs, ys []float64) {
	c.b.WriteString(`<polyline fill="none" stroke="` + accent + `" stroke-width="2.5" stroke-linejoin="round" points="`)
	c.points(xs, ys)
	c.b.WriteString(`"/>` + "\n")
}

// dot marks a figure; a hollow one is not comparable with the others.
func (c *canvas) dot(x, y float64, hollow bool) {
	fill := accent
	if hollow {
		fill = "#ffffff"
	}
	c.b.WriteString(`<circle`)
	c.attr("cx", c.x(x))
	c.attr("cy", y)
	c.b.WriteString(` r="4"`)
	c.attrText("fill", fill)
	c.b.WriteString(` stroke="` + accent + `" stroke-width="2"/>` + "\n")
}

// escape writes s as XML character data: markup characters escaped, and
// characters XML cannot hold (NUL, other controls) replaced by U+FFFD.
func escape(b *bytes.Buffer, s string) {
	switch markup, ok := plainText(s); {
	case !ok:
		_ = xml.EscapeText(b, []byte(s))
	case !markup:
		b.WriteString(s)
	default:
		escapeMarkup(b, s)
	}
}

// plainText reports, in ok, whether s is valid UTF-8 of characters XML
// allows with no tab or line end, which xml.EscapeText writes as they
// are but for the markup characters "'&<>; markup is whether s holds
// one. A chart's labels are plain, and were copied to bytes and written
// a rune at a time for nothing; an apostrophe ("Nombre d'annonces") is
// the usual markup.
func plainText(s string) (markup, ok bool) {
	for _, r := range s {
		switch {
		case r == '"', r == '\'', r == '&', r == '<', r == '>':
			markup = true
		case r < ' ':
			return false, false
		case r >= 0xD800 && r < 0xE000, r > 0xFFFC && r < 0x10000: // surrogates, U+FFFD (a bad byte reads so), U+FFFE and U+FFFF
			return false, false
		}
	}
	return markup, true
}

// escapeMarkup writes plain text s (plainText) with its markup
// characters escaped as xml.EscapeText escapes them.
func escapeMarkup(b *bytes.Buffer, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '"':
			esc = "&#34;"
		case '\'':
			esc = "&#39;"
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(esc)
		last = i + 1
	}
	b.WriteString(s[last:])
}

// fontFamilyAttr is fontFamily escaped, as every chart writes it.
var fontFamilyAttr = attr(fontFamily)

func attr(s string) string {
	var b bytes.Buffer
	escape(&b, s)
	return b.String()
}

// glyphWidth is the average advance of a glyph, in font sizes: generous
// for Latin text in the usual sans-serif fonts; Arabic letters, joined,
// take less.
const (
	glyphWidth  = 0.66
	arabicWidth = 0.5
)

// textWidth estimates how wide s is drawn at size: the picture is made
// without the reader's fonts, so labels are laid out for a generous
// average glyph.
func textWidth(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		w += runeWidth(r)
	}
	return w * size
}

// runeWidth is the width of r at size 1.
func runeWidth(r rune) float64 {
	if unicode.Is(unicode.Arabic, r) {
		return arabicWidth
	}
	return glyphWidth
}

// wrap cuts s into lines of at most max width at size, at spaces but
// not around a dash between spaces (a region's name, "Fès - Meknès"); a
// word longer than a line stays whole. At most n lines: the last one
// ends with "…" when text was left out.
func wrap(s string, max, size float64, n int) []string {
	var out []string
	cur := ""
	s = strings.ReplaceAll(s, " - ", "\u00a0-\u00a0")
	// Only a plain space breaks: a no-break space (inside "1 580 000", or
	// put above) holds, as strings.Fields would not.
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' }) {
		next := w
		if cur != "" {
			next = cur + " " + w
		}
		if cur != "" && textWidth(next, size) > max {
			out = append(out, cur)
			cur = w
			continue
		}
		cur = next
	}
	if cur != "" {
		out = append(out, cur)
	}
	if len(out) > n {
		out = out[:n]
		out[n-1] = shorten(out[n-1]+" …", max, size)
	}
	return out
}

// shorten cuts s to fit max width at size, ending with "…" when cut.
func shorten(s string, max, size float64) string {
	if textWidth(s, size) <= max {
		return s
	}
	// The width of each prefix and "…" is summed rune by rune in order, as
	// textWidth sums it, instead of building each prefix string again.
	r := []rune(s)
	widths := make([]float64, len(r)+1) // widths[k]: textWidth of r[:k], unscaled
	for k, c := range r {
		widths[k+1] = widths[k] + runeWidth(c)
	}
	n := len(r)
	for n > 1 && (widths[n]+runeWidth('…'))*size > max {
		n--
	}
	return strings.TrimSpace(string(r[:n])) + "…"
}
