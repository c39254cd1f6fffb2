package web

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
)

// A done event whose calls were kept from their tool_result events is
// written byte for byte as encodeEvent writes it, whatever the strings
// before the calls hold; a call that was not kept, or changed since,
// falls back to the whole encoding.
func TestTurnCallsDoneIsEncodeEvent(t *testing.T) {
	series := &tools.Result{Tool: "indicator_series", Data: map[string]any{"points": []float64{13.3, 12.1}, "note": `<b> & "x" é`},
		Citations: []tools.Citation{{Title: "HCP", URL: "https://www.hcp.ma/a?b=1&c=2"}}}
	ads := &tools.Result{Tool: "search_job_ads", Data: []string{"مهندس", "\u2028line"}}
	calls := []assistant.ToolCall{
		{ID: "call_1", Name: "indicator_series", Arguments: json.RawMessage(`{ "indicator": "unemployment_rate" }`), Result: series},
		{ID: "call_2", Name: "search_job_ads", Arguments: json.RawMessage(`{"q":"<x>"}`), Result: ads},
	}
	turn := assistant.Turn{SessionID: "s1", Question: `"tool_calls":null and \"tool_calls\":null`, Lang: "fr",
		Answer: `le "tool_calls":null <ok>`, ToolCalls: calls, Citations: series.Citations}
	var tc turnCalls
	for i := range calls {
		c := calls[i]
		msg, err := tc.encode(assistant.Event{Type: assistant.EventToolResult, Call: &c})
		if err != nil {
			t.Fatal(err)
		}
		want, _ := encodeEvent(assistant.Event{Type: assistant.EventToolResult, Call: &c})
		if !bytes.Equal(msg.Bytes(), want.Bytes()) {
			t.Fatalf("tool_result %d:\n got %s\nwant %s", i, msg, want)
		}
	}
	if len(tc) != 2 {
		t.Fatalf("kept %d calls, want 2", len(tc))
	}
	check := func(name string, turn assistant.Turn, spliced bool) {
		t.Helper()
		ev := assistant.Event{Type: assistant.EventDone, Turn: &turn}
		_, ok, err := tc.encodeDone(ev)
		if err != nil || ok != spliced {
			t.Fatalf("%s: encodeDone ok=%v err=%v, want ok=%v", name, ok, err, spliced)
		}
		got, err := tc.encode(ev)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := encodeEvent(ev)
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("%s:\n got %s\nwant %s", name, got, want)
		}
	}
	check("kept calls", turn, true)
	changed := turn
	changed.ToolCalls = append([]assistant.ToolCall(nil), calls...)
	changed.ToolCalls[1].Arguments = json.RawMessage(`{"q":"other"}`)
	check("a call changed", changed, false)
	other := *ads
	changed.ToolCalls = []assistant.ToolCall{calls[0], {ID: "call_2", Name: "search_job_ads", Arguments: calls[1].Arguments, Result: &other}}
	check("another result", changed, false)
	changed.ToolCalls = nil
	check("no calls", changed, false)
}
