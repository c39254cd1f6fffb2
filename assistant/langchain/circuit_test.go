package langchain

import (
	"context"
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant/langchain/chattest"
	"github.com/marsad/marsad/tools"
)

// clock is a settable time for the circuit breaker.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

// circuitHarness is a harness whose breaker runs on a settable clock and
// records its changes.
func circuitHarness(t *testing.T, opts Options, script ...chattest.Reply) (*harness, *clock, *[]bool) {
	t.Helper()
	c := &clock{t: now()}
	changes := &[]bool{}
	opts.Now = c.now
	opts.OnCircuit = func(open bool) { *changes = append(*changes, open) }
	return newHarness(t, opts, script...), c, changes
}

const plain = "Je peux répondre sur le chômage par sexe, région, âge ou diplôme."

// runOffline runs a turn and fails unless the offline planner answered it.
func (h *harness) runOffline(t *testing.T) {
	t.Helper()
	if got, want := h.run(t, womenQ).Answer, h.offlineAnswer(t, womenQ).Answer; got != want {
		t.Fatalf("answer = %q, want the offline one", got)
	}
}

func (h *harness) wantRequests(t *testing.T, n int, when string) {
	t.Helper()
	if got := h.srv.Count(); got != n {
		t.Fatalf("%s: the server got %d requests, want %d", when, got, n)
	}
}

// A failing server opens the circuit after circuitFailures turns in a
// row; a hanging one after one turn, as each turn would wait its whole
// share of the timeout.
func TestCircuitOpensAfterConsecutiveFailuresThenProbes(t *testing.T) {
	for _, c := range []struct {
		name    string
		opts    Options
		failure chattest.Reply
		opening int // turns that call the server before the circuit opens
	}{
		{"failing server", Options{}, chattest.Reply{Status: 503}, circuitFailures},
		// The timeout must be long enough for the turns that get a quick
		// 500 not to look hung on a loaded machine under -race (50 ms did
		// not: a hung request opens the circuit at once).
		{"hanging server", Options{Timeout: time.Second}, chattest.Hang, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			script := append(slices.Repeat([]chattest.Reply{c.failure}, c.opening), chattest.Say(plain))
			h, clk, changes := circuitHarness(t, c.opts, script...)
			for range c.opening {
				h.runOffline(t)
			}
			h.wantRequests(t, c.opening, "after the failures")
			for range 5 {
				h.runOffline(t)
			}
			h.wantRequests(t, c.opening, "with the circuit open")
			clk.advance(circuitCoolDown - time.Second)
			h.runOffline(t)
			h.wantRequests(t, c.opening, "a second before the end of the cool-down")
			clk.advance(time.Second)
			if turn := h.run(t, womenQ); turn.Answer != plain {
				t.Errorf("the probe after the cool-down answered %q, want the model's", turn.Answer)
			}
			h.wantRequests(t, c.opening+1, "after the probe")
			h.runOffline(t) // the server answers 500 past its script: one failure, the circuit stays closed
			h.runOffline(t)
			h.wantRequests(t, c.opening+3, "with the circuit closed again")
			if !slices.Equal(*changes, []bool{true, false}) {
				t.Errorf("circuit changes = %v, want opened then closed", *changes)
			}
		})
	}
}

// stalledTool's backend answers nothing until its call's context ends, as
// a frozen database does.
type stalledTool struct{}

func (stalledTool) Name() string           { return "stalled" }
func (stalledTool) Description() string    { return "Waits for a backend that never answers." }
func (stalledTool) Schema() map[string]any { return map[string]any{"type": "object"} }
func (stalledTool) Call(ctx context.Context, _ json.RawMessage) (tools.Result, error) {
	<-ctx.Done()
	return tools.Result{}, ctx.Err()
}

// A turn whose model share runs out in a tool's backend, the server having
// replied, is an ordinary failure: only a server that does not reply opens
// the circuit at once.
func TestAStalledToolDoesNotOpenTheCircuitAtOnce(t *testing.T) {
	var changes []bool
	opts := Options{Timeout: 50 * time.Millisecond, OnCircuit: func(open bool) { changes = append(changes, open) }}
	stall := chattest.CallTool("stalled", "{}")
	h := newHarnessOn(t, fixtureKit(t, stalledTool{}), now, opts, stall, stall)
	h.runOffline(t)
	h.runOffline(t)
	h.wantRequests(t, 2, "after two turns stalled in a tool")
	if len(changes) != 0 {
		t.Errorf("circuit changes = %v, want none", changes)
	}
}

func TestAFailedProbeOpensTheCircuitAgain(t *testing.T) {
	h, clk, changes := circuitHarness(t, Options{}) // every request fails
	for range circuitFailures {
		h.runOffline(t)
	}
	clk.advance(circuitCoolDown)
	h.runOffline(t) // the probe fails
	h.runOffline(t)
	h.wantRequests(t, circuitFailures+1, "after a failed probe")
	clk.advance(circuitCoolDown)
	h.runOffline(t)
	h.wantRequests(t, circuitFailures+2, "after the second cool-down")
	if !slices.Equal(*changes, []bool{true, true, true}) {
		t.Errorf("circuit changes = %v, want opened three times", *changes)
	}
}

func TestFailuresMustBeConsecutive(t *testing.T) {
	fail := chattest.Reply{Status: 500}
	h, _, changes := circuitHarness(t, Options{}, fail, fail, chattest.Say(plain), fail, fail, chattest.Say(plain))
	for range 6 {
		h.run(t, womenQ)
	}
	h.wantRequests(t, 6, "after failures broken by answers")
	if len(*changes) != 0 {
		t.Errorf("circuit changes = %v, want none", *changes)
	}
}

func TestHalfOpenLetsOneProbeThrough(t *testing.T) {
	clk := &clock{t: now()}
	c := newCircuit(clk.now, nil)
	for range circuitFailures {
		if !c.allow() {
			t.Fatal("a closed circuit refused a call")
		}
		c.record(modelFailed)
	}
	clk.advance(circuitCoolDown)
	if !c.allow() || c.allow() {
		t.Fatal("after the cool-down, want one call let through and the next refused")
	}
	c.record(unknownOutcome) // the probe's client went away: nothing learnt
	if !c.allow() {
		t.Error("after a probe without outcome, want the next call to probe")
	}
}
