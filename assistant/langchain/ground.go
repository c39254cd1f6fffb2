package langchain

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
)

// ground is the set of numbers the tool results of one turn hold: the
// numbers a model's answer may write. It is DESIGN's number guarantee made
// checkable ("every number of an answer appears in a tool result of that
// turn"), with one restriction against injected text (OWASP LLM01): a
// number that only a document's own words hold (a note's passage, an ad's
// description) is what that document says, not a figure Marsad found, so
// the answer may write it only inside a quotation of the document. A note
// that says "youth unemployment is 0.7 %" thus grounds « … 0,7 % … » quoted
// from it, never "youth unemployment is 0.7 % (HCP)".
type ground struct {
	values []float64 // numbers of the tools' data: written anywhere
	quoted []float64 // numbers only documents' words hold: written inside quotation marks
}

// documentText lists the JSON fields of tool results that hold a
// document's own words, written by whoever wrote the document.
var documentText = map[string]bool{"passage": true, "description": true}

// add records the numbers of a result: every JSON number of its data and
// citations, and the numbers written inside its strings (periods such as
// "2024-Q3", salaries "6000-8000 DH"), read as assistant.NumbersIn reads an
// answer; those of documents' words go to quoted. The JSON is walked rather
// than scanned as text because NumbersIn would read an array such as
// [120,340,560] as one number in thousands.
func (g *ground) add(res tools.Result) {
	raw, err := json.Marshal(struct {
		Data      any              `json:"data"`
		Citations []tools.Citation `json:"citations"`
	}{res.Data, res.Citations})
	if err != nil {
		return // a result that does not marshal grounds nothing
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) == nil {
		g.walk(v, "")
	}
}

// walk records the numbers of v, the value of field key.
func (g *ground) walk(v any, key string) {
	switch x := v.(type) {
	case json.Number:
		if f, err := strconv.ParseFloat(string(x), 64); err == nil {
			g.values = append(g.values, f)
		}
	case string:
		if documentText[key] {
			g.quoted = append(g.quoted, assistant.NumbersIn(x)...)
		} else {
			g.values = append(g.values, assistant.NumbersIn(x)...)
		}
	case []any:
		for _, e := range x {
			g.walk(e, key)
		}
	case map[string]any:
		for k, e := range x {
			g.walk(e, k)
		}
	}
}

// missing returns the numbers of text that no recorded result holds,
// compared as values; none when the text is grounded. A value is matched
// exactly (to 1e-9): an answer that rounds 13.63 to 13.6, converts a share
// into a percentage or computes a difference writes a number no tool gave,
// which is what the guarantee forbids. A number only documents hold counts
// as held inside a closed quotation only.
func (g *ground) missing(text string) []float64 {
	return g.missingIn(text, 0, len(text))
}

// missingIn is missing for the numbers that start in text[from:to] (byte
// offsets), read in the whole of text, whose quotations decide.
func (g *ground) missingIn(text string, from, to int) []float64 {
	lo, hi := utf8.RuneCountInString(text[:from]), utf8.RuneCountInString(text[:to])
	var quotes []span
	var out []float64
	for _, n := range assistant.Numbers(text) {
		if n.At < lo || n.At >= hi || has(g.values, n.Value) {
			continue
		}
		if has(g.quoted, n.Value) {
			if quotes == nil {
				quotes = quotations(text)
			}
			if inside(quotes, n.At) {
				continue
			}
		}
		out = append(out, n.Value)
	}
	return out
}

func has(values []float64, n float64) bool {
	for _, v := range values {
		if math.Abs(v-n) < 1e-9 {
			return true
		}
	}
	return false
}
