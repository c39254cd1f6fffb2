package assistant

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
)

// CountTokens returns the number of model tokens in a text.
type CountTokens func(text string) int

// Assistant runs turns for sessions: it checks the message, loads the
// session's history, runs the planner, stores the turn and emits the final
// done or error event.
type Assistant struct {
	planner   Planner
	sessions  Sessions
	count     CountTokens
	maxTokens int // per message
	historyN  int // previous turns given to the planner
}

// Option configures an Assistant.
type Option func(*Assistant)

// WithTokenBudget refuses messages over max tokens as counted by count.
func WithTokenBudget(count CountTokens, max int) Option {
	return func(a *Assistant) { a.count, a.maxTokens = count, max }
}

// WithSessions stores conversations in s instead of memory.
func WithSessions(s Sessions) Option { return func(a *Assistant) { a.sessions = s } }

// New returns an Assistant running p. Without options, sessions live in
// memory within MemoryLimits' defaults and messages are limited to 4,000
// characters.
func New(p Planner, opts ...Option) *Assistant {
	a := &Assistant{planner: p, sessions: NewMemorySessions(MemoryLimits{}), historyN: 6}
	for _, o := range opts {
		o(a)
	}
	return a
}

// maxChars bounds a message when no token counter is configured.
const maxChars = 4000

// Chat answers one request. It emits the planner's events, then exactly
// one done event carrying the turn, or one error event whose message is in
// the language of the question. It returns ErrEmptyMessage, ErrTooLong or
// ErrBadSession (an id ValidSessionID refuses) for a bad request, the emit
// error when the client went away, and the planner's error otherwise.
func (a *Assistant) Chat(ctx context.Context, req Request, emit Emit) (Turn, error) {
	msg := strings.TrimSpace(req.Message)
	tag := lang.Detect(msg)
	if err := a.check(msg); err != nil {
		return Turn{}, a.fail(tag, err, emit)
	}
	if req.SessionID != "" && !ValidSessionID(req.SessionID) {
		err := fmt.Errorf("%w: want 1 to %d characters of A-Z a-z 0-9 - _ . :", ErrBadSession, MaxSessionIDLen)
		return Turn{}, a.fail(tag, err, emit)
	}
	id := req.SessionID
	if id == "" {
		id = NewSessionID()
	}
	history, err := a.sessions.Load(ctx, id, a.historyN)
	if err != nil {
		return Turn{}, a.fail(tag, fmt.Errorf("load session: %w", err), emit)
	}
	turn, err := a.planner.Run(ctx, history, msg, emit)
	if err != nil {
		return Turn{}, a.fail(tag, err, emit)
	}
	turn.SessionID, turn.Question = id, msg
	if err := a.sessions.Append(ctx, id, turn); err != nil {
		return Turn{}, a.fail(tag, fmt.Errorf("save session: %w", err), emit)
	}
	return turn, emit(Event{Type: EventDone, Turn: &turn})
}

func (a *Assistant) check(msg string) error {
	switch {
	case msg == "":
		return ErrEmptyMessage
	case a.count != nil && a.count(msg) > a.maxTokens:
		return fmt.Errorf("%w: over %d tokens", ErrTooLong, a.maxTokens)
	case a.count == nil && len([]rune(msg)) > maxChars:
		return fmt.Errorf("%w: over %d characters", ErrTooLong, maxChars)
	}
	return nil
}

// fail emits the error event in the user's language (unless the client is
// gone) and returns err.
func (a *Assistant) fail(tag lang.Tag, err error, emit Emit) error {
	if errors.Is(err, context.Canceled) {
		return err
	}
	name := "error"
	switch {
	case errors.Is(err, ErrEmptyMessage):
		name = "error.empty"
	case errors.Is(err, ErrTooLong):
		name = "error.long"
	case errors.Is(err, ErrBadSession):
		name = "error.session"
	}
	text, rerr := prompts.Render(name, string(tag), nil)
	if rerr != nil {
		text = "error"
	}
	_ = emit(Event{Type: EventError, Message: text}) // the turn failed already
	return err
}
