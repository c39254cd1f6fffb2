// Package assistant runs one conversation turn: it reads the user's
// message, decides which tools to call (through an LLM with tool calling, or
// the offline planner when no model is configured), calls them, and writes
// the answer in the language and script of the question, streaming events
// as it goes.
package assistant

import (
	"context"
	"encoding/json"
	"errors"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// Request is one user message. SessionID is optional; an empty one starts
// a new conversation, or goes on with History.
type Request struct {
	Message   string `json:"message"`
	SessionID string `json:"session_id,omitempty"`
	// History is the conversation before Message as a client that keeps
	// it sends it (the OpenAI-compatible route), oldest first: each turn's
	// Question, and the Answer the client showed ("" if it has none).
	// It is read only when SessionID is empty; the Assistant then rebuilds
	// the turns' tool calls by asking the questions again. It never comes
	// from a chat route's JSON, whose conversations live in sessions.
	History []Turn `json:"-"`
}

// ToolCall is one tool invocation of a turn with its outcome: Result is set
// when the call succeeded, Error (a message for the model) when it failed.
type ToolCall struct {
	ID        string          `json:"id,omitempty"`
	Name      string          `json:"name"`
	Arguments json.RawMessage `json:"arguments"`
	Result    *tools.Result   `json:"result,omitempty"`
	Error     string          `json:"error,omitempty"`
}

// Turn is a whole answered turn: what `marsad ask --json`, POST /api/chat
// and the websocket's done event carry. Question is the user's message as
// the Assistant checked it (trimmed), so that a session's history holds
// both sides of the conversation; planners leave it empty.
type Turn struct {
	SessionID string           `json:"session_id,omitempty"`
	Question  string           `json:"question,omitempty"`
	Lang      string           `json:"lang"`
	Answer    string           `json:"answer"`
	ToolCalls []ToolCall       `json:"tool_calls"`
	Citations []tools.Citation `json:"citations"`
	Charts    ChartList        `json:"charts"` // from the tool results (WithCharts); always a list in JSON
}

// Event types, in the order a turn emits them: any number of token,
// tool_call, tool_result and citation events, then exactly one done or
// error.
const (
	EventToken      = "token"
	EventToolCall   = "tool_call"
	EventToolResult = "tool_result"
	EventCitation   = "citation"
	EventDone       = "done"
	EventError      = "error"
)

// Event is one streamed step of a turn. Which fields are set depends on
// Type: Text for token; Call for tool_call and tool_result; Citation for
// citation; Turn for done; Message (in the user's language) for error.
type Event struct {
	Type     string          `json:"type"`
	Text     string          `json:"text,omitempty"`
	Call     *ToolCall       `json:"call,omitempty"`
	Citation *tools.Citation `json:"citation,omitempty"`
	Turn     *Turn           `json:"turn,omitempty"`
	Message  string          `json:"message,omitempty"`
	// JSON is, on the tool_result, citation and done events Chat emits,
	// the JSON of Call, Citation or Turn as json.Marshal writes it, so
	// that a transport writes the event without encoding its payload
	// again; nil when not encoded. A transport that changes the payload
	// encodes it itself. It is the Assistant's until emit returns: an
	// emit that keeps it copies it.
	JSON json.RawMessage `json:"-"`
}

// Emit receives the events of a turn. A non-nil error (the client went
// away) stops the turn, which then returns that error.
type Emit func(Event) error

// Planner produces a turn for a message: it is either the LLM agent loop
// or the offline planner. history holds the previous turns of the session,
// oldest first. msg is the message as the Assistant read it, once
// (lang.Read): its text, its language and script, and what it names; a
// planner reads no word of it again. Run emits token, tool_call, tool_result and citation
// events; it does not emit done or error, which belong to the Assistant.
// Run returns soon after ctx ends (the client went away, or the turn's
// timeout passed), with an error.
type Planner interface {
	Run(ctx context.Context, history []Turn, msg lang.Reading, emit Emit) (Turn, error)
}

// PlannerFunc is a Planner as a function (a planner that needs no state).
type PlannerFunc func(ctx context.Context, history []Turn, msg lang.Reading, emit Emit) (Turn, error)

// Run calls f.
func (f PlannerFunc) Run(ctx context.Context, history []Turn, msg lang.Reading, emit Emit) (Turn, error) {
	return f(ctx, history, msg, emit)
}

// ErrEmptyMessage is returned for a request without text.
var ErrEmptyMessage = errors.New("empty message")

// ErrTooLong is returned for a message over the token budget.
var ErrTooLong = errors.New("message too long")

// ErrBadSession is returned for a request whose session id is not one
// ValidSessionID accepts.
var ErrBadSession = errors.New("invalid session id")

// ErrTurnTimeout is returned for a turn that took longer than its
// timeout (WithTurnTimeout).
var ErrTurnTimeout = errors.New("turn timed out")
