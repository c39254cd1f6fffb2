// Package langchain is Marsad's LLM agent path and the only importer of
// langchaingo: a Planner that lets a chat model with tool calling (an
// OpenAI-compatible server, or Ollama) choose and call the tools of a
// tools.Kit, streams the model's answer as token events, and checks DESIGN's
// number guarantee before the answer counts.
//
// Whenever the model cannot give a grounded answer (server unreachable or
// failing, malformed reply, no final answer within the step bound, an
// answer writing a number no tool result of the turn holds), the turn is
// answered by the fallback planner (the offline one) instead, after an
// EventRetract. After repeated failures of the server, or one hang, a
// circuit breaker (circuit.go) stops calling it for a while. The package
// logs nothing: Options.OnFallback and Options.OnCircuit tell the caller,
// and cmd logs it.
package langchain

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/tmc/langchaingo/llms"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// EventRetract is emitted when the LLM's turn is abandoned for the
// fallback planner's answer: the token, tool_call, tool_result and citation
// events emitted before it belong to the withdrawn attempt, and the events
// after it (then done, whose turn is the fallback's) are the answer.
// Message holds the Reason. Clients that ignore it still end right, since
// the done event carries the whole answer; a token-only client (an
// OpenAI-style stream) has seen no ungrounded number, see stream.
const EventRetract = "retract"

// Reasons for a fallback, in Fallback.Reason and EventRetract's Message.
const (
	ReasonLLM        = "llm_error"         // the server failed, timed out or answered nothing usable
	ReasonUngrounded = "ungrounded_number" // the answer wrote a number no tool result of the turn holds
	ReasonSteps      = "step_limit"        // still calling tools after Options.MaxSteps replies
	ReasonEmpty      = "empty_answer"      // a final reply without text
	ReasonLanguage   = "other_language"    // the answer is not in the question's language or script
)

// Fallback says why a turn was answered by the fallback planner: Reason is
// one of the Reason constants, Err the server's error for ReasonLLM, and
// Numbers the ungrounded values for ReasonUngrounded.
type Fallback struct {
	Reason  string
	Err     error
	Numbers []float64
	// hung is set for ReasonLLM when the server had not replied when the
	// model's share of the turn ran out: the circuit breaker opens at once.
	hung bool
}

func (f *Fallback) Error() string {
	if f.Err != nil {
		return f.Reason + ": " + f.Err.Error()
	}
	return fmt.Sprintf("%s %v", f.Reason, f.Numbers)
}

func (f *Fallback) Unwrap() error { return f.Err }

// Call is one request to the model as Options.OnCall is told of it: how
// long it took, the tokens the server reported (0 when it reported none),
// and the server's error (nil when it answered).
type Call struct {
	Took                           time.Duration
	PromptTokens, CompletionTokens int
	Err                            error
	// Fitting is what the prompt budget did to the request: its tokens as
	// Marsad counted them (PromptTokens is the server's count), the past
	// messages left out and the tool results cut.
	Fitting Fitting
}

// Options tune a Planner; zero values take the defaults.
type Options struct {
	// MaxSteps bounds the model replies of a turn (default 6): a model
	// that keeps calling tools falls back instead of looping.
	MaxSteps int
	// Timeout bounds the LLM part of a turn (default 60s); the fallback
	// runs on the caller's context. Keep it below the caller's deadline
	// (the Assistant's turn timeout): a turn whose caller gave up first
	// falls back to nothing, and teaches the circuit breaker nothing.
	Timeout time.Duration
	// Temperature of the model (default 0, the most literal).
	Temperature float64
	// NoStreaming asks for whole replies, for servers that cannot stream
	// tool calls; the answer's tokens are then emitted once it is checked.
	NoStreaming bool
	// OnFallback, if set, is told of every fallback, before the fallback
	// planner runs, with the turn's context (so that a log line of it
	// carries the request's id); it must not block.
	OnFallback func(context.Context, Fallback)
	// OnCircuit, if set, is told when the circuit breaker opens (true:
	// the model is not called for a while) and closes again (false); it
	// must not block.
	OnCircuit func(open bool)
	// OnCall, if set, is told of every request to the model once it
	// returns (Call); it must not block.
	OnCall func(Call)
	// Now is the circuit breaker's clock (default time.Now).
	Now func() time.Time
	// ContextTokens is the model's context window, prompt and answer
	// (default DefaultContextTokens); CountTokens counts a text's tokens
	// (default: about four bytes a token). See budget.go.
	ContextTokens int
	CountTokens   func(string) int
}

// Planner implements assistant.Planner with an llms.Model.
type Planner struct {
	model    Model
	kit      *tools.Kit
	fallback assistant.Planner
	offered  []llms.Tool
	opts     Options
	circuit  *circuit
	budget   budget
}

// New returns a planner letting model call the tools of kit and falling
// back to fallback (the offline planner) as the package doc says.
func New(model Model, kit *tools.Kit, fallback assistant.Planner, opts Options) *Planner {
	if opts.MaxSteps <= 0 {
		opts.MaxSteps = 6
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 60 * time.Second
	}
	offered := offer(kit)
	return &Planner{model: model, kit: kit, fallback: fallback, offered: offered, opts: opts,
		circuit: newCircuit(opts.Now, opts.OnCircuit), budget: newBudget(opts.ContextTokens, opts.CountTokens, offered)}
}

// Run implements assistant.Planner. It returns the model's turn when its
// answer is grounded, else the fallback planner's turn after an
// EventRetract; while the circuit breaker is open (circuit.go) it returns
// the fallback planner's turn without calling the model. It returns an error without falling back when ctx ends
// (the client went away), when emit fails, or when a tool's backend fails
// (the fallback would read the same backend).
func (p *Planner) Run(ctx context.Context, history []assistant.Turn, msg lang.Reading, emit assistant.Emit) (assistant.Turn, error) {
	if !p.circuit.allow() {
		return p.fallback.Run(ctx, history, msg, emit)
	}
	turn, err := p.agent(ctx, msg.Lang, history, msg.Text, emit)
	p.circuit.record(outcomeOf(ctx, err))
	if ctx.Err() != nil {
		return assistant.Turn{}, ctx.Err() // the client is gone: nobody to answer
	}
	var fb *Fallback
	if !errors.As(err, &fb) {
		return turn, err
	}
	if p.opts.OnFallback != nil {
		p.opts.OnFallback(ctx, *fb)
	}
	if err := emit(assistant.Event{Type: EventRetract, Message: fb.Reason}); err != nil {
		return assistant.Turn{}, err
	}
	return p.fallback.Run(ctx, history, msg, emit)
}
