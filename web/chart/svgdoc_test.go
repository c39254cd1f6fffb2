package chart

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"testing"
)

// svgDoc is what the tests read back from a chart's SVG.
type svgDoc struct {
	XMLName   xml.Name `xml:"svg"`
	ViewBox   string   `xml:"viewBox,attr"`
	Direction string   `xml:"direction,attr"`
	Lang      string   `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Title     string   `xml:"title"`
	Desc      string   `xml:"desc"`
	Texts     []struct {
		X      float64 `xml:"x,attr"`
		Y      float64 `xml:"y,attr"`
		Anchor string  `xml:"text-anchor,attr"`
		Text   string  `xml:",chardata"`
	} `xml:"text"`
	Rects []struct {
		X     float64 `xml:"x,attr"`
		Width float64 `xml:"width,attr"`
		Fill  string  `xml:"fill,attr"`
	} `xml:"rect"`
	Lines []struct {
		X1   float64 `xml:"x1,attr"`
		Dash string  `xml:"stroke-dasharray,attr"`
	} `xml:"line"`
	Polylines []struct {
		Points string `xml:"points,attr"`
	} `xml:"polyline"`
	Circles []struct {
		CX   float64 `xml:"cx,attr"`
		Fill string  `xml:"fill,attr"`
	} `xml:"circle"`
}

// mustParse checks that b is one well-formed XML document (every token
// read strictly to the end) whose root is <svg>, and returns it.
func mustParse(t *testing.T, b []byte) svgDoc {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v\n%s", err, b)
		}
	}
	var d svgDoc
	if err := xml.Unmarshal(b, &d); err != nil {
		t.Fatalf("SVG: %v", err)
	}
	if d.ViewBox == "" || d.Title == "" || d.Desc == "" {
		t.Fatalf("SVG without viewBox, title or desc:\n%s", b)
	}
	for _, bad := range []string{"<script", "<foreignObject", "href=", "on" + "load", "<style"} {
		if bytes.Contains(b, []byte(bad)) {
			t.Fatalf("SVG holds %q", bad)
		}
	}
	return d
}

// textX returns the x of the first <text> whose content is s.
func (d svgDoc) textX(t *testing.T, s string) float64 {
	t.Helper()
	for _, tx := range d.Texts {
		if tx.Text == s {
			return tx.X
		}
	}
	t.Fatalf("no text %q in the SVG", s)
	return 0
}

// bars returns the chart's bars (the accent-coloured rects).
func (d svgDoc) bars() (xs, widths []float64) {
	for _, r := range d.Rects {
		if r.Fill == accent {
			xs, widths = append(xs, r.X), append(widths, r.Width)
		}
	}
	return xs, widths
}

func (d svgDoc) width(t *testing.T) float64 {
	t.Helper()
	f := strings.Fields(d.ViewBox)
	w, err := strconv.ParseFloat(f[2], 64)
	if len(f) != 4 || err != nil {
		t.Fatalf("viewBox %q", d.ViewBox)
	}
	return w
}

// svg draws the figure on a canvas of its own (Charts draws on pooled
// ones).
func (f figure) svg() []byte {
	var c canvas
	f.draw(&c)
	return c.b.Bytes()
}
