package assistant_test

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// Chat's tool_result, citation and done events carry their payload's
// JSON as json.Marshal writes it, whatever the strings around the calls
// and citations hold, and
// a session counts the turn as Append would: its JSON's length. A call
// of the turn that no event carried, or that changed since, is encoded
// with the turn.
func TestChatEventsCarryTheirPayloadsJSON(t *testing.T) {
	series := &tools.Result{Tool: "indicator_series", Data: map[string]any{"points": []float64{13.3, 12.1}, "note": `<b> & "x" é`},
		Citations: []tools.Citation{{Title: "HCP", URL: "https://www.hcp.ma/a?b=1&c=2"}}}
	ads := &tools.Result{Tool: "search_job_ads", Data: []string{"مهندس", "\u2028line"}}
	calls := []assistant.ToolCall{
		{ID: "call_1", Name: "indicator_series", Arguments: json.RawMessage(`{ "indicator": "unemployment_rate" }`), Result: series},
		{ID: "call_2", Name: "search_job_ads", Arguments: json.RawMessage(`{"q":"<x>"}`), Result: ads},
	}
	other := *ads
	two := []tools.Citation{series.Citations[0], {Title: `ANAPEC "citations":null <&>`, Publisher: "ANAPEC", URL: "https://anapec.org/x"}}
	for _, tc := range []struct {
		name      string
		calls     []assistant.ToolCall // the turn's, beside calls emitted
		citations []tools.Citation
	}{
		{"emitted calls", calls, series.Citations},
		{"a call changed", []assistant.ToolCall{calls[0], {ID: "call_2", Name: "search_job_ads", Arguments: json.RawMessage(`{"q":"other"}`), Result: ads}}, two},
		{"another result", []assistant.ToolCall{calls[0], {ID: "call_2", Name: "search_job_ads", Arguments: calls[1].Arguments, Result: &other}}, series.Citations},
		{"a call not emitted", append(append([]assistant.ToolCall(nil), calls...), assistant.ToolCall{Name: "x", Error: "failed"}), two},
		{"no calls", nil, two},
		{"two citations", calls, two},
		{"no citations", calls, nil},
	} {
		planner := assistant.PlannerFunc(func(ctx context.Context, _ []assistant.Turn, _ lang.Reading, emit assistant.Emit) (assistant.Turn, error) {
			for i := range calls {
				if err := emit(assistant.Event{Type: assistant.EventToolResult, Call: &calls[i]}); err != nil {
					return assistant.Turn{}, err
				}
			}
			return assistant.Turn{Lang: "fr", Answer: `le "tool_calls":null <ok> \"tool_calls\":null "citations":null`, ToolCalls: tc.calls, Citations: tc.citations}, nil
		})
		sessions := assistant.NewMemorySessions(assistant.MemoryLimits{})
		a := assistant.New(planner, assistant.WithSessions(sessions))
		carried := 0
		turn, err := a.Chat(context.Background(), assistant.Request{Message: `"tool_calls":null ?`}, func(ev assistant.Event) error {
			var payload any
			switch ev.Type {
			case assistant.EventToolResult:
				payload = ev.Call
			case assistant.EventCitation:
				payload = ev.Citation
			case assistant.EventDone:
				payload = ev.Turn
			default:
				return nil
			}
			want, err := json.Marshal(payload)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(ev.JSON, want) {
				t.Fatalf("%s: %s event's JSON:\n got %s\nwant %s", tc.name, ev.Type, ev.JSON, want)
			}
			carried++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if want := len(calls) + len(tc.citations) + 1; carried != want {
			t.Fatalf("%s: %d events carried JSON, want %d", tc.name, carried, want)
		}
		if got, want := sessions.Bytes(), sessionCost(t, turn.SessionID, turn); got != want {
			t.Fatalf("%s: the session counts %d bytes, Append %d", tc.name, got, want)
		}
	}
}
