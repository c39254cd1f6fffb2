package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/marsad/marsad/assistant"
)

// Conversations is what the session and feedback routes need from the
// Chatter; *assistant.Assistant implements it. A Chatter without it (a
// test's scripted one) answers those routes 503.
type Conversations interface {
	// Session returns a session's kept turns: ErrBadSession for an id
	// the assistant refuses, ErrNoSession for one that holds no turn.
	Session(ctx context.Context, id string) (assistant.Conversation, error)
	// Rate stores feedback on a turn; a *assistant.FieldError names the
	// wrong field.
	Rate(ctx context.Context, f assistant.Feedback) (assistant.Feedback, error)
}

var errNoConversations = errors.New("conversations are not kept by this server")

func (s *Server) conversations(c *gin.Context) (Conversations, bool) {
	conv, ok := unwrapObserved(s.chat).(Conversations)
	if !ok {
		s.fail(c, errNoConversations, "")
	}
	return conv, ok
}

// handleSession answers GET /api/sessions/:id with
// {"session_id", "first_turn", "turns": [Turn...]}: the turns the session
// keeps, oldest first, each as POST /api/chat answered it (citations made
// safe, empty lists rather than null). first_turn is the index in the
// session of turns[0] (0 unless older turns were dropped), the index
// POST /api/feedback takes.
func (s *Server) handleSession(c *gin.Context) {
	conv, ok := s.conversations(c)
	if !ok {
		return
	}
	got, err := conv.Session(c.Request.Context(), c.Param("id"))
	if err != nil {
		s.fail(c, err, "")
		return
	}
	for i, t := range got.Turns {
		if len(t.Citations) > 0 && t.Citations[0].Label == "" { // stored before sources were labelled
			t.Citations = assistant.LabelCitations(t.Lang, t.Citations)
		}
		got.Turns[i] = completeTurn(t, assistant.Request{SessionID: got.SessionID})
	}
	if got.Turns == nil {
		got.Turns = []assistant.Turn{}
	}
	c.JSON(http.StatusOK, got)
}

// feedbackRequest is the body of POST /api/feedback. Turn is a pointer so
// that a missing turn is told apart from turn 0.
type feedbackRequest struct {
	SessionID string `json:"session_id"`
	Turn      *int   `json:"turn"`
	Rating    string `json:"rating"`
	Comment   string `json:"comment"`
}

// handleFeedback answers POST /api/feedback
// {"session_id","turn","rating":"up"|"down","comment"} with 200
// {"ok":true} once stored, or 400 {"error","code":"bad_feedback","field"}
// naming the wrong field.
func (s *Server) handleFeedback(c *gin.Context) {
	conv, ok := s.conversations(c)
	if !ok {
		return
	}
	// the body is read whole first (size, time, syntax), then typed, so
	// that a value of the wrong type names its field
	var raw json.RawMessage
	if err := decodeJSON(http.MaxBytesReader(c.Writer, c.Request.Body, maxRequestBytes), &raw); err != nil {
		s.fail(c, err, "")
		return
	}
	var req feedbackRequest
	if err := json.Unmarshal(raw, &req); err != nil {
		s.failField(c, feedbackDecodeError(err))
		return
	}
	if req.Turn == nil {
		s.failField(c, &assistant.FieldError{Field: "turn", Reason: "missing: want the 0-based index of the rated turn"})
		return
	}
	_, err := conv.Rate(c.Request.Context(), assistant.Feedback{SessionID: req.SessionID, Turn: *req.Turn, Rating: req.Rating, Comment: req.Comment})
	if err != nil {
		s.failField(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

// feedbackDecodeError names the field of a value of the wrong JSON type.
func feedbackDecodeError(err error) error {
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) && typ.Field != "" {
		return &assistant.FieldError{Field: typ.Field, Reason: fmt.Sprintf("got a JSON %s, want %s", typ.Value, jsonKind(typ.Type.Kind().String()))}
	}
	return fmt.Errorf("%w: %v", ErrBadRequest, err)
}

func jsonKind(goKind string) string {
	switch goKind {
	case "int", "ptr":
		return "a whole number"
	}
	return "a string"
}

// failField answers err as fail does, adding "field" when err names one.
func (s *Server) failField(c *gin.Context, err error) {
	var fe *assistant.FieldError
	if !errors.As(err, &fe) {
		s.fail(c, err, "")
		return
	}
	if f, ok := s.prepareFailure(c, err, ""); ok {
		c.AbortWithStatusJSON(f.status, gin.H{"error": f.message, "code": f.code, "field": fe.Field})
	}
}
