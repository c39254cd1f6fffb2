package web

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/gorilla/websocket"

	"github.com/marsad/marsad/assistant"
)

// hangGuard bounds how long a test waits for something that must happen;
// reaching it is a failure, never a measure.
const hangGuard = 10 * time.Second

func wsURL(ts *httptest.Server) string { return "ws" + strings.TrimPrefix(ts.URL, "http") + "/ws" }

func mustDial(t *testing.T, ts *httptest.Server, header http.Header) *websocket.Conn {
	t.Helper()
	conn, resp, err := websocket.DefaultDialer.Dial(wsURL(ts), header)
	if err != nil {
		t.Fatalf("dial: %v (response %v)", err, resp)
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

func mustSend(t *testing.T, conn *websocket.Conn, req assistant.Request) {
	t.Helper()
	if err := conn.WriteJSON(req); err != nil {
		t.Fatal(err)
	}
}

func mustRead(t *testing.T, conn *websocket.Conn) assistant.Event {
	t.Helper()
	_ = conn.SetReadDeadline(time.Now().Add(hangGuard))
	var ev assistant.Event
	if err := conn.ReadJSON(&ev); err != nil {
		t.Fatalf("read event: %v", err)
	}
	return ev
}

// collapseTokens returns the types of evs with each run of token events
// counted as one, and the text of each run.
func collapseTokens(evs []assistant.Event) (types, texts []string) {
	for i, ev := range evs {
		if ev.Type != assistant.EventToken {
			types = append(types, ev.Type)
			continue
		}
		if i == 0 || evs[i-1].Type != assistant.EventToken {
			types = append(types, ev.Type)
			texts = append(texts, "")
		}
		texts[len(texts)-1] += ev.Text
	}
	return types, texts
}

// readTurn reads events up to and including done or error.
func readTurn(t *testing.T, conn *websocket.Conn) []assistant.Event {
	t.Helper()
	var evs []assistant.Event
	for {
		ev := mustRead(t, conn)
		evs = append(evs, ev)
		if ev.Type == assistant.EventDone || ev.Type == assistant.EventError {
			return evs
		}
	}
}

func TestSocketStreamsTurns(t *testing.T) {
	ts := newTestServer(t, Config{}, scripted())
	conn := mustDial(t, ts, nil)
	for i, session := range []string{"s-1", "s-2"} { // two turns on one connection
		req := assistant.Request{Message: "Quel est le taux de chômage des jeunes en 2024 ?", SessionID: session}
		mustSend(t, conn, req)
		evs := readTurn(t, conn)
		types, text := collapseTokens(evs)
		wantTypes := []string{"tool_call", "tool_result", "token", "citation", "done"}
		if diff := cmp.Diff(wantTypes, types); diff != "" {
			t.Fatalf("turn %d event types, token runs collapsed (-want +got):\n%s", i, diff)
		}
		if want := strings.Join(testTokens, ""); text[0] != want {
			t.Errorf("turn %d text %q, want %q", i, text[0], want)
		}
		done := evs[len(evs)-1].Turn
		if done == nil || done.SessionID != session || done.Answer != strings.Join(testTokens, "") || len(done.Citations) != 1 {
			t.Errorf("turn %d done carries %+v", i, done)
		}
	}
}

func TestSocketErrorEvents(t *testing.T) {
	ts := newTestServer(t, Config{}, scripted())
	conn := mustDial(t, ts, nil)
	t.Run("empty message", func(t *testing.T) {
		mustSend(t, conn, assistant.Request{Message: ""})
		evs := readTurn(t, conn)
		if len(evs) != 1 || evs[0].Type != assistant.EventError || evs[0].Message != "Votre message est vide." {
			t.Errorf("got %+v, want one error event with the Chatter's message", evs)
		}
	})
	t.Run("invalid JSON keeps the connection", func(t *testing.T) {
		if err := conn.WriteMessage(websocket.TextMessage, []byte(`{"message":`)); err != nil {
			t.Fatal(err)
		}
		if ev := mustRead(t, conn); ev.Type != assistant.EventError || ev.Message == "" {
			t.Errorf("got %+v, want an error event", ev)
		}
		mustSend(t, conn, assistant.Request{Message: "ok?"})
		if evs := readTurn(t, conn); evs[len(evs)-1].Type != assistant.EventDone {
			t.Errorf("after a bad frame, turn ended with %+v", evs[len(evs)-1])
		}
	})
}

func TestSocketEndsTurnTheChatterLeftOpen(t *testing.T) {
	silent := chatFunc(func(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error) {
		if req.Message == "fail" {
			return assistant.Turn{}, errors.New("model unreachable at 10.0.0.9")
		}
		return assistant.Turn{Lang: "fr", Answer: "ok"}, nil
	})
	ts := newTestServer(t, Config{}, silent)
	conn := mustDial(t, ts, nil)
	mustSend(t, conn, assistant.Request{Message: "fail"})
	if ev := mustRead(t, conn); ev.Type != assistant.EventError || ev.Message != internalFailure.message {
		t.Errorf("got %+v, want the generic internal error event", ev)
	}
	mustSend(t, conn, assistant.Request{Message: "hi", SessionID: "s-9"})
	if ev := mustRead(t, conn); ev.Type != assistant.EventDone || ev.Turn == nil || ev.Turn.SessionID != "s-9" {
		t.Errorf("got %+v, want done with the turn", ev)
	}
}

// blocking is a Chatter that emits one token, then waits for its context
// and reports the emit error it then gets (or nil) and the context's cause.
type blocking struct {
	started chan struct{}
	ended   chan error
}

func newBlocking() *blocking {
	return &blocking{started: make(chan struct{}, 16), ended: make(chan error, 16)}
}

func (b *blocking) Chat(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error) {
	if err := emit(assistant.Event{Type: assistant.EventToken, Text: "…"}); err != nil {
		return assistant.Turn{}, err
	}
	b.started <- struct{}{}
	<-ctx.Done()
	b.ended <- context.Cause(ctx)
	return assistant.Turn{}, ctx.Err()
}

func waitFor[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(hangGuard):
		t.Fatalf("gave up waiting for %s", what)
		panic("unreachable")
	}
}

func TestSocketClosedClientCancelsTurn(t *testing.T) {
	chat := newBlocking()
	ts := newTestServer(t, Config{}, chat)
	conn := mustDial(t, ts, nil)
	mustSend(t, conn, assistant.Request{Message: "q"})
	if ev := mustRead(t, conn); ev.Type != assistant.EventToken {
		t.Fatalf("got %+v, want a token", ev)
	}
	waitFor(t, chat.started, "the turn to start")
	conn.Close()
	if cause := waitFor(t, chat.ended, "the turn to be cancelled"); !errors.Is(cause, errPeerGone) {
		t.Errorf("turn cancelled with cause %v, want %v", cause, errPeerGone)
	}
}

func TestSocketQueuesThenRefusesRequests(t *testing.T) {
	release := make(chan struct{})
	started := make(chan string, 16)
	gated := chatFunc(func(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error) {
		started <- req.Message
		<-release
		turn := assistant.Turn{Answer: req.Message}
		return turn, emit(assistant.Event{Type: assistant.EventDone, Turn: &turn})
	})
	ts := newTestServer(t, Config{}, gated)
	conn := mustDial(t, ts, nil)
	mustSend(t, conn, assistant.Request{Message: "0"})
	waitFor(t, started, "the first turn")
	for i := 1; i <= maxPendingTurns+1; i++ {
		mustSend(t, conn, assistant.Request{Message: string(rune('0' + i))})
	}
	if ev := mustRead(t, conn); ev.Type != assistant.EventError || ev.Message != classify(errBusy).message {
		t.Fatalf("got %+v, want a busy error for the request over the queue", ev)
	}
	close(release)
	var answers []string
	for range maxPendingTurns + 1 {
		ev := mustRead(t, conn)
		if ev.Type != assistant.EventDone {
			t.Fatalf("got %+v, want done", ev)
		}
		answers = append(answers, ev.Turn.Answer)
	}
	if diff := cmp.Diff([]string{"0", "1", "2", "3", "4"}, answers); diff != "" {
		t.Errorf("turns out of order (-want +got):\n%s", diff)
	}
}

func TestSocketOrigin(t *testing.T) {
	ts := newTestServer(t, Config{AllowedOrigins: []string{"https://partner.example"}}, scripted())
	tests := []struct {
		origin string
		ok     bool
	}{
		{"", true},
		{ts.URL, true},
		{"https://partner.example", true},
		{"https://evil.example", false},
	}
	for _, tt := range tests {
		header := http.Header{}
		if tt.origin != "" {
			header.Set("Origin", tt.origin)
		}
		conn, resp, err := websocket.DefaultDialer.Dial(wsURL(ts), header)
		if tt.ok != (err == nil) {
			t.Errorf("origin %q: err %v, want ok=%v", tt.origin, err, tt.ok)
		}
		if !tt.ok && resp != nil && resp.StatusCode != http.StatusForbidden {
			t.Errorf("origin %q: status %d, want 403", tt.origin, resp.StatusCode)
		}
		if conn != nil {
			conn.Close()
		}
	}
}

func TestSocketReadLimit(t *testing.T) {
	ts := newTestServer(t, Config{}, scripted())
	conn := mustDial(t, ts, nil)
	mustSend(t, conn, assistant.Request{Message: strings.Repeat("a", maxRequestBytes)})
	_ = conn.SetReadDeadline(time.Now().Add(hangGuard))
	_, _, err := conn.ReadMessage()
	if !websocket.IsCloseError(err, websocket.CloseMessageTooBig) {
		t.Errorf("read after an oversized frame: %v, want close 1009", err)
	}
}
