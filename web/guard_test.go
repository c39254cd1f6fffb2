package web

import (
	"context"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/marsad/marsad/assistant"
)

// testClock is a clock the test moves by hand.
type testClock struct {
	mu  sync.Mutex
	now time.Time
}

func newTestClock() *testClock { return &testClock{now: time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC)} }

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *testClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// postChat posts one question and returns the status, Retry-After and the
// decoded body.
func postChat(t *testing.T, url, msg, session string, header http.Header) (int, string, map[string]any) {
	t.Helper()
	resp, b := mustPost(t, url+"/api/chat", "application/json",
		mustJSON(t, assistant.Request{Message: msg, SessionID: session}), header)
	var body map[string]any
	mustDecode(t, b, &body)
	return resp.StatusCode, resp.Header.Get("Retry-After"), body
}

func TestChatOverTheIPRateIs429WithRetryAfterInTheQuestionsLanguage(t *testing.T) {
	clock := newTestClock()
	ts := newTestServer(t, Config{Limits: Limits{IPTurns: Rate{PerMinute: 60, Burst: 2}, Now: clock.Now}}, scripted())
	for i := range 2 {
		if code, _, body := postChat(t, ts.URL, "Quel est le taux de chômage en 2024 ?", "", nil); code != http.StatusOK {
			t.Fatalf("question %d: %d %v", i+1, code, body)
		}
	}
	code, retry, body := postChat(t, ts.URL, "Quel est le taux de chômage en 2024 ?", "", nil)
	if code != http.StatusTooManyRequests || retry != "1" || body["code"] != "rate_limited" {
		t.Fatalf("third question: %d, Retry-After %q, %v; want 429, 1, rate_limited", code, retry, body)
	}
	if msg, _ := body["error"].(string); !strings.Contains(msg, "Réessayez dans 1 s") {
		t.Errorf("message %q, want it in French", msg)
	}
	_, _, body = postChat(t, ts.URL, "ما هي نسبة البطالة في 2024؟", "", nil)
	if msg, _ := body["error"].(string); !strings.Contains(msg, "المرجو إعادة المحاولة") {
		t.Errorf("message %q, want it in Arabic", msg)
	}
	clock.Add(time.Second)
	if code, _, body := postChat(t, ts.URL, "Et en 2023 ?", "", nil); code != http.StatusOK {
		t.Errorf("after a second: %d %v, want 200", code, body)
	}
}

func TestChatOverTheSessionRateIs429ForThatSessionOnly(t *testing.T) {
	clock := newTestClock()
	ts := newTestServer(t, Config{Limits: Limits{SessionTurns: Rate{PerMinute: 6, Burst: 1}, Now: clock.Now}}, scripted())
	if code, _, _ := postChat(t, ts.URL, "What was unemployment in 2024?", "a", nil); code != http.StatusOK {
		t.Fatalf("first question of a: %d", code)
	}
	code, retry, body := postChat(t, ts.URL, "And in 2023?", "a", nil)
	if code != http.StatusTooManyRequests || retry != "10" {
		t.Errorf("second question of a: %d, Retry-After %q; want 429 and 10 s", code, retry)
	}
	if msg, _ := body["error"].(string); !strings.Contains(msg, "try again in 10 s") {
		t.Errorf("message %q, want it in English", msg)
	}
	if code, _, _ := postChat(t, ts.URL, "And in 2023?", "b", nil); code != http.StatusOK {
		t.Errorf("first question of b: %d, want 200", code)
	}
}

