package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/tools"
)

func TestHealth(t *testing.T) {
	ts := newTestServer(t, Config{Version: "1.2.3"}, scripted())
	resp, body := mustGet(t, ts.URL+"/healthz")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d, want 200", resp.StatusCode)
	}
	var got map[string]string
	mustDecode(t, body, &got)
	if diff := cmp.Diff(map[string]string{"status": "ok", "version": "1.2.3"}, got); diff != "" {
		t.Errorf("healthz (-want +got):\n%s", diff)
	}
}

func TestChatAnswersTheTurn(t *testing.T) {
	ts := newTestServer(t, Config{}, scripted())
	req := assistant.Request{Message: "Quel est le taux de chômage des jeunes en 2024 ?", SessionID: "s-42"}
	resp, body := mustPost(t, ts.URL+"/api/chat", "application/json", mustJSON(t, req), nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d, want 200: %s", resp.StatusCode, body)
	}
	var got assistant.Turn
	mustDecode(t, body, &got)
	want := testTurn(req)
	want.ToolCalls[0].Result.Data = []any{map[string]any{"period": "2024", "value": 36.7}}
	want.Charts = []assistant.Chart{} // a turn's JSON always lists its charts
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("turn (-want +got):\n%s", diff)
	}
	if got.SessionID != "s-42" {
		t.Errorf("session_id %q, want s-42", got.SessionID)
	}
}

func TestChatFillsSessionAndLists(t *testing.T) {
	bare := chatFunc(func(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error) {
		return assistant.Turn{Lang: "fr", Answer: "Je ne sais pas."}, nil
	})
	ts := newTestServer(t, Config{}, bare)
	_, body := mustPost(t, ts.URL+"/api/chat", "application/json", []byte(`{"message":"x","session_id":"s-7"}`), nil)
	for _, want := range []string{`"session_id":"s-7"`, `"tool_calls":[]`, `"citations":[]`} {
		if !strings.Contains(string(body), want) {
			t.Errorf("body %s lacks %s", body, want)
		}
	}
}

func TestChatRejects(t *testing.T) {
	failing := chatFunc(func(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error) {
		switch req.Message {
		case "long":
			return assistant.Turn{}, assistant.ErrTooLong
		case "bad data":
			return assistant.Turn{}, errors.New("pgx: connection refused to 10.0.0.3")
		}
		return scripted().Chat(ctx, req, emit)
	})
	ts := newTestServer(t, Config{}, failing)
	tests := []struct {
		name, body  string
		status      int
		code, error string
	}{
		{"invalid JSON", `{"message":`, http.StatusBadRequest, "bad_request", ""},
		{"empty body", ``, http.StatusBadRequest, "bad_request", ""},
		{"empty message in the user's words", `{"message":"  "}`, http.StatusBadRequest, "empty_message", "Votre message est vide."},
		{"too long for the assistant", `{"message":"long"}`, http.StatusRequestEntityTooLarge, "message_too_long", ""},
		{"body over the limit", `{"message":"` + strings.Repeat("a", maxRequestBytes) + `"}`,
			http.StatusRequestEntityTooLarge, "message_too_long", ""},
		{"internal error without detail", `{"message":"bad data"}`, http.StatusInternalServerError, "internal", internalFailure.message},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := mustPost(t, ts.URL+"/api/chat", "application/json", []byte(tt.body), nil)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, body)
			}
			var got struct{ Error, Code string }
			mustDecode(t, body, &got)
			if got.Code != tt.code || got.Error == "" {
				t.Errorf("got %+v, want code %q and a message", got, tt.code)
			}
			if tt.error != "" && got.Error != tt.error {
				t.Errorf("error %q, want %q", got.Error, tt.error)
			}
			if strings.Contains(got.Error, "10.0.0.3") {
				t.Errorf("internal detail leaked: %q", got.Error)
			}
		})
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		err    error
		status int
		silent bool
	}{
		{assistant.ErrEmptyMessage, http.StatusBadRequest, false},
		{assistant.ErrTooLong, http.StatusRequestEntityTooLarge, false},
		{context.Canceled, 499, true},
		{errSlowClient, 499, true},
		{errors.Join(errors.New("ingest"), tools.ErrBadData), http.StatusUnprocessableEntity, false},
		{errUnauthorized, http.StatusUnauthorized, false},
		{errIngestDisabled, http.StatusServiceUnavailable, false},
		{fmt.Errorf("load session: %w: %w", tools.ErrUnavailable, errors.New("dial tcp: connection refused")), http.StatusServiceUnavailable, false},
		{&ingest.StoppedError{Name: "a.csv", Err: fmt.Errorf("store ads: %w", tools.ErrUnavailable)}, http.StatusServiceUnavailable, false},
		{ingest.ErrNoJob, http.StatusNotFound, false},
		{context.DeadlineExceeded, http.StatusInternalServerError, false},
		{errors.New("boom"), http.StatusInternalServerError, false},
	}
	for _, tt := range tests {
		f := classify(tt.err)
		if f.status != tt.status || f.silent != tt.silent || f.message == "" && !f.silent {
			t.Errorf("classify(%v) = %+v, want status %d silent %v", tt.err, f, tt.status, tt.silent)
		}
	}
}
