// Package offline is the planner Marsad runs when no LLM is configured: it
// understands a question in French, Arabic, Darija or Arabizi and English
// through the lexicons of retrieval/lang and its own routing vocabulary
// (cues.go), calls one tool (indicator_series or compare_indicator
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
	"github.com/marsad/marsad/retrieval/lang"
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
func (p *Planner) Run(ctx context.Context, history []assistant.Turn, msg lang.Reading, emit assistant.Emit) (assistant.Turn, error) {
	if msg.SmallTalk.Kind != "" {
		return p.smallTalk(msg, emit)
	}
	q, ask := p.read(msg, history)
	t := &turn{planner: p, q: q, ask: ask, emit: emit, out: assistant.Turn{Lang: string(q.lang), ToolCalls: []assistant.ToolCall{}, Citations: []tools.Citation{}}}
	answer, err := t.answer(ctx)
	if err != nil {
		return assistant.Turn{}, err
	}
	t.out.Answer = answer
	if t.showing {
		t.out.Citations = t.shown
	}
	return t.out, streamText(answer, emit)
}

// turn carries the state of one Run.
type turn struct {
	planner *Planner
	q       question
	ask     marketAsk // ask.tool is "" for an indicator question
	emit    assistant.Emit
	out     assistant.Turn
	// shown are the citations of what the answer shows, when it shows
	// part of what its tools returned (showing): they become the turn's
	// citations, so that its sources are those of its figures.
	shown   []tools.Citation
	showing bool
}

// shows records that the answer shows the figures or documents of cs.
func (t *turn) shows(cs []tools.Citation) {
	t.shown, t.showing = append(t.shown, cs...), true
}

// answer says what the message names that Marsad cannot resolve or has
// no figure on, else runs the tool the router chose (route).
func (t *turn) answer(ctx context.Context) (string, error) {
	if t.ask.tool == tools.NameMatchProfile { // the whole message is the profile: the tool reads what it names, and says what it read
		return t.matchProfile(ctx)
	}
	if s, ok, err := t.unknown(ctx); ok {
		return s, err
	}
	if s, ok, err := t.noFigures(); ok {
		return s, err
	}
	if s, ok, err := t.sectorRanking(ctx); ok {
		return s, err
	}
	switch t.route() {
	case "":
		return render("help", t.q.lang, helpView("unknown_indicator"))
	case tools.NameCompareIndicator:
		return t.compare(ctx)
	case tools.NameIndicatorSeries:
		return t.series(ctx)
	}
	return t.jobMarket(ctx)
}

// route names the one tool the turn asks first, among all the planner's:
// the job-market or document tool the cues chose (readMarketAsk, completed
// by the conversation in followUpAny), else, for an indicator,
// compare_indicator across the dimension compared or indicator_series;
// "" when the message names nothing Marsad answers.
func (t *turn) route() string {
	switch {
	case t.ask.tool != "":
		return t.ask.tool
	case t.q.indicator == "":
		return ""
	case t.q.compareBy != "":
		return tools.NameCompareIndicator
	}
	return tools.NameIndicatorSeries
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
	t.out.Citations = append(t.out.Citations, res.Citations...) // one growth, not one a citation
	for i := range res.Citations {
		if err := t.emit(assistant.Event{Type: assistant.EventCitation, Citation: &res.Citations[i]}); err != nil {
			return tools.Result{}, err
		}
	}
	return res, callErr
}
