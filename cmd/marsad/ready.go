package main

import (
	"net/http"

	"github.com/marsad/marsad/assistant/langchain"
	"github.com/marsad/marsad/retrieval/embed"
	"github.com/marsad/marsad/web"
)

// readyChecks are the dependencies /readyz probes: PostgreSQL and Qdrant
// when configured (opened by newApp), the LLM server and the remote
// embedder's when set, each by a request that computes nothing.
func (a *app) readyChecks() []web.Check {
	checks := append([]web.Check(nil), a.checks...)
	cfg := a.cfg
	auth := http.Header{}
	if cfg.LLMAPIKey != "" {
		auth.Set("Authorization", "Bearer "+cfg.LLMAPIKey)
	}
	if cfg.LLMProvider != "" {
		checks = append(checks, web.HTTPCheck("llm", langchain.ModelsURL(cfg.LLMProvider, cfg.LLMBaseURL), auth, nil))
	}
	if cfg.Embedder == "openai" || cfg.Embedder == "ollama" {
		checks = append(checks, web.HTTPCheck("embedder", embed.ProbeURL(cfg.Embedder, cfg.LLMBaseURL), auth, nil))
	}
	return checks
}
