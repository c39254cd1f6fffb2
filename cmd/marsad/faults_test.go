package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
)

// The fault tests run `marsad serve` with a dependency that fails mid-run
// and check what a user gets: an answer or an error in the language of the
// question within the turn timeout, /readyz naming what is down, /healthz
// up, and answers again once the dependency is back, without a restart.

// faultTurnTimeout is MARSAD_TURN_TIMEOUT in the fault tests; faultGuard
// is how much longer a turn may take before the test calls it hung: a
// generous failure guard, not a speed target.
const (
	faultTurnTimeout = 3 * time.Second
	faultGuard       = faultTurnTimeout + 2*time.Second
)

// The questions asked during a fault, one per language the brief names,
// each on an official figure (19,4 % of women unemployed in 2024).
var faultQuestions = []string{
	"Quel était le taux de chômage des femmes en 2024 ?",
	"ما هو معدل البطالة عند النساء سنة 2024؟",
}

// reply is what a user got for one turn: the answer, or the message of
// the error.
type reply struct {
	answer, lang string // the turn's
	err          string // the error's message
	status       int    // HTTP status, 0 over the websocket
}

// postChat asks question over POST /api/chat.
func postChat(t *testing.T, base, question string) reply {
	t.Helper()
	body, _ := json.Marshal(assistant.Request{Message: question})
	client := &http.Client{Timeout: faultGuard}
	res, err := client.Post(base+"/api/chat", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("POST /api/chat %q: %v", question, err)
	}
	defer res.Body.Close()
	if res.StatusCode == http.StatusOK {
		var turn assistant.Turn
		if err := json.NewDecoder(res.Body).Decode(&turn); err != nil {
			t.Fatal(err)
		}
		return reply{answer: turn.Answer, lang: turn.Lang, status: res.StatusCode}
	}
	var e struct{ Error string }
	if err := json.NewDecoder(res.Body).Decode(&e); err != nil {
		t.Fatal(err)
	}
	return reply{err: e.Error, status: res.StatusCode}
}

// dialWS opens a websocket to the server, closed when the test ends.
func dialWS(t *testing.T, base string) *websocket.Conn {
	t.Helper()
	conn, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(base, "http")+"/ws", nil)
	if err != nil {
		t.Fatalf("dial /ws: %v", err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

// askWS asks question over conn and reads its events up to done or error.
func askWS(t *testing.T, conn *websocket.Conn, question string) reply {
	t.Helper()
	if err := conn.WriteJSON(assistant.Request{Message: question}); err != nil {
		t.Fatal(err)
	}
	conn.SetReadDeadline(time.Now().Add(faultGuard))
	for {
		var ev assistant.Event
		if err := conn.ReadJSON(&ev); err != nil {
			t.Fatalf("websocket turn %q: %v", question, err)
		}
		switch ev.Type {
		case assistant.EventDone:
			return reply{answer: ev.Turn.Answer, lang: ev.Turn.Lang}
		case assistant.EventError:
			return reply{err: ev.Message}
		}
	}
}

// wantInLanguage fails unless r is an answer in the language of question
// or one of the error messages written for that language.
func wantInLanguage(t *testing.T, how, question string, r reply) {
	t.Helper()
	tag := lang.Read(question).Lang
	if r.err == "" {
		if string(tag) != r.lang || r.answer == "" {
			t.Errorf("%s %q: answer %q in %q, want one in %s", how, question, r.answer, r.lang, tag)
		}
		return
	}
	for _, name := range []string{"error", "error.timeout"} {
		if text, err := prompts.Render(name, string(tag), nil); err == nil && text == r.err {
			return
		}
	}
	t.Errorf("%s %q: error %q (status %d), want the error message written in %s", how, question, r.err, r.status, tag)
}

// wantFigure fails unless r answers the women's unemployment of 2024.
func wantFigure(t *testing.T, how string, r reply) {
	t.Helper()
	if r.err != "" || !strings.Contains(r.answer, "19,4") && !strings.Contains(r.answer, "19.4") {
		t.Errorf("%s: %+v, want the answer with 19,4", how, r)
	}
}

// readiness is the answer of /readyz.
type readiness struct {
	status int
	Status string   `json:"status"`
	Down   []string `json:"down"`
}

func getReady(t *testing.T, base string) readiness {
	t.Helper()
	res, err := http.Get(base + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	r := readiness{status: res.StatusCode}
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		t.Fatal(err)
	}
	return r
}

// readyUntil asks /readyz until its list of what is down is down (nil:
// ready), for at most 20 s: a round of probes is reused for 5 s and a
// probe of a hung server takes its 2 s.
func readyUntil(t *testing.T, base string, down ...string) {
	t.Helper()
	wantStatus := http.StatusOK
	if len(down) > 0 {
		wantStatus = http.StatusServiceUnavailable
	}
	var r readiness
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if r = getReady(t, base); r.status == wantStatus && slices.Equal(r.Down, down) {
			return
		}
	}
	t.Errorf("/readyz: %d %+v, want %d with down %v", r.status, r, wantStatus, down)
}

func wantHealthy(t *testing.T, base string) {
	t.Helper()
	res, err := http.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Errorf("/healthz: %d, want 200: the process is alive", res.StatusCode)
	}
}

// askDuringFault asks every fault question over POST /api/chat and over
// conn: each gets an answer or an error in its language.
func askDuringFault(t *testing.T, base string, conn *websocket.Conn, status int) {
	t.Helper()
	for _, q := range faultQuestions {
		for how, r := range map[string]reply{"POST /api/chat": postChat(t, base, q), "websocket": askWS(t, conn, q)} {
			t.Logf("%s %q during the fault: %+v", how, q, r)
			wantInLanguage(t, how, q, r)
			if how != "websocket" && r.status != status {
				t.Errorf("%s %q during the fault: HTTP %d, want %d", how, q, r.status, status)
			}
		}
	}
}

// askAfterFault asks every fault question over POST /api/chat and over
// conn: each gets its figure, in its language.
func askAfterFault(t *testing.T, base string, conn *websocket.Conn) {
	t.Helper()
	for _, q := range faultQuestions {
		for how, r := range map[string]reply{"POST /api/chat": postChat(t, base, q), "websocket": askWS(t, conn, q)} {
			wantFigure(t, how+" after the fault", r)
			wantInLanguage(t, how+" after the fault", q, r)
		}
	}
}
