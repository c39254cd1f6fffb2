package langchain

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/assistant/offline"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
	"github.com/marsad/marsad/tools/toolstest"

	"github.com/marsad/marsad/assistant/langchain/chattest"
	"github.com/marsad/marsad/retrieval/lang"
)

var now = func() time.Time { return time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC) }

// fixtureKit returns indicator_series and compare_indicator over the
// embedded store holding toolstest's figures (women's unemployment 2024:
// 19.4, HCP).
func fixtureKit(t *testing.T, extra ...tools.Tool) *tools.Kit {
	t.Helper()
	s, err := embedded.Open("")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(context.Background(), toolstest.Fixture()); err != nil {
		t.Fatal(err)
	}
	return tools.NewKit(append([]tools.Tool{tools.SeriesTool{Store: s}, tools.CompareTool{Store: s}}, extra...)...)
}

// harness is a planner on a scripted server, recording events and
// fallbacks.
type harness struct {
	srv       *chattest.Server
	planner   *Planner
	offline   *offline.Planner
	events    []assistant.Event
	fallbacks []Fallback
}

func newHarness(t *testing.T, opts Options, script ...chattest.Reply) *harness {
	t.Helper()
	return newHarnessOn(t, fixtureKit(t), now, opts, script...)
}

// newHarnessOn is a harness whose planners use kit, the offline one
// reading the date from clock.
func newHarnessOn(t *testing.T, kit *tools.Kit, clock func() time.Time, opts Options, script ...chattest.Reply) *harness {
	t.Helper()
	h := &harness{srv: chattest.NewServer(t, script...)}
	model, err := NewOpenAI(h.srv.URL+"/v1", "test-model", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	h.offline = offline.New(kit, clock)
	opts.OnFallback = func(_ context.Context, f Fallback) { h.fallbacks = append(h.fallbacks, f) }
	h.planner = New(model, kit, h.offline, opts)
	return h
}

func (h *harness) run(t *testing.T, msg string) assistant.Turn {
	t.Helper()
	return h.runAfter(t, nil, msg)
}

// runAfter runs msg after the turns of history, as a session does, and
// returns the turn with its question.
func (h *harness) runAfter(t *testing.T, history []assistant.Turn, msg string) assistant.Turn {
	t.Helper()
	turn, err := h.planner.Run(context.Background(), history, lang.Read(msg), func(e assistant.Event) error {
		h.events = append(h.events, e)
		return nil
	})
	if err != nil {
		t.Fatalf("Run(%q): %v", msg, err)
	}
	turn.Question = msg
	return turn
}

// offlineAnswer is what the offline planner alone answers to msg.
func (h *harness) offlineAnswer(t *testing.T, msg string) assistant.Turn {
	t.Helper()
	turn, err := h.offline.Run(context.Background(), nil, lang.Read(msg), func(assistant.Event) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	return turn
}

// tokens returns the text of the token events, those before the first
// retract event and those after it.
func (h *harness) tokens() (before, after string) {
	retracted := false
	for _, e := range h.events {
		switch {
		case e.Type == EventRetract:
			retracted = true
		case e.Type == assistant.EventToken && retracted:
			after += e.Text
		case e.Type == assistant.EventToken:
			before += e.Text
		}
	}
	return before, after
}

func (h *harness) count(typ string) int {
	n := 0
	for _, e := range h.events {
		if e.Type == typ {
			n++
		}
	}
	return n
}

const womenQ = "Quel était le taux de chômage des femmes en 2024 ?"

func TestToolCallThenGroundedAnswer(t *testing.T) {
	for _, mode := range []struct {
		name string
		opts Options
	}{{"streaming", Options{}}, {"plain JSON", Options{NoStreaming: true}}} {
		t.Run(mode.name, func(t *testing.T) {
			h := newHarness(t, mode.opts,
				chattest.CallTool("indicator_series", `{"indicator":"unemployment_rate","sex":"female","from":"2024","to":"2024"}`),
				chattest.Say("Selon le HCP (statistique officielle), le taux de chômage des femmes était de 19,4 % en 2024."))
			turn := h.run(t, womenQ)
			if !strings.Contains(turn.Answer, "19,4 %") || turn.Lang != "fr" {
				t.Errorf("answer = %q (lang %s), want the tool's 19,4 %% in French", turn.Answer, turn.Lang)
			}
			if len(turn.ToolCalls) != 1 || turn.ToolCalls[0].Name != "indicator_series" || turn.ToolCalls[0].Result == nil {
				t.Fatalf("tool calls = %+v, want one indicator_series with a result", turn.ToolCalls)
			}
			if len(turn.Citations) == 0 || turn.Citations[0].Publisher != "HCP" {
				t.Errorf("citations = %+v, want HCP's", turn.Citations)
			}
			streamed, after := h.tokens()
			if streamed != turn.Answer || after != "" || len(h.fallbacks) != 0 {
				t.Errorf("tokens = %q (after retract %q), fallbacks %v; want the answer", streamed, after, h.fallbacks)
			}
			if mode.opts.NoStreaming == false && h.count(assistant.EventToken) < 5 {
				t.Errorf("%d token events, want the answer streamed word by word", h.count(assistant.EventToken))
			}
			for _, typ := range []string{assistant.EventToolCall, assistant.EventToolResult, assistant.EventCitation} {
				if h.count(typ) == 0 {
					t.Errorf("no %s event", typ)
				}
			}
			if got := h.srv.Request(0); len(got.Tools) != 2 || got.Tools[0].Function.Parameters == nil || got.Stream == mode.opts.NoStreaming {
				t.Errorf("first request offers %d tools (stream %v), want both with their schemas", len(got.Tools), got.Stream)
			}
			if tool := h.srv.Request(1).Messages; tool[len(tool)-1].Role != "tool" || !strings.Contains(tool[len(tool)-1].Content, "19.4") {
				t.Errorf("second request does not feed back the result: %+v", tool[len(tool)-1])
			}
		})
	}
}

func TestUngroundedNumberFallsBackToOffline(t *testing.T) {
	h := newHarness(t, Options{}, chattest.Say("Le taux de chômage des femmes était de 21,5 % en 2024, selon le HCP."))
	turn := h.run(t, womenQ)
	want := h.offlineAnswer(t, womenQ)
	if turn.Answer != want.Answer || len(turn.ToolCalls) != len(want.ToolCalls) {
		t.Errorf("answer = %q, want the offline answer %q", turn.Answer, want.Answer)
	}
	if len(h.fallbacks) != 1 || h.fallbacks[0].Reason != ReasonUngrounded || h.fallbacks[0].Numbers[0] != 21.5 {
		t.Errorf("fallbacks = %+v, want one ungrounded 21.5", h.fallbacks)
	}
	before, after := h.tokens()
	if strings.Contains(before, "21") || after != want.Answer {
		t.Errorf("streamed before retract %q, after %q: the ungrounded figure must never be shown", before, after)
	}
	if h.count(EventRetract) != 1 {
		t.Errorf("%d retract events, want 1", h.count(EventRetract))
	}
}

func TestServerFailureFallsBackToOffline(t *testing.T) {
	for _, c := range []struct {
		name   string
		script []chattest.Reply
		close  bool
	}{
		{"5xx", []chattest.Reply{{Status: 503}}, false},
		{"5xx after a tool call", []chattest.Reply{chattest.CallTool("indicator_series", `{"indicator":"unemployment_rate","sex":"female"}`), {Status: 500}}, false},
		{"unreachable", nil, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t, Options{}, c.script...)
			if c.close {
				h.srv.Close()
			}
			turn := h.run(t, womenQ)
			if want := h.offlineAnswer(t, womenQ); turn.Answer != want.Answer {
				t.Errorf("answer = %q, want the offline answer %q", turn.Answer, want.Answer)
			}
			if len(h.fallbacks) != 1 || h.fallbacks[0].Reason != ReasonLLM || h.fallbacks[0].Err == nil {
				t.Errorf("fallbacks = %+v, want one llm_error with its cause", h.fallbacks)
			}
		})
	}
}

