package langchain

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
)

// ground is the set of numbers the tool results of one turn hold: the
// numbers a model's answer may write. It is DESIGN's number guarantee made
// checkable ("every number of an answer appears in a tool result of that
// turn").
type ground struct{ values []float64 }

// add records the numbers of a result: every JSON number of its data and
// citations, and the numbers written inside its strings (periods such as
// "2024-Q3", salaries "6000-8000 DH"), read as assistant.NumbersIn reads an
// answer. The JSON is walked rather than scanned as text because
// NumbersIn would read an array such as [120,340,560] as one number in
// thousands.
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
		g.walk(v)
	}
}

func (g *ground) walk(v any) {
	switch x := v.(type) {
	case json.Number:
		if f, err := strconv.ParseFloat(string(x), 64); err == nil {
			g.values = append(g.values, f)
		}
	case string:
		g.values = append(g.values, assistant.NumbersIn(x)...)
	case []any:
		for _, e := range x {
			g.walk(e)
		}
	case map[string]any:
		for _, e := range x {
			g.walk(e)
		}
	}
}

// missing returns the numbers of text that no recorded result holds,
// compared as values; none when the text is grounded. A value is matched
// exactly (to 1e-9): an answer that rounds 13.63 to 13.6, converts a share
// into a percentage or computes a difference writes a number no tool gave,
// which is what the guarantee forbids.
func (g *ground) missing(text string) []float64 {
	var out []float64
	for _, n := range assistant.NumbersIn(text) {
		if !g.has(n) {
			out = append(out, n)
		}
	}
	return out
}

func (g *ground) has(n float64) bool {
	for _, v := range g.values {
		if math.Abs(v-n) < 1e-9 {
			return true
		}
	}
	return false
}
