package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/marsad/marsad/assistant"
)

// fakeOpenAI is a chat-completions server (OpenAI's SSE wire format)
// replying from a script: each entry is either a tool call "name {args}"
// or answer text. Past the script it answers 500.
func fakeOpenAI(t *testing.T, script ...string) *httptest.Server {
	t.Helper()
	var mu sync.Mutex
	n := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		mu.Lock()
		i := n
		n++
		mu.Unlock()
		if r.URL.Path != "/v1/chat/completions" || i >= len(script) {
			http.Error(w, `{"error":{"message":"no scripted reply"}}`, http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/event-stream")
		delta := map[string]any{"content": script[i]}
		reason := "stop"
		if name, args, ok := strings.Cut(script[i], " {"); ok && !strings.Contains(name, " ") {
			delta = map[string]any{"tool_calls": []any{map[string]any{"index": 0, "id": fmt.Sprint("call_", i), "type": "function",
				"function": map[string]any{"name": name, "arguments": "{" + args}}}}
			reason = "tool_calls"
		}
		for _, d := range []map[string]any{delta, {}} {
			b, _ := json.Marshal(map[string]any{"choices": []any{map[string]any{"index": 0, "delta": d, "finish_reason": reason}}})
			fmt.Fprintf(w, "data: %s\n\n", b)
		}
		fmt.Fprint(w, "data: [DONE]\n\n")
	}))
	t.Cleanup(srv.Close)
	return srv
}

func askJSON(t *testing.T, getenv func(string) string, question string) assistant.Turn {
	t.Helper()
	var out bytes.Buffer
	if err := run(context.Background(), []string{"ask", "--json", question}, getenv, strings.NewReader(""), &out, io.Discard); err != nil {
		t.Fatalf("ask: %v", err)
	}
	var turn assistant.Turn
	if err := json.Unmarshal(out.Bytes(), &turn); err != nil {
		t.Fatalf("ask --json printed %q: %v", out.String(), err)
	}
	return turn
}

func TestAskWithOpenAIProvider(t *testing.T) {
	srv := fakeOpenAI(t,
		`indicator_series {"indicator":"unemployment_rate","sex":"female","from":"2024","to":"2024"}`,
		"Selon le HCP (statistique officielle), le taux de chômage des femmes était de 19,4 % en 2024.")
	turn := askJSON(t, env(t, "MARSAD_LLM_PROVIDER", "openai", "MARSAD_LLM_BASE_URL", srv.URL+"/v1", "MARSAD_LLM_MODEL", "scripted"),
		"Quel était le taux de chômage des femmes en 2024 ?")
	if !strings.HasPrefix(turn.Answer, "Selon le HCP (statistique officielle)") {
		t.Errorf("answer = %q, want the model's", turn.Answer)
	}
	if len(turn.ToolCalls) != 1 || turn.ToolCalls[0].Name != "indicator_series" || len(turn.Citations) == 0 || turn.Lang != "fr" {
		t.Errorf("turn = %+v, want one indicator_series call with citations, in French", turn)
	}
}

func TestAskFallsBackWhenTheModelInventsAFigure(t *testing.T) {
	srv := fakeOpenAI(t, "Le taux de chômage des femmes était de 22 % en 2024.")
	turn := askJSON(t, env(t, "MARSAD_LLM_PROVIDER", "openai", "MARSAD_LLM_BASE_URL", srv.URL+"/v1", "MARSAD_LLM_MODEL", "scripted"),
		"Quel était le taux de chômage des femmes en 2024 ?")
	if strings.Contains(turn.Answer, "22") || !strings.Contains(turn.Answer, "19,4") {
		t.Errorf("answer = %q, want the offline planner's 19,4 and not the invented 22", turn.Answer)
	}
}

func TestLLMProviderIsChecked(t *testing.T) {
	cases := []struct {
		env  []string
		want string
	}{
		{[]string{"MARSAD_LLM_PROVIDER", "mistral"}, "want openai, ollama"},
		{[]string{"MARSAD_LLM_PROVIDER", "ollama", "MARSAD_LLM_MODEL", "qwen2.5"}, "MARSAD_LLM_BASE_URL"},
		{[]string{"MARSAD_LLM_PROVIDER", "openai", "MARSAD_LLM_BASE_URL", "http://127.0.0.1:1/v1"}, "MARSAD_LLM_MODEL"},
	}
	for _, c := range cases {
		err := run(context.Background(), []string{"ask", "chomage"}, env(t, c.env...), strings.NewReader(""), io.Discard, io.Discard)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: err = %v, want it to mention %q", c.env, err, c.want)
		}
	}
}