func TestSocketOverItsRateGetsAnErrorEventInTheUsersLanguage(t *testing.T) {
	clock := newTestClock()
	ts := newTestServer(t, Config{Limits: Limits{SessionTurns: Rate{PerMinute: 2, Burst: 1}, Now: clock.Now}}, scripted())
	conn := mustDial(t, ts, nil)
	mustSend(t, conn, assistant.Request{Message: "Quel est le taux de chômage ?", SessionID: "s"})
	if evs := readTurn(t, conn); evs[len(evs)-1].Type != assistant.EventDone {
		t.Fatalf("first turn ends with %+v", evs[len(evs)-1])
	}
	for _, c := range []struct{ msg, want string }{
		{"Et chez les femmes ?", "Trop de questions à la suite. Réessayez dans 30 s."},
		{"وعند النساء؟", "أسئلة كثيرة متتالية. المرجو إعادة المحاولة بعد 30 ثانية."},
		{"w 3nd l3yalat?", "3awd jerreb mn b3d 30 tanya."},
	} {
		mustSend(t, conn, assistant.Request{Message: c.msg, SessionID: "s"})
		if ev := mustRead(t, conn); ev.Type != assistant.EventError || !strings.Contains(ev.Message, c.want) {
			t.Errorf("%q over the rate: %+v, want an error event saying %q", c.msg, ev, c.want)
		}
	}
	clock.Add(30 * time.Second)
	mustSend(t, conn, assistant.Request{Message: "Et chez les femmes ?", SessionID: "s"})
	if evs := readTurn(t, conn); evs[len(evs)-1].Type != assistant.EventDone {
		t.Errorf("after 30 s the turn ends with %+v, want done", evs[len(evs)-1])
	}
}

// dialFrom opens a websocket as the client forwarded for ip, and returns
// the handshake's status when it is refused.
func dialFrom(t *testing.T, url, ip string) (*websocket.Conn, int) {
	t.Helper()
	conn, resp, err := websocket.DefaultDialer.Dial(url, http.Header{"X-Forwarded-For": {ip}})
	if err != nil {
		if resp == nil {
			t.Fatalf("dial: %v", err)
		}
		return nil, resp.StatusCode
	}
	t.Cleanup(func() { conn.Close() })
	return conn, http.StatusSwitchingProtocols
}

