// Package offline is the planner Marsad runs when no LLM is configured: it
// understands a question in French, Arabic, Darija or Arabizi and English
// through the lexicons of retrieval/lang and its own routing vocabulary
// (demand_cues.go), calls one tool (indicator_series or compare_indicator
// for official figures; top_occupations, skills_in_demand,
// occupation_profile, training_paths, search_job_ads or search_documents
// for job ads, occupations, trainings and notes), and writes the answer
// from the templates of package prompts in the language and script of the
// question. Every number it writes comes from a tool result of the turn.
package offline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
)

// Planner implements assistant.Planner without a model.
type Planner struct {
	kit *tools.Kit
	now func() time.Time
}

// New returns a planner calling the tools of kit; now resolves relative
// periods ("last year") and may be nil for time.Now.
func New(kit *tools.Kit, now func() time.Time) *Planner {
	if now == nil {
		now = time.Now
	}
	return &Planner{kit: kit, now: now}
}

// Run implements assistant.Planner.
func (p *Planner) Run(ctx context.Context, history []assistant.Turn, msg string, emit assistant.Emit) (assistant.Turn, error) {
	if turn, ok, err := p.smallTalk(msg, emit); ok {
		return turn, err
	}
	q, ask := p.read(msg, history)
	t := &turn{planner: p, q: q, ask: ask, emit: emit, out: assistant.Turn{Lang: string(q.lang), ToolCalls: []assistant.ToolCall{}, Citations: []tools.Citation{}}}
	answer, err := t.answer(ctx)
	if err != nil {
		return assistant.Turn{}, err
	}
	t.out.Answer = answer
	return t.out, streamText(answer, emit)
}

// turn carries the state of one Run.
type turn struct {
	planner *Planner
	q       question
	ask     demandAsk // ask.tool is "" for an indicator question
	emit    assistant.Emit
	out     assistant.Turn
}

func (t *turn) answer(ctx context.Context) (string, error) {
	if s, ok, err := t.unknown(ctx); ok {
		return s, err
	}
	if s, ok, err := t.noFigures(); ok {
		return s, err
	}
	if t.ask.tool != "" {
		return t.demand(ctx)
	}
	if t.q.indicator == "" {
		return render("help", t.q.lang, helpView("unknown_indicator"))
	}
	if t.q.compareBy != "" {
		return t.compare(ctx)
	}
	return t.series(ctx)
}

// call runs one tool, emitting tool_call, tool_result and citation events
// and recording the call in the turn. A bad-arguments error is returned
// as is (the planner words it); other errors stop the turn.
func (t *turn) call(ctx context.Context, name string, args any) (tools.Result, error) {
	raw, err := json.Marshal(args)
	if err != nil {
		return tools.Result{}, err
	}
	tc := assistant.ToolCall{ID: fmt.Sprintf("call_%d", len(t.out.ToolCalls)+1), Name: name, Arguments: raw}
	if err := t.emit(assistant.Event{Type: assistant.EventToolCall, Call: &tc}); err != nil {
		return tools.Result{}, err
	}
	res, callErr := t.planner.kit.Call(ctx, name, raw)
	if callErr != nil && !errors.Is(callErr, tools.ErrBadArgs) {
		return tools.Result{}, callErr
	}
	if callErr != nil {
		tc.Error = callErr.Error()
	} else {
		tc.Result = &res
	}
	t.out.ToolCalls = append(t.out.ToolCalls, tc)
	if err := t.emit(assistant.Event{Type: assistant.EventToolResult, Call: &tc}); err != nil {
		return tools.Result{}, err
	}
	for i := range res.Citations {
		t.out.Citations = append(t.out.Citations, res.Citations[i])
		if err := t.emit(assistant.Event{Type: assistant.EventCitation, Citation: &res.Citations[i]}); err != nil {
			return tools.Result{}, err
		}
	}
	return res, callErr
}
