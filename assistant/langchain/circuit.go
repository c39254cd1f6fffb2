package langchain

import (
	"context"
	"errors"
	"sync"
	"time"
)

// The circuit breaker keeps a failing or hanging model server from
// costing every turn its timeout. After circuitFailures consecutive turns
// whose model failed (ReasonLLM: an error, no usable reply), or after one
// turn whose model did not reply within its whole share of the turn (a
// hung or overloaded server: every turn would wait as long), the circuit
// opens: for circuitCoolDown the planner answers with the
// fallback planner without calling the model. Then it is half-open: one
// turn probes the model while the others keep to the fallback; the probe's
// success closes the circuit, its failure opens it for another cool-down.
const (
	// circuitFailures: one failure may be a blip, three in a row are a
	// server down or stuck; until then a turn costs at most the LLM
	// timeout.
	circuitFailures = 3
	// circuitCoolDown is long enough to spare a dead server (and its
	// users) the calls of hundreds of turns a second, and short enough that
	// a restarted server is used again within half a minute.
	circuitCoolDown = 30 * time.Second
)

// outcome is what a turn learnt of the model.
type outcome int

const (
	modelAnswered  outcome = iota // a reply, grounded or not
	modelFailed                   // a *Fallback with ReasonLLM
	modelHung                     // a *Fallback with ReasonLLM: no reply within Options.Timeout
	unknownOutcome                // the turn ended first: client gone, emit or tool backend failed
)

// outcomeOf classifies the result of an agent run on ctx.
func outcomeOf(ctx context.Context, err error) outcome {
	var fb *Fallback
	switch {
	case ctx.Err() != nil:
		return unknownOutcome
	case err == nil:
		return modelAnswered
	case errors.As(err, &fb) && fb.Reason == ReasonLLM && fb.hung:
		return modelHung
	case errors.As(err, &fb) && fb.Reason == ReasonLLM:
		return modelFailed
	case errors.As(err, &fb):
		return modelAnswered
	}
	return unknownOutcome
}

// circuit is the breaker's state, safe for concurrent turns.
type circuit struct {
	now      func() time.Time
	onChange func(open bool) // may be nil

	mu       sync.Mutex
	failures int       // consecutive model failures
	openedAt time.Time // zero while closed
	probing  bool      // the half-open probe is in flight
}

func newCircuit(now func() time.Time, onChange func(open bool)) *circuit {
	if now == nil {
		now = time.Now
	}
	return &circuit{now: now, onChange: onChange}
}

// allow reports whether a turn may call the model: always while closed,
// never while open, and for one turn at a time once the cool-down is over.
// A turn allowed must record its outcome.
func (c *circuit) allow() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case c.openedAt.IsZero():
		return true
	case c.probing || c.now().Sub(c.openedAt) < circuitCoolDown:
		return false
	}
	c.probing = true
	return true
}

// record counts a turn's outcome and tells onChange when the circuit
// opens or closes.
func (c *circuit) record(o outcome) {
	changed, open := c.update(o)
	if changed && c.onChange != nil {
		c.onChange(open)
	}
}

func (c *circuit) update(o outcome) (changed, open bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	probe := c.probing
	c.probing = false
	switch o {
	case modelAnswered:
		c.failures = 0
		if !c.openedAt.IsZero() {
			c.openedAt = time.Time{}
			return true, false
		}
	case modelFailed, modelHung:
		c.failures++
		if probe || (c.openedAt.IsZero() && (o == modelHung || c.failures >= circuitFailures)) {
			c.openedAt = c.now()
			return true, true
		}
	}
	return false, !c.openedAt.IsZero()
}
