package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
)

// maxRequestBytes bounds a chat request: the body of POST /api/chat and
// one websocket frame.
const maxRequestBytes = 16 << 10

// handleChat answers POST /api/chat {"message","session_id"} with the
// whole Turn as JSON, session_id included.
func (s *Server) handleChat(c *gin.Context) {
	body := http.MaxBytesReader(c.Writer, c.Request.Body, maxRequestBytes)
	var req assistant.Request
	if err := decodeJSON(body, &req); err != nil {
		s.fail(c, err, "")
		return
	}
	if !s.limitTurn(c, req) {
		return
	}
	turn, userMessage, err := s.chatWhole(c.Request.Context(), req)
	if err != nil {
		s.fail(c, err, userMessage)
		return
	}
	c.JSON(http.StatusOK, completeTurn(turn, req))
}

// chatWhole runs one turn for a route that answers it whole: the events
// are not streamed, but a failed turn's error event gives the message for
// the user, returned beside the error. The turn stops when ctx ends.
func (s *Server) chatWhole(ctx context.Context, req assistant.Request) (turn assistant.Turn, userMessage string, err error) {
	emit := func(ev assistant.Event) error {
		if ev.Type == assistant.EventError {
			userMessage = ev.Message
		}
		return ctx.Err()
	}
	turn, err = s.chat.Chat(ctx, req, emit)
	return turn, userMessage, err
}

// decodeJSON decodes one JSON value from r into v. A body over its
// MaxBytesReader limit wraps assistant.ErrTooLong, a body not received
// within the server's read timeout errBodyTimeout; anything else that does
// not decode wraps ErrBadRequest.
func decodeJSON(r io.Reader, v any) error {
	err := json.NewDecoder(r).Decode(v)
	var tooBig *http.MaxBytesError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &tooBig):
		return fmt.Errorf("%w: request over %d bytes", assistant.ErrTooLong, tooBig.Limit)
	case isTimeout(err):
		return fmt.Errorf("%w: %v", errBodyTimeout, err)
	case errors.Is(err, io.EOF):
		return fmt.Errorf("%w: empty body", ErrBadRequest)
	default:
		return fmt.Errorf("%w: %v", ErrBadRequest, err)
	}
}

// completeTurn fills what a client may rely on in a Turn: the session of
// the request when the Chatter left it out, empty lists rather than null,
// and only http(s) citation addresses (safeTurn).
func completeTurn(t assistant.Turn, req assistant.Request) assistant.Turn {
	if t.SessionID == "" {
		t.SessionID = req.SessionID
	}
	if t.ToolCalls == nil {
		t.ToolCalls = []assistant.ToolCall{}
	}
	if t.Citations == nil {
		t.Citations = []tools.Citation{}
	}
	return safeTurn(t)
}
