package web

import (
	"bytes"
	"context"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
)

// Every event the offline assistant emits for the seed's questions is
// written byte for byte as its whole encoding, whether encodeEvent
// reuses the payload's JSON the Assistant carried (tool results, done)
// or encodes it; a payload made safe is encoded again.
func TestEncodedEventsAreTheirWholeEncoding(t *testing.T) {
	a := seededChat(t)
	reused := map[string]int{}
	check := func(ev assistant.Event) {
		t.Helper()
		whole := ev
		whole.JSON = nil
		want, err := encodeEvent(whole)
		if err != nil {
			t.Fatal(err)
		}
		got, err := encodeEvent(ev)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("%s event:\n got %s\nwant %s", ev.Type, got, want)
		}
		if encodedHead(ev) != "" {
			reused[ev.Type]++
		}
	}
	for _, q := range seedQuestions(t) {
		_, err := a.Chat(context.Background(), assistant.Request{Message: q}, func(ev assistant.Event) error {
			check(ev)
			check(safeEvent(ev))
			return nil
		})
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
	}
	if reused[assistant.EventToolResult] == 0 || reused[assistant.EventDone] == 0 {
		t.Fatalf("payload JSON reused %v: want tool results and done events", reused)
	}
	// A citation whose address is not a web one is dropped from the
	// payload: the event is encoded again, without it.
	r := &tools.Result{Tool: "x", Citations: []tools.Citation{{Title: "a", URL: "javascript:alert(1)"}}}
	call := assistant.ToolCall{ID: "c", Name: "x", Result: r}
	js := []byte(`{"id":"c","name":"x","arguments":null,"result":{"stale":true}}`)
	for _, ev := range []assistant.Event{
		{Type: assistant.EventToolResult, Call: &call, JSON: js},
		{Type: assistant.EventDone, Turn: &assistant.Turn{ToolCalls: []assistant.ToolCall{call}, Citations: r.Citations}, JSON: js},
	} {
		safe := safeEvent(ev)
		if safe.JSON != nil {
			t.Fatalf("%s event made safe kept its payload's JSON", ev.Type)
		}
		got, _ := encodeEvent(safe)
		if bytes.Contains(got.Bytes(), []byte("javascript")) || bytes.Contains(got.Bytes(), []byte("stale")) {
			t.Fatalf("%s event made safe: %s", ev.Type, got)
		}
	}
}

// A token event is written as encodeEvent writes the whole event, for
// text that encoding/json escapes (quotes, HTML, line separators,
// controls, bytes that are not UTF-8) and for Arabic.
func TestTokenIsItsWholeEncoding(t *testing.T) {
	for _, text := range []string{"13,3 %", `"<b>" & 'x'`, "a\u2028b\u2029c", "\t\n\r\x00\x1f\\", "\xff\xfe ok", "معدل البطالة"} {
		want, err := encodeEvent(assistant.Event{Type: assistant.EventToken, Text: text})
		if err != nil {
			t.Fatal(err)
		}
		got, err := encodeToken(text)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("token %q:\n got %s\nwant %s", text, got, want)
		}
	}
}
