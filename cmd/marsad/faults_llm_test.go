package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// hungLLM is an OpenAI-compatible server that never answers: its
// requests wait until the client gives up. It counts the chat requests
// (POST), not the probes of /readyz.
type hungLLM struct {
	*httptest.Server
	chats atomic.Int32
}

func startHungLLM(t *testing.T) *hungLLM {
	t.Helper()
	release := make(chan struct{})
	h := &hungLLM{}
	h.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			h.chats.Add(1)
		}
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	t.Cleanup(h.Close)
	t.Cleanup(func() { close(release) }) // before Close, which waits for the requests
	return h
}

// An LLM server that hangs costs one turn the model's share of the turn
// timeout, answered by the offline planner in the user's language; the
// circuit breaker then opens, and the next turns are answered without
// calling the server.
func TestServeWithAnLLMThatHangs(t *testing.T) {
	llm := startHungLLM(t)
	stderr := &lockedBuffer{}
	base := startServerOut(t, env(t, "MARSAD_LLM_PROVIDER", "openai", "MARSAD_LLM_BASE_URL", llm.URL+"/v1",
		"MARSAD_LLM_MODEL", "m", "MARSAD_TURN_TIMEOUT", faultTurnTimeout.String()), stderr)

	first := postChat(t, base, faultQuestions[0])
	wantFigure(t, "the turn that waited for the model", first)
	wantInLanguage(t, "the turn that waited for the model", faultQuestions[0], first)
	if n := llm.chats.Load(); n != 1 {
		t.Fatalf("the first turn sent %d requests to the model, want 1", n)
	}
	if !strings.Contains(stderr.String(), "LLM server failing") {
		t.Fatalf("the circuit breaker did not open after a hung turn; log:\n%s", stderr.String())
	}

	conn := dialWS(t, base)
	for _, q := range faultQuestions {
		for how, r := range map[string]reply{"POST /api/chat": postChat(t, base, q), "websocket": askWS(t, conn, q)} {
			wantFigure(t, how+" with the circuit open", r)
			wantInLanguage(t, how+" with the circuit open", q, r)
		}
	}
	if n := llm.chats.Load(); n != 1 {
		t.Errorf("with the circuit open the model got %d requests, want none after the first", n-1)
	}
	readyUntil(t, base, "llm")
	wantHealthy(t, base)
}
