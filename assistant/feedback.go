package assistant

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Ratings a reader may give an answer.
const (
	RatingUp   = "up"
	RatingDown = "down"
)

// MaxCommentRunes bounds a feedback comment: room for a few sentences
// saying what was wrong, not for a pasted document.
const MaxCommentRunes = 2000

// Feedback is a reader's rating of one answered turn. Question and Answer
// are the turn as it was rated, copied when the feedback is stored, so the
// rating keeps its meaning after the session drops the turn.
type Feedback struct {
	SessionID string    `json:"session_id"`
	Turn      int       `json:"turn"` // 0-based index in the session (Sessions.History)
	Rating    string    `json:"rating"`
	Comment   string    `json:"comment,omitempty"`
	Time      time.Time `json:"time"`
	Question  string    `json:"question,omitempty"`
	Answer    string    `json:"answer,omitempty"`
}

// FeedbackStore keeps feedback. Implementations are safe for concurrent
// use; assistant/feedbacktest checks these rules on one.
type FeedbackStore interface {
	// Put stores f; a later Put for the same session and turn replaces
	// the earlier one (a reader who changes their mind). Put does not
	// validate f: Assistant.Rate does.
	Put(ctx context.Context, f Feedback) error
	// List returns the feedback of session id ordered by turn, none (and
	// no error) for a session without any.
	List(ctx context.Context, id string) ([]Feedback, error)
}

// ErrBadFeedback is wrapped by every FieldError about a feedback.
var ErrBadFeedback = errors.New("invalid feedback")

// ErrNoSession is returned for a session id that names no kept
// conversation.
var ErrNoSession = errors.New("no such session")

// FieldError says which field of a request is wrong and why. It wraps
// ErrBadFeedback.
type FieldError struct {
	Field  string
	Reason string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Reason }

func (e *FieldError) Unwrap() error { return ErrBadFeedback }

// Check returns a *FieldError naming the first field of f that is wrong:
// session_id (ValidSessionID), turn (not negative), rating (up or down),
// comment (UTF-8 without control characters but line breaks and tabs, at
// most MaxCommentRunes characters). It does not check that the turn
// exists.
func (f Feedback) Check() error {
	switch {
	case !ValidSessionID(f.SessionID):
		return &FieldError{"session_id", sessionIDRule}
	case f.Turn < 0:
		return &FieldError{"turn", fmt.Sprintf("got %d, want the 0-based index of a turn of the session", f.Turn)}
	case f.Rating != RatingUp && f.Rating != RatingDown:
		return &FieldError{"rating", fmt.Sprintf("got %q, want \"up\" or \"down\"", f.Rating)}
	case !utf8.ValidString(f.Comment):
		return &FieldError{"comment", "not valid UTF-8"}
	case utf8.RuneCountInString(f.Comment) > MaxCommentRunes:
		return &FieldError{"comment", fmt.Sprintf("%d characters, want at most %d", utf8.RuneCountInString(f.Comment), MaxCommentRunes)}
	case strings.ContainsFunc(f.Comment, func(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' && r != '\r' || r == 0x7f }):
		return &FieldError{"comment", "holds a control character"}
	}
	return nil
}
