package sessionstest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
)

// series stands for a tool's typed result: a store that serialises turns
// gives it back as a map, equal as JSON.
type series struct {
	Indicator string    `json:"indicator"`
	Periods   []string  `json:"periods"`
	Values    []float64 `json:"values"`
	Missing   *float64  `json:"missing"`
}

// fullTurn sets every field of a turn, with text a store could mangle:
// several scripts, quotes, a backslash, a newline, a NUL (which a user can
// type, and which PostgreSQL's jsonb and text refuse), and tool arguments
// with their keys out of order and nested values.
func fullTurn() assistant.Turn {
	cite := tools.Citation{ID: "hcp-2024", Kind: "official", Publisher: "HCP", ReportedBy: "Médias24",
		Title: "Note \"chômage\" 2024", Period: "2024-Q3", URL: "https://www.hcp.ma/a?b=1&c=2"}
	return assistant.Turn{
		SessionID: "s-1",
		Question:  "شحال كاينة البطالة ف كازا؟ et à Tanger ? 3lach\n\"x\" \\ \x00 fin",
		Lang:      "ary",
		Answer:    "البطالة ف 2024: 19,4 % (HCP) <b>&</b>",
		ToolCalls: []assistant.ToolCall{
			{ID: "call_1", Name: tools.NameIndicatorSeries,
				Arguments: json.RawMessage(`{"sex":"female","indicator":"unemployment_rate","geo":["MA-06","MA-01"],"from":2014,"rate":0.25,"opts":{"z":true,"a":null}}`),
				Result: &tools.Result{Tool: tools.NameIndicatorSeries, Citations: []tools.Citation{cite},
					Data: series{Indicator: "unemployment_rate", Periods: []string{"2023", "2024"}, Values: []float64{18.3, 19.4}}}},
			{ID: "call_2", Name: tools.NameCompareIndicator, Arguments: json.RawMessage(`{"indicator":"nope"}`),
				Error: `unknown indicator "nope"; known: unemployment_rate, activity_rate`},
		},
		Citations: []tools.Citation{cite},
	}
}

func testRoundTrip(t *testing.T, s assistant.Sessions) {
	ctx := context.Background()
	empty := assistant.Turn{Lang: "en", ToolCalls: []assistant.ToolCall{}, Citations: []tools.Citation{}}
	for _, want := range []assistant.Turn{fullTurn(), empty, {}} {
		if err := s.Append(ctx, "rt", want); err != nil {
			t.Fatalf("Append: %v", err)
		}
	}
	got, err := s.Load(ctx, "rt", 3)
	if err != nil || len(got) != 3 {
		t.Fatalf("Load gives %d turns, err %v; want 3", len(got), err)
	}
	for i, want := range []assistant.Turn{fullTurn(), empty, {}} {
		sameJSON(t, got[i], want)
	}
}

// sameJSON fails unless got and want marshal to the same JSON value:
// object keys in any order, numbers compared as written.
func sameJSON(t *testing.T, got, want assistant.Turn) {
	t.Helper()
	g, gerr := json.Marshal(got)
	w, werr := json.Marshal(want)
	if err := errors.Join(gerr, werr); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(decode(t, g), decode(t, w)) {
		t.Errorf("turn loads back as\n%s\nwant\n%s", g, w)
	}
}

func decode(t *testing.T, b []byte) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	return v
}
