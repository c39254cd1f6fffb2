package web

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gorilla/websocket"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/lang"
)

// The request decoders are fuzzed on one invariant: whatever the bytes,
// nothing panics and a request that is refused is refused with a 4xx
// status (or, on the websocket, an error event of a 4xx class); only
// what decodes reaches the assistant. Run one with
//   go test -run '^$' -fuzz FuzzCompletionRequest -fuzztime 30s ./web

// echo is a planner answering the question it is asked, so that the fuzzed
// requests go through the real Assistant's checks (empty or long message,
// session id, replayed history) at no cost.
type echo struct{}

func (echo) Run(_ context.Context, _ []assistant.Turn, msg lang.Reading, _ assistant.Emit) (assistant.Turn, error) {
	return assistant.Turn{Lang: "fr", Answer: msg.Text}, nil
}

// requestSeeds are the bodies of the route tables, shared by the fuzzers.
var requestSeeds = []string{
	`{"message":"Quel est le taux de chômage des jeunes en 2024 ?","session_id":"s-42"}`,
	`{"message":"x","session_id":"s-7"}`,
	`{"message":`, ``, `{"message":"  "}`, `{"message":"long"}`, `null`, `[]`, `"x"`,
	`{"message":"ok","session_id":"../../etc/passwd"}`,
	`{"message":"\u0000\ud800"}`,
	strings.Replace(completionBody, "%s", "false", 1),
	strings.Replace(completionBody, "%s", "true", 1),
	`{"messages":[{"role":"system","content":"x"}]}`,
	`{"messages":[`,
	`{"messages":[{"role":"user","content":""}]}`,
	`{"messages":[{"role":"user","content":null}],"stream":true}`,
	`{"messages":[{"role":"user","content":[{"type":"image_url"},{"type":"text","text":"q"}]}],"stream":true,"stream_options":{"include_usage":true}}`,
	`{"messages":[{"role":"assistant","content":"a"},{"role":"user","content":"q1"},{"role":"user","content":"q2"}]}`,
	`{"messages":[{"role":"user","content":{"text":"q"}}]}`,
	`{"messages":null,"stream":"yes"}`,
}

// mustServeFuzz posts body to path on srv and checks the invariant.
func mustServeFuzz(t *testing.T, h http.Handler, path string, body []byte) {
	req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK && (rec.Code < 400 || rec.Code > 499) {
		t.Fatalf("POST %s %q: status %d: %s", path, body, rec.Code, rec.Body.Bytes())
	}
}

func FuzzChatRequest(f *testing.F) {
	for _, s := range requestSeeds {
		f.Add([]byte(s))
	}
	h := New(Config{}, assistant.New(echo{}), nil).Handler()
	f.Fuzz(func(t *testing.T, body []byte) {
		mustServeFuzz(t, h, "/api/chat", body)
	})
}

func FuzzCompletionRequest(f *testing.F) {
	for _, s := range requestSeeds {
		f.Add([]byte(s))
	}
	h := New(Config{}, assistant.New(echo{}), nil).Handler()
	f.Fuzz(func(t *testing.T, body []byte) {
		mustServeFuzz(t, h, "/v1/chat/completions", body)
	})
}

func FuzzSocketFrame(f *testing.F) {
	for _, s := range requestSeeds {
		f.Add(true, []byte(s))
	}
	f.Add(false, []byte(`{"message":"q"}`))
	f.Fuzz(func(t *testing.T, text bool, data []byte) {
		kind := websocket.BinaryMessage
		if text {
			kind = websocket.TextMessage
		}
		if _, err := decodeFrame(kind, data); err != nil {
			if f := classify(err); f.status < 400 || f.status > 499 {
				t.Fatalf("frame %q: %v classified %d", data, err, f.status)
			}
		}
	})
}

func FuzzMessageContent(f *testing.F) {
	for _, s := range []string{`"Bonjour"`, `null`, `[]`, `[{"type":"text","text":"a"},{"type":"text","text":"b"}]`,
		`[{"type":"image_url","image_url":{"url":"x"}}]`, `[null]`, `[1]`, `{"text":"q"}`, `12`, ` "x" `, `"\ud800"`, ``} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var m messageContent
		err := m.UnmarshalJSON(b)
		var s string
		if json.Unmarshal(b, &s) == nil && (err != nil || string(m) != s) {
			t.Fatalf("the JSON string %q gave %q, %v", b, m, err)
		}
	})
}

// A request frame read without encoding/json (plainRequest) gives the
// Request json.Unmarshal gives.
func FuzzPlainRequest(f *testing.F) {
	for _, s := range []string{`{"message":"q"}`, `{"message":"معدل البطالة 2024؟"}`, `{"message":""}`, `{"message":"a\"b"}`,
		`{"message":"a\u003cb"}`, "{\"message\":\"\xff\"}", "{\"message\":\"a\tb\"}", `{"message":"x"}"}`, `{"message":"x","session_id":"s"}`,
		`{"message":"`, `{"message":"x"} `, `{"Message":"x"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		msg, ok := plainRequest(data)
		if !ok {
			return
		}
		var want assistant.Request
		if err := json.Unmarshal(data, &want); err != nil || want.Message != msg || want.SessionID != "" {
			t.Fatalf("frame %q read as %q; json.Unmarshal: %+v, %v", data, msg, want, err)
		}
	})
}
