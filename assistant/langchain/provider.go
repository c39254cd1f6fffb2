package langchain

import (
	"net/http"
	"strings"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/openai"
)

// Model is langchaingo's chat model, named here so that callers (cmd)
// need not import langchaingo: this package is its only importer.
type Model = llms.Model

// NewOpenAI returns a chat model on an OpenAI-compatible server (vLLM,
// llama.cpp server, LM Studio, a hosted API). baseURL ends before
// /chat/completions (https://api.openai.com/v1, http://host:8000/v1).
// apiKey may be empty for servers without one. hc may be nil for
// langchaingo's default client. Every setting is passed explicitly so that
// langchaingo's own OPENAI_* environment variables never apply: only cmd
// reads the environment.
func NewOpenAI(baseURL, model, apiKey string, hc *http.Client) (Model, error) {
	if apiKey == "" {
		apiKey = "none" // langchaingo refuses an empty key; keyless servers ignore it
	}
	opts := []openai.Option{openai.WithBaseURL(strings.TrimRight(baseURL, "/")),
		openai.WithModel(model), openai.WithToken(apiKey)}
	if hc != nil {
		opts = append(opts, openai.WithHTTPClient(hc))
	}
	return openai.New(opts...)
}

// NewOllama returns a chat model on an Ollama server at baseURL
// (http://localhost:11434, with or without /v1).
//
// It speaks Ollama's OpenAI-compatible endpoint (/v1/chat/completions)
// through langchaingo's OpenAI client, not /api/chat through
// langchaingo's llms/ollama: in langchaingo v0.1.14 that client sends no
// tools (ollamaclient.ChatRequest has no tools field), rejects tool-call and
// tool-reply message parts and returns no tool calls, so it cannot run
// an agent. ollama_test.go pins that limit.
func NewOllama(baseURL, model string, hc *http.Client) (Model, error) {
	return NewOpenAI(ollamaV1(baseURL), model, "ollama", hc)
}

// ollamaV1 is the OpenAI-compatible base of the Ollama server at baseURL.
func ollamaV1(baseURL string) string {
	base := strings.TrimRight(baseURL, "/")
	if !strings.HasSuffix(base, "/v1") {
		base += "/v1"
	}
	return base
}

// ModelsURL is GET /v1/models of the server NewOpenAI (provider
// "openai") or NewOllama (provider "ollama") would talk to: the cheap
// request that tells the server is up, for a readiness probe.
func ModelsURL(provider, baseURL string) string {
	if provider == "ollama" {
		return ollamaV1(baseURL) + "/models"
	}
	return strings.TrimRight(baseURL, "/") + "/models"
}