func TestSocketsAreCappedPerIPAndInAll(t *testing.T) {
	ts := newTestServer(t, Config{Limits: Limits{SocketsPerIP: 2, Sockets: 3, TrustedProxies: []string{"127.0.0.1", "::1"}}}, scripted())
	url := wsURL(ts)
	dialFrom(t, url, "10.0.0.1")
	first, _ := dialFrom(t, url, "10.0.0.1")
	if _, code := dialFrom(t, url, "10.0.0.1"); code != http.StatusTooManyRequests {
		t.Errorf("third socket of 10.0.0.1: %d, want 429", code)
	}
	dialFrom(t, url, "10.0.0.2")
	if _, code := dialFrom(t, url, "10.0.0.3"); code != http.StatusTooManyRequests {
		t.Errorf("fourth socket in all: %d, want 429", code)
	}
	// A closed socket frees its place once the server has seen it close.
	first.Close()
	deadline := time.Now().Add(hangGuard)
	for {
		if _, code := dialFrom(t, url, "10.0.0.3"); code == http.StatusSwitchingProtocols {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the place of a closed socket was never freed")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestJSONRoutesRefuseOtherMediaTypes(t *testing.T) {
	var turns atomic.Int32
	chat := chatFunc(func(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error) {
		turns.Add(1)
		return scripted().Chat(ctx, req, emit)
	})
	ts := newTestServer(t, Config{}, chat)
	for _, path := range []string{"/api/chat", "/v1/chat/completions", "/api/feedback"} {
		body := []byte(`{"message":"Quel est le taux de chômage ?","messages":[{"role":"user","content":"q"}]}`)
		for _, ct := range []string{"text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", ""} {
			resp, b := mustPost(t, ts.URL+path, ct, body, nil)
			if resp.StatusCode != http.StatusUnsupportedMediaType || !strings.Contains(string(b), "unsupported_media_type") {
				t.Errorf("POST %s as %q: %d %s, want 415", path, ct, resp.StatusCode, b)
			}
		}
	}
	if n := turns.Load(); n != 0 {
		t.Errorf("%d turns were asked by refused requests", n)
	}
	if resp, b := mustPost(t, ts.URL+"/api/chat", "Application/JSON; charset=utf-8", []byte(`{"message":"q"}`), nil); resp.StatusCode != http.StatusOK {
		t.Errorf("POST as application/json with a charset: %d %s", resp.StatusCode, b)
	}
}

func TestHostHeaderMustNameTheServer(t *testing.T) {
	ts := newTestServer(t, Config{Limits: Limits{AllowedHosts: []string{"marsad.example.org"}}}, scripted())
	for host, want := range map[string]int{
		"marsad.example.org":                  http.StatusOK,
		"MARSAD.example.org:443":              http.StatusOK,
		"localhost:8080":                      http.StatusOK,
		"127.0.0.1":                           http.StatusOK,
		"[::1]:8080":                          http.StatusOK,
		"10.1.2.3:8080":                       http.StatusOK, // a probe by address
		"rebind.attacker.example":             http.StatusMisdirectedRequest,
		"localhost.attacker.example":          http.StatusMisdirectedRequest,
		"marsad.example.org.attacker.example": http.StatusMisdirectedRequest,
	} {
		req, _ := http.NewRequest(http.MethodGet, ts.URL+"/healthz", nil)
		req.Host = host
		resp, b := mustDo(t, req)
		if resp.StatusCode != want {
			t.Errorf("Host %q: %d %s, want %d", host, resp.StatusCode, b, want)
		}
		if want != http.StatusOK && !strings.Contains(string(b), "does not answer to the name") {
			t.Errorf("Host %q refused with %s, want it said why", host, b)
		}
	}
}

func TestForwardedForIsTrustedFromConfiguredProxiesOnly(t *testing.T) {
	for _, c := range []struct {
		name    string
		proxies []string
		want    int // status of a second client's question
	}{
		{"spoofed without a trusted proxy", nil, http.StatusTooManyRequests},
		{"honoured from a trusted proxy", []string{"127.0.0.0/8", "::1"}, http.StatusOK},
	} {
		t.Run(c.name, func(t *testing.T) {
			clock := newTestClock()
			ts := newTestServer(t, Config{Limits: Limits{IPTurns: Rate{PerMinute: 1, Burst: 1}, TrustedProxies: c.proxies, Now: clock.Now}}, scripted())
			if code, _, _ := postChat(t, ts.URL, "chômage ?", "", http.Header{"X-Forwarded-For": {"203.0.113.7"}}); code != http.StatusOK {
				t.Fatalf("first client: %d", code)
			}
			if code, _, _ := postChat(t, ts.URL, "chômage ?", "", http.Header{"X-Forwarded-For": {"198.51.100.9"}}); code != c.want {
				t.Errorf("second client: %d, want %d", code, c.want)
			}
			if code, _, _ := postChat(t, ts.URL, "chômage ?", "", http.Header{"X-Forwarded-For": {"203.0.113.7"}}); code != http.StatusTooManyRequests {
				t.Errorf("first client again: %d, want 429", code)
			}
		})
	}
}

func TestAdminTokenGuessesAreBackedOff(t *testing.T) {
	clock := newTestClock()
	ingest := func(ctx context.Context, kind, name string, body io.Reader) (any, error) {
		return map[string]int{"read": 1}, nil
	}
	ts := newTestServer(t, Config{AdminToken: "s3cret", Ingest: ingest, Limits: Limits{Now: clock.Now}}, scripted())
	upload := func(token string) (int, string) {
		resp, _ := mustPost(t, ts.URL+"/api/ingest?kind=ads&name=a.csv", "text/csv", []byte("title\nInfirmier\n"), bearer(token))
		return resp.StatusCode, resp.Header.Get("Retry-After")
	}
	for i := range adminFreeFailures {
		if code, _ := upload("guess"); code != http.StatusUnauthorized {
			t.Fatalf("guess %d: %d, want 401", i+1, code)
		}
	}
	if code, retry := upload("s3cret"); code != http.StatusTooManyRequests || retry != "1" {
		t.Errorf("right token during the back-off: %d, Retry-After %q; want 429, 1", code, retry)
	}
	clock.Add(time.Second)
	if code, _ := upload("guess"); code != http.StatusUnauthorized {
		t.Errorf("guess after the back-off: %d, want 401", code)
	}
	if code, retry := upload("guess"); code != http.StatusTooManyRequests || retry != "2" {
		t.Errorf("next guess: %d, Retry-After %q; want 429 and a back-off doubled to 2 s", code, retry)
	}
	clock.Add(2 * time.Second)
	if code, _ := upload("s3cret"); code != http.StatusOK {
		t.Errorf("right token after the back-off: %d, want 200", code)
	}
	if code, _ := upload("guess"); code != http.StatusUnauthorized {
		t.Errorf("a guess after a success starts again: %d, want 401", code)
	}
}