func TestBadToolCallsAreFedBack(t *testing.T) {
	h := newHarness(t, Options{},
		chattest.CallTool("unemployment_lookup", `{}`),
		chattest.CallTool("indicator_series", `{"indicator":"unemployment_rate"`),
		chattest.CallTool("indicator_series", `{"indicator":"chomage"}`),
		chattest.CallTool("indicator_series", `{"indicator":"unemployment_rate","sex":"female","from":"2024","to":"2024"}`),
		chattest.Say("D'après le HCP, 19,4 % des femmes actives étaient au chômage en 2024."))
	turn := h.run(t, womenQ)
	if len(h.fallbacks) != 0 || len(turn.ToolCalls) != 4 {
		t.Fatalf("fallbacks %v, %d tool calls; want the model to recover", h.fallbacks, len(turn.ToolCalls))
	}
	if _, err := json.Marshal(turn); err != nil {
		t.Errorf("a turn with malformed model arguments does not encode: %v", err)
	}
	for i, want := range []string{"indicator_series", "JSON", "unemployment_rate"} {
		if turn.ToolCalls[i].Error == "" || !strings.Contains(turn.ToolCalls[i].Error, want) {
			t.Errorf("call %d error = %q, want one naming %q", i, turn.ToolCalls[i].Error, want)
		}
		msgs := h.srv.Request(i + 1).Messages
		if last := msgs[len(msgs)-1]; last.Role != "tool" || !strings.Contains(last.Content, `"error"`) {
			t.Errorf("request %d: last message %+v, want the tool's error", i+1, last)
		}
	}
}

