package langchain

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/seedtest"
	"github.com/marsad/marsad/tools"

	"github.com/marsad/marsad/assistant/langchain/chattest"
)

// seedKit is every tool the command serves on its embedded default: the
// seed's figures, ads, profiles and notes (seedtest), and forecast_demand
// on the bundled demo history, as cmd/marsad wires it.
func seedKit(t *testing.T) *tools.Kit {
	t.Helper()
	w := seedtest.Shared(t)
	h, err := ingest.SeedAdHistory()
	if err != nil {
		t.Fatal(err)
	}
	return tools.NewKit(append(w.Kit.Tools(), tools.ForecastTool{History: h, Profiles: w.Market.Profiles})...)
}

// newSeedHarness is newHarness on seedKit, its offline planner reading
// the seed's dates from seedtest.Reference. The LLM deadline is long: a
// ranking of the 75 demo occupations backtests each (0.4 s alone, far
// more under -race on a loaded machine), and these tests check what the
// model's turn holds, not its speed.
func newSeedHarness(t *testing.T, script ...chattest.Reply) *harness {
	t.Helper()
	return newHarnessOn(t, seedKit(t), func() time.Time { return seedtest.Reference }, Options{Timeout: 10 * time.Minute}, script...)
}

// repeatCall is a scripted model's reply to a follow-up: it finds the
// previous call of tool in the conversation it was sent (the "[tool
// {args}]" line of a past answer) and calls it again with key set to
// value; without one it answers nothing, which falls back.
func repeatCall(tool, key, value string) chattest.Reply {
	return chattest.Reply{Respond: func(r chattest.Request) chattest.Reply {
		for _, m := range r.Messages {
			prev, ok := strings.CutPrefix(m.Content, "["+tool+" ")
			end := strings.Index(prev, "]\n")
			var a map[string]any
			if ok && m.Role == "assistant" && end > 0 && json.Unmarshal([]byte(prev[:end]), &a) == nil {
				a[key] = value
				args, _ := json.Marshal(a)
				return chattest.CallTool(tool, string(args))
			}
		}
		return chattest.Say("")
	}}
}

// toolData decodes the Data of the last tool reply a request carries,
// the real result the scripted model reads; ok is false when the last
// message is no tool reply or does not decode.
func toolData[D any](r chattest.Request) (D, bool) {
	var res struct {
		Data D `json:"data"`
	}
	last := r.Messages[len(r.Messages)-1]
	if last.Role != "tool" || json.Unmarshal([]byte(last.Content), &res) != nil {
		return res.Data, false
	}
	return res.Data, true
}

// answer is a scripted model's reply written from the tool result it
// read; a result it cannot read gets an empty reply, which falls back
// and fails the test.
func answer[D any](write func(D) string) chattest.Reply {
	return chattest.Reply{Respond: func(r chattest.Request) chattest.Reply {
		d, ok := toolData[D](r)
		if !ok {
			return chattest.Say("")
		}
		return chattest.Say(write(d))
	}}
}

// num writes a number of a tool result as a model answering in l would:
// a decimal comma in French, Arabic and Darija.
func num(l string, v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if l == "fr" || l == "ar" || l == "ary" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// callArgs decodes the arguments of a recorded call.
func callArgs(t *testing.T, c assistant.ToolCall) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(c.Arguments, &m); err != nil {
		t.Fatalf("arguments %s: %v", c.Arguments, err)
	}
	return m
}

// mustKeep fails t unless the model's turn was kept (no fallback), in
// language l, with one call of tool that has a result.
func (h *harness) mustKeep(t *testing.T, turn assistant.Turn, l, tool string) {
	t.Helper()
	if len(h.fallbacks) != 0 || turn.Lang != l {
		t.Fatalf("fallbacks %+v, lang %s: want the model's answer in %s", h.fallbacks, turn.Lang, l)
	}
	if len(turn.ToolCalls) != 1 || turn.ToolCalls[0].Name != tool || turn.ToolCalls[0].Result == nil {
		t.Fatalf("tool calls %+v, want one %s with its result", turn.ToolCalls, tool)
	}
}
