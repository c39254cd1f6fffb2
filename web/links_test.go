package web

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
)

func TestWebURL(t *testing.T) {
	for u, want := range map[string]bool{
		"https://www.hcp.ma/x":      true,
		"http://anapec.org/offre?1": true,
		"":                          false,
		"/offre/12":                 false,
		"//evil.example/x":          false,
		"javascript:alert(1)":       false,
		"JavaScript:alert(1)":       false,
		" https://www.hcp.ma/x":     false,
		"data:text/html,<b>x</b>":   false,
		"https://":                  false,
		"ftp://hcp.ma/x":            false,
	} {
		if got := webURL(u); got != want {
			t.Errorf("webURL(%q) = %v, want %v", u, got, want)
		}
	}
}

// unsafeCitations are citations a scraped ad could carry.
var unsafeCitations = []tools.Citation{
	{ID: "ad-1", Kind: tools.KindAdCount, Publisher: "Offre piégée", URL: "javascript:alert(document.cookie)"},
	{ID: "ad-2", Kind: tools.KindAdCount, Publisher: "Offre data", URL: "data:text/html,<script>alert(1)</script>"},
	testCitation,
}

// unsafeChat answers every question with unsafeCitations, on the turn,
// its tool result and citation events, each carrying its payload's JSON
// as Chat's do (Event.JSON).
func unsafeChat() Chatter {
	return chatFunc(func(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error) {
		call := assistant.ToolCall{Name: "search_job_ads", Arguments: []byte(`{}`),
			Result: &tools.Result{Tool: "search_job_ads", Data: []any{}, Citations: unsafeCitations}}
		turn := assistant.Turn{Lang: "fr", Answer: "Deux offres.", ToolCalls: []assistant.ToolCall{call}, Citations: unsafeCitations}
		evs := []assistant.Event{{Type: assistant.EventToolResult, Call: &call}, {Type: assistant.EventToken, Text: turn.Answer}}
		for i := range unsafeCitations {
			evs = append(evs, assistant.Event{Type: assistant.EventCitation, Citation: &unsafeCitations[i]})
		}
		for _, ev := range append(evs, assistant.Event{Type: assistant.EventDone, Turn: &turn}) {
			switch {
			case ev.Call != nil:
				ev.JSON, _ = json.Marshal(ev.Call)
			case ev.Citation != nil:
				ev.JSON, _ = json.Marshal(ev.Citation)
			case ev.Turn != nil:
				ev.JSON, _ = json.Marshal(ev.Turn)
			}
			if err := emit(ev); err != nil {
				return assistant.Turn{}, err
			}
		}
		return turn, nil
	})
}

func TestNoRouteSendsAnUnsafeAddress(t *testing.T) {
	ts := newTestServer(t, Config{}, unsafeChat())
	bodies := map[string][]byte{}
	_, bodies["/api/chat"] = mustPost(t, ts.URL+"/api/chat", "application/json", []byte(`{"message":"q"}`), nil)
	_, bodies["/v1 plain"] = mustPost(t, ts.URL+"/v1/chat/completions", "application/json",
		[]byte(`{"messages":[{"role":"user","content":"q"}]}`), nil)
	_, bodies["/v1 stream"] = mustPost(t, ts.URL+"/v1/chat/completions", "application/json",
		[]byte(`{"messages":[{"role":"user","content":"q"}],"stream":true}`), nil)
	conn := mustDial(t, ts, nil)
	mustSend(t, conn, assistant.Request{Message: "q"})
	var frames [][]byte
	for {
		_, msg, err := conn.ReadMessage()
		if err != nil {
			t.Fatal(err)
		}
		frames = append(frames, msg)
		if bytes.HasPrefix(msg, []byte(`{"type":"done"`)) {
			break
		}
	}
	bodies["/ws"] = bytes.Join(frames, []byte("\n"))
	for route, b := range bodies {
		s := string(b)
		if strings.Contains(s, "javascript:") || strings.Contains(s, "data:text") {
			t.Errorf("%s sends an unsafe address: %s", route, s)
		}
		if !strings.Contains(s, "Offre piégée") || !strings.Contains(s, testCitation.URL) {
			t.Errorf("%s lost a citation or a safe address: %s", route, s)
		}
	}
	if unsafeCitations[0].URL == "" {
		t.Error("the Chatter's own citations were changed")
	}
}

func TestSafeCitationsDropTheDisplayOfAnUnsafeAddress(t *testing.T) {
	cs := assistant.LabelCitations("fr", []tools.Citation{{ID: "x", Kind: tools.KindDocument, Publisher: "p", URL: "javascript:alert(1)"}})
	got := safeCitations(cs)
	if got[0].URL != "" || got[0].DisplayURL != "" || cs[0].DisplayURL == "" {
		t.Errorf("safe citation %+v (from %+v), want neither url nor display_url, the input unchanged", got[0], cs[0])
	}
}
