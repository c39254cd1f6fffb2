package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/assistant/langchain"
	"github.com/marsad/marsad/assistant/offline"
	"github.com/marsad/marsad/tools"
)

// newPlanner returns the planner the configuration asks for: the offline
// planner without MARSAD_LLM_PROVIDER, else the LLM agent on that provider,
// falling back to the offline planner for any turn the model cannot answer
// with grounded figures. cfg has been checked. Each fallback is logged on
// cfg.Log (serve's logger; standard error for the other commands), once,
// with its reason and the turn's request id, and so is each opening and
// closing of the circuit breaker. The offline
// planner is also returned alone: it replays the conversations clients
// keep (/v1/chat/completions) at no model cost.
func newPlanner(cfg config, kit *tools.Kit) (planner, offlinePlanner assistant.Planner, err error) {
	off := offline.New(kit, time.Now)
	if cfg.LLMProvider == "" {
		return off, off, nil
	}
	model, err := newModel(cfg)
	if err != nil {
		return nil, nil, fmt.Errorf("MARSAD_LLM_PROVIDER=%s: %w", cfg.LLMProvider, err)
	}
	turn, err := cfg.turnTimeout()
	if err != nil {
		return nil, nil, err
	}
	log := cfg.Log
	if log == nil {
		log = newLogger(os.Stderr, cfg)
	}
	log = log.With("provider", cfg.LLMProvider, "model", cfg.LLMModel)
	contextTokens, err := cfg.llmContext()
	if err != nil {
		return nil, nil, err
	}
	opts := langchain.Options{Timeout: llmTimeout(turn), ContextTokens: contextTokens, CountTokens: countTokens, OnCall: llmCallObserver(cfg), OnFallback: func(ctx context.Context, f langchain.Fallback) {
		log.WarnContext(ctx, "LLM turn answered by the offline planner", "reason", f.Reason, "err", f.Err, "numbers", f.Numbers)
	}, OnCircuit: func(open bool) {
		if open {
			log.Warn("LLM server failing: turns are answered by the offline planner without calling it until a probe succeeds")
		} else {
			log.Info("LLM server answers again")
		}
	}}
	return langchain.New(model, kit, off, opts), off, nil
}

// llmTimeout is the model's share of a turn: three quarters, so that the
// model's timeout ends first, leaving the offline planner (milliseconds)
// time to answer and the circuit breaker a failure to count.
func llmTimeout(turn time.Duration) time.Duration { return turn * 3 / 4 }

func newModel(cfg config) (langchain.Model, error) {
	if cfg.LLMProvider == "ollama" {
		return langchain.NewOllama(cfg.LLMBaseURL, cfg.LLMModel, nil)
	}
	return langchain.NewOpenAI(cfg.LLMBaseURL, cfg.LLMModel, cfg.LLMAPIKey, nil)
}

// llmCallObserver counts the model's calls and tokens in cfg.Metrics;
// nil without metrics.
func llmCallObserver(cfg config) func(langchain.Call) {
	if cfg.Metrics == nil {
		return nil
	}
	return func(c langchain.Call) {
		cfg.Metrics.LLMCall(c.Took, c.PromptTokens, c.CompletionTokens, c.Err)
		cfg.Metrics.LLMPrompt(c.Fitting.Tokens, c.Fitting.DroppedMsgs, c.Fitting.CutReplies)
	}
}
