package web

import (
	"bytes"
	"context"
	"errors"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad/assistant"
)

// newTimedServer is newTestServer with the websocket timing changed by
// set.
func newTimedServer(t *testing.T, chat Chatter, set func(*socketTiming)) *httptest.Server {
	t.Helper()
	srv := New(Config{}, chat, testLogger(t))
	set(&srv.timing)
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return ts
}

// emitting is a Chatter that emits evs, then done with answer, and
// reports when it returns and with which error.
func emitting(evs []assistant.Event, answer string, ended chan<- error) Chatter {
	return chatFunc(func(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error) {
		for _, ev := range evs {
			if err := emit(ev); err != nil {
				ended <- err
				return assistant.Turn{}, err
			}
		}
		turn := assistant.Turn{Lang: "fr", Answer: answer}
		err := emit(assistant.Event{Type: assistant.EventDone, Turn: &turn})
		ended <- err
		return turn, err
	})
}

func tokenEvents(n int, text string) []assistant.Event {
	evs := make([]assistant.Event, n)
	for i := range evs {
		evs[i] = assistant.Event{Type: assistant.EventToken, Text: text}
	}
	return evs
}

func TestSocketGathersTokensInOrder(t *testing.T) {
	cite := testCitation
	evs := append(tokenEvents(300, "mot "), assistant.Event{Type: assistant.EventCitation, Citation: &cite})
	evs = append(evs, assistant.Event{Type: assistant.EventToken, Text: "fin."})
	answer := strings.Repeat("mot ", 300) + "fin."
	ended := make(chan error, 1)
	ts := newTestServer(t, Config{}, emitting(evs, answer, ended))
	conn := mustDial(t, ts, nil)
	mustSend(t, conn, assistant.Request{Message: "q"})
	got := readTurn(t, conn)
	types, texts := collapseTokens(got)
	if diff := cmp.Diff([]string{"token", "citation", "token", "done"}, types); diff != "" {
		t.Fatalf("event types, token runs collapsed (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{strings.Repeat("mot ", 300), "fin."}, texts); diff != "" {
		t.Errorf("token text before and after the citation (-want +got):\n%s", diff)
	}
	if n := len(got); n > 300/4 {
		t.Errorf("%d frames for 302 events: tokens were not gathered", n)
	}
	for _, ev := range got {
		if ev.Type == assistant.EventToken && len(ev.Text) >= flushBytes+len("mot ") {
			t.Errorf("a token frame of %d bytes, over flushBytes (%d) and one token", len(ev.Text), flushBytes)
		}
	}
}

func TestSocketSendsTextAfterFlushDelay(t *testing.T) {
	release := make(chan struct{})
	paused := chatFunc(func(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error) {
		if err := emit(assistant.Event{Type: assistant.EventToken, Text: "Un "}); err != nil {
			return assistant.Turn{}, err
		}
		select { // the planner thinks: the text so far must reach the client meanwhile
		case <-release:
		case <-ctx.Done():
			return assistant.Turn{}, ctx.Err()
		}
		turn := assistant.Turn{Answer: "Un deux."}
		return turn, emit(assistant.Event{Type: assistant.EventToken, Text: "deux."})
	})
	ts := newTestServer(t, Config{}, paused)
	conn := mustDial(t, ts, nil)
	mustSend(t, conn, assistant.Request{Message: "q"})
	if ev := mustRead(t, conn); ev.Type != assistant.EventToken || ev.Text != "Un " {
		t.Fatalf("got %+v while the turn pauses, want the token sent so far", ev)
	}
	close(release)
	_, texts := collapseTokens(readTurn(t, conn))
	if diff := cmp.Diff([]string{"deux."}, texts); diff != "" {
		t.Errorf("text after the pause (-want +got):\n%s", diff)
	}
}

// TestSocketSendsAnEventAfterFlushDelay: a tool call announced before a
// long tool run reaches the client while the tool runs, though its frame
// waits in the socket's batch for the rest of the turn at first.
func TestSocketSendsAnEventAfterFlushDelay(t *testing.T) {
	release := make(chan struct{})
	paused := chatFunc(func(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error) {
		call := assistant.ToolCall{ID: "call_1", Name: "indicator_series"}
		if err := emit(assistant.Event{Type: assistant.EventToolCall, Call: &call}); err != nil {
			return assistant.Turn{}, err
		}
		select {
		case <-release:
		case <-ctx.Done():
			return assistant.Turn{}, ctx.Err()
		}
		return assistant.Turn{Answer: "Un."}, emit(assistant.Event{Type: assistant.EventToken, Text: "Un."})
	})
	ts := newTestServer(t, Config{}, paused)
	conn := mustDial(t, ts, nil)
	mustSend(t, conn, assistant.Request{Message: "q"})
	if ev := mustRead(t, conn); ev.Type != assistant.EventToolCall || ev.Call == nil || ev.Call.ID != "call_1" {
		t.Fatalf("got %+v while the tool runs, want its tool_call", ev)
	}
	close(release)
	if types, _ := collapseTokens(readTurn(t, conn)); !slices.Equal(types, []string{"token", "done"}) {
		t.Errorf("events after the tool ran: %v, want token, done", types)
	}
}

// TestSocketWaitsForAPausedClient sends far more than socket buffers hold
// to a client that pauses for less than writeWait: the turn must wait for
// it, and every byte must arrive.
func TestSocketWaitsForAPausedClient(t *testing.T) {
	const pause = 500 * time.Millisecond
	big := strings.Repeat("x", 64<<10)
	const n = 128 // 8 MiB: more than a paused client's socket buffers hold
	ended := make(chan error, 1)
	ts := newTimedServer(t, emitting(tokenEvents(n, big), strings.Repeat(big, n), ended), func(st *socketTiming) {
		st.writeWait = 4 * pause
	})
	conn := mustDial(t, ts, nil)
	mustSend(t, conn, assistant.Request{Message: "q"})
	time.Sleep(pause)
	select {
	case err := <-ended:
		t.Fatalf("the turn ended (%v) while the client paused: it did not wait for the client", err)
	default:
	}
	total := 0 // read raw: decoding 8 MiB of JSON is slow under the race detector
	for {
		_ = conn.SetReadDeadline(time.Now().Add(hangGuard))
		_, msg, err := conn.ReadMessage()
		if err != nil {
			t.Fatalf("after %d bytes: %v", total, err)
		}
		if bytes.HasPrefix(msg, []byte(`{"type":"done"`)) {
			break
		}
		text, ok := bytes.CutPrefix(msg, []byte(`{"type":"token","text":"`))
		if !ok {
			t.Fatalf("got %.100s", msg)
		}
		total += bytes.Count(text, []byte("x"))
	}
	if total != n*len(big) {
		t.Errorf("%d bytes of text, want %d", total, n*len(big))
	}
	if err := waitFor(t, ended, "the turn to end"); err != nil {
		t.Errorf("turn ended with %v", err)
	}
}

func TestSocketDropsAClientThatDoesNotRead(t *testing.T) {
	const wait = 300 * time.Millisecond
	big := strings.Repeat("x", 64<<10)
	ended := make(chan error, 1)
	ts := newTimedServer(t, emitting(tokenEvents(1<<14, big), "", ended), func(st *socketTiming) { // 1 GiB
		st.writeWait = wait
	})
	conn := mustDial(t, ts, nil) // and never read
	mustSend(t, conn, assistant.Request{Message: "q"})
	if err := waitFor(t, ended, "the flood to stop"); !errors.Is(err, errSlowClient) {
		t.Errorf("emit failed with %v, want %v", err, errSlowClient)
	}
}
