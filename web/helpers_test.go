package web

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
)

// chatFunc adapts a function to Chatter.
type chatFunc func(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error)

func (f chatFunc) Chat(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error) {
	return f(ctx, req, emit)
}

var testTokens = []string{"Le taux de chômage des jeunes ", "était de ", "36,7 %", " en 2024."}

var testCitation = tools.Citation{
	ID: "hcp-2024-jeunes", Kind: tools.KindOfficial, Publisher: "HCP",
	Title: "Situation du marché du travail en 2024", Period: "2024",
	URL: "https://www.hcp.ma/Situation-du-marche-du-travail-en-2024_a3894.html",
}

// testTurn is the turn the scripted Chatter answers for message msg.
func testTurn(req assistant.Request) assistant.Turn {
	call := assistant.ToolCall{
		ID: "call-1", Name: "indicator_series",
		Arguments: json.RawMessage(`{"indicator":"unemployment_rate","age":"15-24"}`),
		Result: &tools.Result{Tool: "indicator_series", Data: []any{map[string]any{"period": "2024", "value": 36.7}},
			Citations: []tools.Citation{testCitation}},
	}
	session := req.SessionID
	if session == "" {
		session = "s-new"
	}
	return assistant.Turn{
		SessionID: session, Lang: "fr", Answer: strings.Join(testTokens, ""),
		ToolCalls: []assistant.ToolCall{call}, Citations: []tools.Citation{testCitation},
	}
}

// scripted is a Chatter keeping the contract: an empty message gets an
// error event and ErrEmptyMessage; any other message gets a tool call, its
// result, the tokens, the citation and done.
func scripted() Chatter {
	return chatFunc(func(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error) {
		if strings.TrimSpace(req.Message) == "" {
			if err := emit(assistant.Event{Type: assistant.EventError, Message: "Votre message est vide."}); err != nil {
				return assistant.Turn{}, err
			}
			return assistant.Turn{}, assistant.ErrEmptyMessage
		}
		turn := testTurn(req)
		call := turn.ToolCalls[0]
		pending := call
		pending.Result = nil
		events := []assistant.Event{
			{Type: assistant.EventToolCall, Call: &pending},
			{Type: assistant.EventToolResult, Call: &call},
		}
		for _, tok := range testTokens {
			events = append(events, assistant.Event{Type: assistant.EventToken, Text: tok})
		}
		events = append(events,
			assistant.Event{Type: assistant.EventCitation, Citation: &turn.Citations[0]},
			assistant.Event{Type: assistant.EventDone, Turn: &turn})
		for _, ev := range events {
			if err := emit(ev); err != nil {
				return assistant.Turn{}, err
			}
		}
		return turn, nil
	})
}

// newTestServer serves New(cfg, chat) on an httptest server closed at the
// end of the test.
func newTestServer(t *testing.T, cfg Config, chat Chatter) *httptest.Server {
	t.Helper()
	ts := httptest.NewServer(New(cfg, chat, testLogger(t)).Handler())
	t.Cleanup(ts.Close)
	return ts
}

// testLogger logs to the test's output until the test ends, and drops the
// lines of connections that outlive it (a hijacked websocket's handler
// logs after httptest.Server.Close has returned).
func testLogger(t *testing.T) *slog.Logger {
	w := &testWriter{out: t.Output()}
	t.Cleanup(func() {
		w.mu.Lock()
		defer w.mu.Unlock()
		w.done = true
	})
	return slog.New(slog.NewTextHandler(w, nil))
}

type testWriter struct {
	mu   sync.Mutex
	out  io.Writer
	done bool
}

func (w *testWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.done {
		return len(p), nil
	}
	return w.out.Write(p)
}

// mustPost posts body with the content type and returns the response,
// whose body is read and closed.
func mustPost(t *testing.T, url, contentType string, body []byte, header http.Header) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	for k, v := range header {
		req.Header[k] = v
	}
	return mustDo(t, req)
}

func mustGet(t *testing.T, url string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	return mustDo(t, req)
}

func mustDo(t *testing.T, req *http.Request) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, b
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustDecode(t *testing.T, b []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("decode %q: %v", b, err)
	}
}
