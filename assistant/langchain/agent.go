package langchain

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/tmc/langchaingo/llms"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// agentTurn is the state of one LLM attempt at a turn.
type agentTurn struct {
	p      *Planner
	emit   assistant.Emit
	ground ground
	out    stream
	turn   assistant.Turn
	cited  map[string]bool
	// question is the index of the user's message in the turn's messages.
	question int
}

// agent runs the model loop: each reply either calls tools, whose results
// are fed back, or answers. It returns the turn, a *Fallback when the
// model gave no grounded answer, or another error (emit, backend, ctx).
func (p *Planner) agent(ctx context.Context, tag lang.Tag, history []assistant.Turn, msg string, emit assistant.Emit) (assistant.Turn, error) {
	ctx, cancel := context.WithTimeout(ctx, p.opts.Timeout)
	defer cancel()
	a := &agentTurn{p: p, emit: emit, cited: map[string]bool{},
		turn: assistant.Turn{Lang: string(tag), ToolCalls: []assistant.ToolCall{}, Citations: []tools.Citation{}}}
	a.out = stream{emit: emit, ground: &a.ground}
	msgs := conversation(tag, history, msg)
	a.question = len(msgs) - 1
	for range p.opts.MaxSteps {
		choice, err := a.generate(ctx, msgs)
		if err != nil {
			return assistant.Turn{}, err
		}
		if len(choice.ToolCalls) == 0 {
			return a.finish()
		}
		msgs = append(msgs, callMessage(choice))
		for _, tc := range choice.ToolCalls {
			reply, err := a.call(ctx, tc)
			if err != nil {
				return assistant.Turn{}, err
			}
			msgs = append(msgs, reply)
		}
		if err := a.out.release(false); err != nil { // text the new results ground
			return assistant.Turn{}, err
		}
	}
	return assistant.Turn{}, &Fallback{Reason: ReasonSteps}
}

// generate asks the model for one reply, streaming its text through the
// guard. A failure of the server is a *Fallback; a failure of emit is
// returned as is, although langchaingo reports it wrapped as its own.
func (a *agentTurn) generate(ctx context.Context, msgs []llms.MessageContent) (*llms.ContentChoice, error) {
	var emitErr error
	var streamed strings.Builder
	onChunk := func(_ context.Context, chunk []byte) error {
		if isToolDelta(chunk) {
			return nil
		}
		streamed.Write(chunk)
		emitErr = a.out.write(string(chunk))
		return emitErr
	}
	opts := []llms.CallOption{llms.WithTools(a.p.offered), llms.WithTemperature(a.p.opts.Temperature)}
	if !a.p.opts.NoStreaming {
		opts = append(opts, llms.WithStreamingFunc(onChunk))
	}
	sent, fitting := a.p.budget.fit(msgs, a.question)
	start := time.Now()
	resp, err := a.p.model.GenerateContent(ctx, sent, opts...)
	a.p.tell(time.Since(start), resp, err, fitting)
	switch {
	case emitErr != nil:
		return nil, emitErr
	case err != nil:
		return nil, &Fallback{Reason: ReasonLLM, Err: err, hung: ctx.Err() != nil}
	case resp == nil || len(resp.Choices) == 0 || resp.Choices[0] == nil:
		return nil, &Fallback{Reason: ReasonLLM, Err: errors.New("reply without choices")}
	}
	choice := resp.Choices[0]
	// A chunk carrying both text and a tool-call delta reaches onChunk as
	// the delta only: pass on the text the reply holds beyond what streamed.
	if rest, ok := strings.CutPrefix(choice.Content, streamed.String()); ok {
		if err := a.out.write(rest); err != nil {
			return nil, err
		}
	}
	a.out.endStep()
	return choice, nil
}

// finish checks the answer against the turn's tool results and, when it
// is grounded, emits the text still held and returns the turn.
func (a *agentTurn) finish() (assistant.Turn, error) {
	answer := strings.TrimSpace(a.out.answer())
	if answer == "" {
		return assistant.Turn{}, &Fallback{Reason: ReasonEmpty}
	}
	if bad := a.ground.missing(answer); len(bad) > 0 {
		return assistant.Turn{}, &Fallback{Reason: ReasonUngrounded, Numbers: bad}
	}
	if !speaksTheQuestion(lang.Tag(a.turn.Lang), a.ground.ownWords(answer)) {
		return assistant.Turn{}, &Fallback{Reason: ReasonLanguage}
	}
	if err := a.out.release(true); err != nil {
		return assistant.Turn{}, err
	}
	a.turn.Answer = answer
	return a.turn, nil
}

// tell reports one request to the model to Options.OnCall, with the
// token counts langchaingo puts in the first choice's GenerationInfo
// (PromptTokens, CompletionTokens: both its OpenAI and Ollama clients
// name them so).
func (p *Planner) tell(took time.Duration, resp *llms.ContentResponse, err error, f Fitting) {
	if p.opts.OnCall == nil {
		return
	}
	c := Call{Took: took, Err: err, Fitting: f}
	if resp != nil && len(resp.Choices) > 0 && resp.Choices[0] != nil {
		info := resp.Choices[0].GenerationInfo
		c.PromptTokens, _ = info["PromptTokens"].(int)
		c.CompletionTokens, _ = info["CompletionTokens"].(int)
	}
	p.opts.OnCall(c)
}
