package web

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/assistant/offline"
	"github.com/marsad/marsad/web/metrics"
)

// observedSeed is a server running the offline assistant over the seed,
// its kit and the server observed by one metrics registry, logging JSON
// lines into the returned buffer.
func observedSeed(t *testing.T) (ts *httptest.Server, logs *syncBuffer) {
	t.Helper()
	reg := metrics.New()
	w := mustSeed(t)
	kit := w.kit.WithObserver(reg.ToolCall)
	chat := assistant.New(offline.New(kit, func() time.Time { return seedReference }))
	logs = &syncBuffer{}
	log := slog.New(slog.NewJSONHandler(logs, nil))
	return serveTest(t, New(Config{Observer: reg, Metrics: reg.Handler()}, chat, log)), logs
}

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// lines decodes every JSON log line written so far.
func (b *syncBuffer) lines(t *testing.T) []map[string]any {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []map[string]any
	sc := bufio.NewScanner(bytes.NewReader(b.buf.Bytes()))
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("log line %q is not JSON: %v", sc.Text(), err)
		}
		out = append(out, m)
	}
	return out
}

// byRequest returns the msg of every line logged so far, by request_id
// (lines without one are left out).
func (b *syncBuffer) byRequest(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, l := range b.lines(t) {
		if id, ok := l["request_id"].(string); ok {
			out[id] = append(out[id], l["msg"].(string))
		}
	}
	return out
}

func TestMetricsAfterTurns(t *testing.T) {
	ts, _ := observedSeed(t)
	url := ts.URL
	ask := mustJSON(t, assistant.Request{Message: "Quel était le taux de chômage des femmes en 2024 ?"})
	if resp, body := mustPost(t, url+"/api/chat", "application/json", ask, nil); resp.StatusCode != http.StatusOK {
		t.Fatalf("chat: %d %s", resp.StatusCode, body)
	}
	if resp, _ := mustPost(t, url+"/api/chat", "application/json", []byte(`{"message":"  "}`), nil); resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("empty message: %d, want 400", resp.StatusCode)
	}
	mustGet(t, url+"/api/sessions/no-such-session-0001")
	mustGet(t, url+"/no/such/route")

	conn := mustDial(t, ts, nil)
	mustSend(t, conn, assistant.Request{Message: "Combien d'offres pour les infirmiers à Casablanca ?"})
	for ev := mustRead(t, conn); ev.Type != assistant.EventDone; ev = mustRead(t, conn) {
		if ev.Type == assistant.EventError {
			t.Fatalf("websocket turn failed: %s", ev.Message)
		}
	}
	open := scrape(t, url)
	if !strings.Contains(open, "marsad_websocket_sessions 1") {
		t.Errorf("with a websocket open: no marsad_websocket_sessions 1")
	}
	conn.Close()

	want := []string{
		`marsad_http_request_duration_seconds_count{method="POST",route="/api/chat",status="200"} 1`,
		`marsad_http_request_duration_seconds_count{method="POST",route="/api/chat",status="400"} 1`,
		`marsad_http_request_duration_seconds_count{method="GET",route="/api/sessions/:id",status="404"} 1`,
		`marsad_http_request_duration_seconds_count{method="GET",route="unmatched",status="404"} 1`,
		`marsad_turn_duration_seconds_count{outcome="ok"} 2`,
		`marsad_turn_duration_seconds_count{outcome="empty_message"} 1`,
		`marsad_tool_call_duration_seconds_count{outcome="ok",tool="indicator_series"} 1`,
		`marsad_sessions_started_total 2`,
		`marsad_errors_total{kind="empty_message"} 1`,
		`marsad_errors_total{kind="no_session"} 1`,
		`marsad_websocket_frames_total{direction="in"} 1`,
		`marsad_websocket_sessions 0`,
		`go_goroutines`,
	}
	got := scrapeFor(t, url, want)
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("metrics lack %s", w)
		}
	}
	if !strings.Contains(got, `marsad_websocket_frames_total{direction="out"}`) {
		t.Errorf("metrics lack the frames sent")
	}
	if strings.Contains(got, "no-such-session") || strings.Contains(got, "/no/such/route") {
		t.Errorf("a raw path became a label")
	}
}

