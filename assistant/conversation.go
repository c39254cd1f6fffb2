package assistant

import (
	"context"
	"fmt"
	"time"
)

// Conversation is a session as a client restores it: its kept turns,
// oldest first, and First, the index in the session of Turns[0] (older
// turns are no longer kept; see Sessions.History).
type Conversation struct {
	SessionID string `json:"session_id"`
	First     int    `json:"first_turn"`
	Turns     []Turn `json:"turns"`
}

// Session returns the kept turns of session id. It returns an error
// wrapping ErrBadSession for an id ValidSessionID refuses, ErrNoSession for
// a session that holds no turn (never started, or forgotten), and the
// store's error otherwise.
func (a *Assistant) Session(ctx context.Context, id string) (Conversation, error) {
	if !ValidSessionID(id) {
		return Conversation{}, fmt.Errorf("%w: %s", ErrBadSession, sessionIDRule)
	}
	first, turns, err := a.sessions.History(ctx, id)
	if err != nil {
		return Conversation{}, err
	}
	if len(turns) == 0 {
		return Conversation{}, fmt.Errorf("%w: %s", ErrNoSession, id)
	}
	return Conversation{SessionID: id, First: first, Turns: turns}, nil
}

// Rate stores a reader's feedback on one turn of a session, with that
// turn's question and answer and the time now. It returns a *FieldError
// (wrapping ErrBadFeedback) naming the wrong field: one Feedback.Check
// refuses, session_id for a session that holds no turn, turn for an index
// the session does not keep.
func (a *Assistant) Rate(ctx context.Context, f Feedback) (Feedback, error) {
	if err := f.Check(); err != nil {
		return Feedback{}, err
	}
	f.Comment = Redact(f.Comment)
	first, turns, err := a.sessions.History(ctx, f.SessionID)
	if err != nil {
		return Feedback{}, err
	}
	switch {
	case len(turns) == 0:
		return Feedback{}, &FieldError{"session_id", "no conversation is kept under this id"}
	case f.Turn < first || f.Turn >= first+len(turns):
		return Feedback{}, &FieldError{"turn", fmt.Sprintf("got %d, want a turn the session keeps: %d to %d", f.Turn, first, first+len(turns)-1)}
	}
	t := turns[f.Turn-first]
	f.Question, f.Answer, f.Time = t.Question, t.Answer, time.Now().UTC()
	if err := a.feedback.Put(ctx, f); err != nil {
		return Feedback{}, err
	}
	return f, nil
}

// Feedback returns the feedback stored on session id, ordered by turn.
func (a *Assistant) Feedback(ctx context.Context, id string) ([]Feedback, error) {
	return a.feedback.List(ctx, id)
}