func TestStepBound(t *testing.T) {
	var script []chattest.Reply
	for range 10 {
		script = append(script, chattest.CallTool("nothing_here", `{}`))
	}
	h := newHarness(t, Options{MaxSteps: 3}, script...)
	turn := h.run(t, womenQ)
	if h.srv.Count() != 3 || len(h.fallbacks) != 1 || h.fallbacks[0].Reason != ReasonSteps {
		t.Errorf("%d requests, fallbacks %+v; want 3 and a step_limit fallback", h.srv.Count(), h.fallbacks)
	}
	if !strings.Contains(turn.Answer, "19,4") {
		t.Errorf("answer = %q, want the offline one", turn.Answer)
	}
}

func TestArabiziQuestionAsksForArabizi(t *testing.T) {
	h := newHarness(t, Options{},
		chattest.CallTool("indicator_series", `{"indicator":"unemployment_rate","sex":"female","from":"2024","to":"2024"}`),
		chattest.Say("3la 7sab HCP (i7sa2 rasmi), chomage 3nd l3yalat kan 19,4% f 2024."))
	turn := h.run(t, "ch7al chomage 3nd l3yalat f 2024?")
	sys := h.srv.Request(0).Messages[0]
	if sys.Role != "system" || !strings.Contains(sys.Content, "Arabizi d5el, Arabizi 5rej") {
		t.Errorf("system prompt = %q, want the Arabizi instruction", sys.Content)
	}
	if turn.Lang != "ary-Latn" || len(h.fallbacks) != 0 {
		t.Errorf("lang %s, fallbacks %v", turn.Lang, h.fallbacks)
	}
}

func TestEmitFailureStopsTheTurn(t *testing.T) {
	h := newHarness(t, Options{}, chattest.Say("Le HCP donne 19,4 % en 2024."))
	gone := context.Canceled
	_, err := h.planner.Run(context.Background(), nil, lang.Read(womenQ), func(e assistant.Event) error { return gone })
	if err != gone || len(h.fallbacks) != 0 {
		t.Errorf("err = %v, fallbacks %v; want the emit error and no fallback", err, h.fallbacks)
	}
}

