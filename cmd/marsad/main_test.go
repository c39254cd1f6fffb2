package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/marsad/marsad/assistant"
)

// env returns a getenv for a data folder of its own, already seeded with
// the demo corpus (a copy of seededDataDir's), unless extra names one;
// extra sets other variables, as name, value pairs.
func env(t testing.TB, extra ...string) func(string) string {
	t.Helper()
	m := map[string]string{"MARSAD_LOG_LEVEL": "warn"}
	for i := 0; i+1 < len(extra); i += 2 {
		m[extra[i]] = extra[i+1]
	}
	if _, ok := m["MARSAD_DATA_DIR"]; !ok {
		m["MARSAD_DATA_DIR"] = seededDataDir(t)
	}
	return func(k string) string { return m[k] }
}

// startServer runs `marsad serve` on a free port and returns its base URL;
// the server stops when the test ends.
func startServer(t *testing.T) string {
	t.Helper()
	return startServerEnv(t, env(t))
}

func startServerEnv(t *testing.T, getenv func(string) string) string {
	t.Helper()
	return startServerOut(t, getenv, io.Discard)
}

func TestServeStreamsDarijaAnswerOverWebsocket(t *testing.T) {
	base := startServer(t)
	conn, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(base, "http")+"/ws", nil)
	if err != nil {
		t.Fatalf("dial /ws: %v", err)
	}
	defer conn.Close()
	req := assistant.Request{Message: "شحال كاينة البطالة عند العيالات ف 2024؟"}
	if err := conn.WriteJSON(req); err != nil {
		t.Fatal(err)
	}
	conn.SetReadDeadline(time.Now().Add(30 * time.Second))
	var tokens []string
	var types []string
	for {
		var ev assistant.Event
		if err := conn.ReadJSON(&ev); err != nil {
			t.Fatalf("read event: %v (got %v)", err, types)
		}
		if len(types) == 0 || types[len(types)-1] != ev.Type {
			types = append(types, ev.Type)
		}
		if ev.Type == assistant.EventToken {
			tokens = append(tokens, ev.Text)
		}
		if ev.Type == assistant.EventError {
			t.Fatalf("error event: %s", ev.Message)
		}
		if ev.Type != assistant.EventDone {
			continue
		}
		streamed := strings.Join(tokens, "")
		// The server gathers token text into frames (512 bytes or 30 ms):
		// the offline planner's answer, written at once, comes in a few.
		if len(tokens) == 0 || streamed != ev.Turn.Answer {
			t.Fatalf("streamed %d tokens %q; done answer %q", len(tokens), streamed, ev.Turn.Answer)
		}
		if !strings.Contains(streamed, "19,4") || ev.Turn.Lang != "ary" || len(ev.Turn.Citations) == 0 {
			t.Fatalf("answer %q lang %s citations %d; want 19,4 in Darija with a citation", streamed, ev.Turn.Lang, len(ev.Turn.Citations))
		}
		// the turn's sources come once the answer is written, one event
		// per source of its one list, before done
		want := []string{"tool_call", "tool_result", "token", "citation", "done"}
		if strings.Join(types, ",") != strings.Join(want, ",") {
			t.Fatalf("event order %v, want %v", types, want)
		}
		return
	}
}

func TestServeAnswersJSONChatAndHealth(t *testing.T) {
	base := startServer(t)
	res, err := http.Get(base + "/healthz")
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", res, err)
	}
	res.Body.Close()
	body, _ := json.Marshal(assistant.Request{Message: "Quel était le taux de chômage des femmes en 2024 ?"})
	res, err = http.Post(base+"/api/chat", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var turn assistant.Turn
	if err := json.NewDecoder(res.Body).Decode(&turn); err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != 200 || !strings.Contains(turn.Answer, "19,4") || turn.SessionID == "" || turn.ToolCalls[0].Name != "indicator_series" {
		t.Fatalf("status %d turn %+v", res.StatusCode, turn)
	}
}

func TestAskJSONPrintsWholeTurn(t *testing.T) {
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"ask", "--json", "What was the unemployment rate in Morocco in 2024?"}, env(t), nil, &out, &errb)
	if err != nil {
		t.Fatalf("ask: %v (%s)", err, errb.String())
	}
	var got struct {
		Lang      string `json:"lang"`
		Answer    string `json:"answer"`
		ToolCalls []struct {
			Name      string          `json:"name"`
			Arguments json.RawMessage `json:"arguments"`
			Result    json.RawMessage `json:"result"`
		} `json:"tool_calls"`
		Citations []json.RawMessage `json:"citations"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out.String())
	}
	if got.Lang != "en" || !strings.Contains(got.Answer, "13.3") || len(got.ToolCalls) != 1 || len(got.ToolCalls[0].Result) == 0 || len(got.Citations) == 0 {
		t.Fatalf("turn = %s", out.String())
	}
}

func TestAskRefusesOverlongMessageInItsLanguage(t *testing.T) {
	var out, errb bytes.Buffer
	long := strings.Repeat("شحال كاينة البطالة ف كازا؟ ", 800)
	err := run(context.Background(), []string{"ask", long}, env(t), nil, &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "too long") {
		t.Fatalf("err = %v, want message too long", err)
	}
}