// scrapeFor scrapes /metrics until it holds every line of want, or
// hangGuard has passed: a request is counted once its answer is written,
// so the client may read the answer a moment before it is counted, and a
// websocket's closing is told once its handler returns.
func scrapeFor(t *testing.T, url string, want []string) string {
	t.Helper()
	deadline := time.Now().Add(hangGuard)
	for {
		got := scrape(t, url)
		missing := slices.ContainsFunc(want, func(w string) bool { return !strings.Contains(got, w) })
		if !missing || time.Now().After(deadline) {
			return got
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// scrape returns the text of GET /metrics.
func scrape(t *testing.T, url string) string {
	t.Helper()
	resp, body := mustGet(t, url+"/metrics")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("/metrics: %d", resp.StatusCode)
	}
	return string(body)
}

func TestRequestIDInLogsAndTurn(t *testing.T) {
	ts, logs := observedSeed(t)
	url := ts.URL
	ask := mustJSON(t, assistant.Request{Message: "Quel était le taux de chômage en 2024 ?"})
	resp, _ := mustPost(t, url+"/api/chat", "application/json", ask, http.Header{RequestIDHeader: {"lb-7f3a.1"}})
	if got := resp.Header.Get(RequestIDHeader); got != "lb-7f3a.1" {
		t.Errorf("answer's request id %q, want the client's lb-7f3a.1", got)
	}
	resp, _ = mustPost(t, url+"/api/chat", "application/json", ask, http.Header{RequestIDHeader: {`forged" level=ERROR`}})
	made := resp.Header.Get(RequestIDHeader)
	if !RequestIDOK(made) || strings.Contains(made, "forged") {
		t.Errorf("an insane id gave %q, want a new one", made)
	}

	conn := mustDial(t, ts, nil)
	mustSend(t, conn, assistant.Request{Message: "Quel était le taux de chômage en 2024 ?"})
	for ev := mustRead(t, conn); ev.Type != assistant.EventDone; ev = mustRead(t, conn) {
	}
	conn.Close()

	var byID map[string][]string
	for deadline := time.Now().Add(hangGuard); ; time.Sleep(10 * time.Millisecond) {
		byID = logs.byRequest(t) // a line is logged once its answer is written
		if len(byID) >= 3 || time.Now().After(deadline) {
			break
		}
	}
	if got := byID["lb-7f3a.1"]; len(got) != 1 || got[0] != "http request" {
		t.Errorf("lines of lb-7f3a.1: %v, want its request line", got)
	}
	if got := byID[made]; len(got) != 1 {
		t.Errorf("lines of %s: %v, want its request line", made, got)
	}
	var turnID string
	for id, msgs := range byID {
		if len(msgs) > 0 && msgs[0] == "websocket turn" {
			turnID = id
		}
	}
	if !strings.HasSuffix(turnID, "-1") {
		t.Errorf("websocket turn logged with request id %q, want the connection's id and -1 (lines %v)", turnID, byID)
	}
}

func TestRequestIDReachesTheTurn(t *testing.T) {
	seen := make(chan string, 1)
	chat := chatFunc(func(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error) {
		seen <- RequestID(ctx)
		return testTurn(req), emit(assistant.Event{Type: assistant.EventDone})
	})
	url := serveTest(t, New(Config{}, chat, testLogger(t))).URL
	mustPost(t, url+"/api/chat", "application/json", []byte(`{"message":"x"}`), http.Header{RequestIDHeader: {"abc-42"}})
	if got := <-seen; got != "abc-42" {
		t.Fatalf("the turn's context carries %q, want abc-42", got)
	}
}

func TestRequestIDOK(t *testing.T) {
	for id, want := range map[string]bool{
		"": false, "abc": true, "3f2a9c1e-0b7d-4d5e-9a61-1c2b3d4e5f60": true, "a b": false,
		"a\nb": false, strings.Repeat("x", 64): true, strings.Repeat("x", 65): false, "é": false,
	} {
		if got := RequestIDOK(id); got != want {
			t.Errorf("RequestIDOK(%q) = %v, want %v", id, got, want)
		}
	}
}
