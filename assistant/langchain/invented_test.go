package langchain

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"

	"github.com/marsad/marsad/assistant/langchain/chattest"
)

// inventions are answers a model could write from a real forecast_demand
// or match_profile result with one figure the result does not hold:
// today's pace turned into a count for 2030, a projected count rounded,
// a score turned into a percentage. invent returns that figure and the answer.
var inventions = []struct {
	name, q, tool, args string
	invent              func(raw json.RawMessage) (float64, string)
}{
	{"a count for 2030", "Combien d'offres d'infirmiers à Casablanca en 2030 ?", tools.NameForecastDemand,
		`{"occupation":"infirmier","region":"Casablanca","year":2030}`,
		func(raw json.RawMessage) (float64, string) {
			var d tools.ForecastResult
			_ = json.Unmarshal(raw, &d)
			return 4127, forecastAnswer("fr", d) + " En 2030, il y aura 4127 offres d'infirmiers à Casablanca."
		}},
	{"a rounded projection", "Which jobs will be in demand in 2030?", tools.NameForecastDemand, `{"year":2030}`,
		func(raw json.RawMessage) (float64, string) {
			var d tools.ForecastResult
			_ = json.Unmarshal(raw, &d)
			about := math.Round(d.Rows[0].Growth.Next/100) * 100
			return about, forecastAnswer("en", d) + " That is about " + num("en", about) + " ads."
		}},
	{"a score as a percentage", "J'ai un bac+2 en comptabilité, quel métier pour moi ?", tools.NameMatchProfile,
		`{"profile":"J'ai un bac+2 en comptabilité, quel métier pour moi ?"}`,
		func(raw json.RawMessage) (float64, string) {
			var d tools.MatchResult
			_ = json.Unmarshal(raw, &d)
			pct := math.Round(d.Matches[0].Score*1000) / 10
			return pct, strings.Replace(matchAnswer("fr", d), "(score "+num("fr", d.Matches[0].Score)+")", "(adéquation "+num("fr", pct)+" %)", 1)
		}},
}

// A model that writes a figure the tools' results do not hold, after a
// real call of a new tool, is caught by the number guard: the figure is
// never streamed, the turn falls back to the offline planner, which
// answers with the same tool.
func TestInventedFiguresOfTheNewToolsAreCaught(t *testing.T) {
	for _, c := range inventions {
		t.Run(c.name, func(t *testing.T) {
			write := chattest.Reply{Respond: func(r chattest.Request) chattest.Reply {
				var res struct{ Data json.RawMessage }
				last := r.Messages[len(r.Messages)-1]
				if json.Unmarshal([]byte(last.Content), &res) != nil {
					return chattest.Say("")
				}
				_, text := c.invent(res.Data)
				return chattest.Say(text)
			}}
			h := newSeedHarness(t, chattest.CallTool(c.tool, c.args), write)
			turn := h.run(t, c.q)
			var model *tools.Result // the result the model read
			for _, e := range h.events {
				if e.Type == assistant.EventToolResult && model == nil {
					model = e.Call.Result
				}
			}
			if model == nil {
				t.Fatal("no tool result reached the model")
			}
			raw, _ := json.Marshal(model.Data)
			invented, _ := c.invent(raw)
			var g ground
			g.add(*model)
			if has(g.values, invented) || has(g.quoted, invented) {
				t.Fatalf("%v is in the result: the case invents nothing", invented)
			}
			if len(h.fallbacks) != 1 || h.fallbacks[0].Reason != ReasonUngrounded || !slices.Equal(h.fallbacks[0].Numbers, []float64{invented}) {
				t.Fatalf("fallbacks %+v, want one ungrounded %v and nothing else", h.fallbacks, invented)
			}
			before, after := h.tokens()
			if strings.Contains(before, num("fr", invented)) || strings.Contains(before, num("en", invented)) || after != turn.Answer {
				t.Errorf("streamed before retract %q: the invented figure must never be shown", before)
			}
			if len(turn.ToolCalls) == 0 || turn.ToolCalls[0].Name != c.tool || turn.Answer == "" {
				t.Errorf("fallback turn calls %+v, want the offline answer with %s", turn.ToolCalls, c.tool)
			}
		})
	}
}