func TestHistoryGoesAsPastAnswersWithTheirCalls(t *testing.T) {
	h := newHarness(t, Options{}, chattest.Say("Je peux répondre sur le chômage par sexe, région, âge ou diplôme."))
	past := assistant.Turn{Lang: "fr", Answer: "19,4 % en 2024 (HCP).",
		ToolCalls: []assistant.ToolCall{{Name: "indicator_series", Arguments: json.RawMessage(`{"sex":"female"}`)}}}
	if _, err := h.planner.Run(context.Background(), []assistant.Turn{past}, lang.Read("Et pour les hommes ?"), func(assistant.Event) error { return nil }); err != nil {
		t.Fatal(err)
	}
	msgs := h.srv.Request(0).Messages
	if len(msgs) != 3 || msgs[1].Role != "assistant" || !strings.Contains(msgs[1].Content, `[indicator_series {"sex":"female"}]`) ||
		!strings.Contains(msgs[1].Content, past.Answer) || msgs[2].Content != "Et pour les hommes ?" {
		t.Errorf("messages = %+v, want system, the past answer with its call, the question", msgs)
	}
}

func TestHistoryGivesEachPastQuestionBeforeItsAnswer(t *testing.T) {
	h := newHarness(t, Options{}, chattest.Say("Je peux répondre sur le chômage par sexe, région, âge ou diplôme."))
	asked := assistant.Turn{Question: "Taux de chômage des femmes en 2024 ?", Lang: "fr", Answer: "19,4 % en 2024 (HCP).",
		ToolCalls: []assistant.ToolCall{{Name: "indicator_series", Arguments: json.RawMessage(`{"sex":"female"}`)}}}
	unasked := assistant.Turn{Lang: "fr", Answer: "11,6 % en 2024 (HCP)."} // stored before turns kept their question
	if _, err := h.planner.Run(context.Background(), []assistant.Turn{asked, unasked}, lang.Read("Et à Tanger ?"), func(assistant.Event) error { return nil }); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range h.srv.Request(0).Messages[1:] {
		got = append(got, m.Role+": "+m.Content)
	}
	want := []string{"user: " + asked.Question, "assistant: [indicator_series {\"sex\":\"female\"}]\n" + asked.Answer,
		"assistant: " + unasked.Answer, "user: Et à Tanger ?"}
	if !slices.Equal(got, want) {
		t.Errorf("messages after the system prompt:\n%q\nwant\n%q", got, want)
	}
}

func TestCancelledTurnDoesNotFallBack(t *testing.T) {
	h := newHarness(t, Options{}, chattest.Reply{Status: 500})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := h.planner.Run(ctx, nil, lang.Read(womenQ), func(assistant.Event) error { return nil }); err != context.Canceled || len(h.fallbacks) != 0 {
		t.Errorf("err = %v, fallbacks %v; want context.Canceled and no fallback", err, h.fallbacks)
	}
}

func TestOnCallReportsEachRequestAndItsTokens(t *testing.T) {
	script := []chattest.Reply{
		chattest.CallTool("indicator_series", `{"indicator":"unemployment_rate","sex":"female","from":"2024","to":"2024"}`),
		chattest.Say("Selon le HCP, le taux de chômage des femmes était de 19,4 % en 2024."),
	}
	for _, mode := range []struct {
		name string
		opts Options
	}{{"streaming", Options{}}, {"plain JSON", Options{NoStreaming: true}}} {
		t.Run(mode.name, func(t *testing.T) {
			var calls []Call
			opts := mode.opts
			opts.OnCall = func(c Call) { calls = append(calls, c) }
			h := newHarness(t, opts, script...)
			h.run(t, womenQ)
			if len(calls) != 2 {
				t.Fatalf("told of %d calls, want 2", len(calls))
			}
			for i, c := range calls {
				p, comp := chattest.Usage(h.srv.Request(i), script[i])
				if c.Err != nil || c.PromptTokens != p || c.CompletionTokens != comp || c.Took <= 0 {
					t.Errorf("call %d: %+v, want no error, %d prompt and %d completion tokens", i, c, p, comp)
				}
			}
		})
	}
	t.Run("server failing", func(t *testing.T) {
		var calls []Call
		h := newHarness(t, Options{OnCall: func(c Call) { calls = append(calls, c) }}, chattest.Reply{Status: 503})
		h.run(t, womenQ)
		if len(calls) != 1 || calls[0].Err == nil || calls[0].PromptTokens != 0 {
			t.Fatalf("calls %+v, want one failed call without tokens", calls)
		}
	})
}
