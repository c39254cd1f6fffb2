package langchain

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/assistant/offline"

	"github.com/marsad/marsad/assistant/langchain/chattest"
	"github.com/marsad/marsad/retrieval/lang"
)

// TestOllamaGoesThroughV1 runs a tool-calling turn against a server laid
// out as Ollama is (its OpenAI-compatible API under /v1) from the base URL
// an operator gives for Ollama.
func TestOllamaGoesThroughV1(t *testing.T) {
	srv := chattest.NewServer(t,
		chattest.CallTool("indicator_series", `{"indicator":"unemployment_rate","sex":"female","from":"2024","to":"2024"}`),
		chattest.Say("Selon le HCP, 19,4 % en 2024 (statistique officielle)."))
	model, err := NewOllama(srv.URL, "qwen2.5", nil)
	if err != nil {
		t.Fatal(err)
	}
	kit := fixtureKit(t)
	var fallbacks []Fallback
	p := New(model, kit, offline.New(kit, now), Options{OnFallback: func(_ context.Context, f Fallback) { fallbacks = append(fallbacks, f) }})
	turn, err := p.Run(context.Background(), nil, lang.Read(womenQ), func(assistant.Event) error { return nil })
	if err != nil || len(fallbacks) != 0 || len(turn.ToolCalls) != 1 {
		t.Fatalf("err %v, fallbacks %v, calls %d", err, fallbacks, len(turn.ToolCalls))
	}
	if srv.Path(0) != "/v1/chat/completions" {
		t.Errorf("path = %s, want Ollama's /v1/chat/completions", srv.Path(0))
	}
}

// TestLangchaingoOllamaSendsNoTools pins why NewOllama does not use
// langchaingo's llms/ollama: against a server speaking Ollama's /api/chat,
// v0.1.14 drops the tools of the call. If this test fails after an upgrade,
// llms/ollama may have learnt tool calling and NewOllama could use it.
func TestLangchaingoOllamaSendsNoTools(t *testing.T) {
	var body map[string]any
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		_ = json.Unmarshal(raw, &body)
		_, _ = io.WriteString(w, `{"model":"m","message":{"role":"assistant","content":"ok"},"done":true}`+"\n")
	}))
	defer srv.Close()
	m, err := ollama.New(ollama.WithServerURL(srv.URL), ollama.WithModel("m"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = m.GenerateContent(context.Background(), []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, "hi")},
		llms.WithTools(offer(fixtureKit(t))))
	if err != nil {
		t.Fatal(err)
	}
	if _, sent := body["tools"]; sent || body == nil {
		t.Errorf("llms/ollama sent tools to /api/chat (body %v): NewOllama may now use it", body)
	}
	_, err = m.GenerateContent(context.Background(), []llms.MessageContent{{Role: llms.ChatMessageTypeAI,
		Parts: []llms.ContentPart{llms.ToolCall{ID: "1", Type: "function", FunctionCall: &llms.FunctionCall{Name: "x"}}}}})
	if err == nil || !strings.Contains(err.Error(), "only support Text") {
		t.Errorf("a tool-call part: err = %v, want llms/ollama to refuse it", err)
	}
}
