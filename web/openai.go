package web

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/marsad/marsad/assistant"
)

// maxCompletionBytes bounds the body of POST /v1/chat/completions, which
// carries the client's whole conversation.
const maxCompletionBytes = 1 << 20

// defaultModel names the model in completions when the request names none.
const defaultModel = "marsad"

// completionRequest is the part of an OpenAI chat completions request that
// Marsad reads. SessionID is a Marsad extension.
type completionRequest struct {
	Model     string              `json:"model"`
	Messages  []completionMessage `json:"messages"`
	Stream    bool                `json:"stream"`
	SessionID string              `json:"session_id"`
}

type completionMessage struct {
	Role    string         `json:"role"`
	Content messageContent `json:"content"`
}

// messageContent is a message's text, sent either as a string or as a list
// of parts of which the "text" ones are joined.
type messageContent string

// UnmarshalJSON accepts a string, null, or [{"type":"text","text":...}].
func (m *messageContent) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '[' {
		var parts []struct {
			Type string `json:"type"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(b, &parts); err != nil {
			return err
		}
		var sb strings.Builder
		for _, p := range parts {
			if p.Type == "text" {
				sb.WriteString(p.Text)
			}
		}
		*m = messageContent(sb.String())
		return nil
	}
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s != nil {
		*m = messageContent(*s)
	}
	return nil
}

// completion is a chat.completion or chat.completion.chunk object, with
// the whole Turn (tool calls, citations) under "marsad".
type completion struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	Created int64           `json:"created"`
	Model   string          `json:"model"`
	Choices []choice        `json:"choices"`
	Marsad  *assistant.Turn `json:"marsad,omitempty"`
}

type choice struct {
	Index        int      `json:"index"`
	Message      *message `json:"message,omitempty"`
	Delta        *delta   `json:"delta,omitempty"`
	FinishReason *string  `json:"finish_reason"`
}

type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type delta struct {
	Role    string `json:"role,omitempty"`
	Content string `json:"content,omitempty"`
}

type completionError struct {
	Message string `json:"message"`
	Type    string `json:"type"`
	Code    string `json:"code"`
}

// handleCompletions answers POST /v1/chat/completions, taking the last
// user message as the question: a chat.completion object, or with
// "stream": true a text/event-stream of chat.completion.chunk objects
// ending with finish_reason "stop", the Turn under "marsad", and [DONE].
func (s *Server) handleCompletions(c *gin.Context) {
	body := http.MaxBytesReader(c.Writer, c.Request.Body, maxCompletionBytes)
	var in completionRequest
	if err := decodeJSON(body, &in); err != nil {
		s.failCompletion(c, err, "")
		return
	}
	req, err := in.request()
	if err != nil {
		s.failCompletion(c, err, "")
		return
	}
	head := completion{ID: newCompletionID(), Created: time.Now().Unix(), Model: in.Model}
	if head.Model == "" {
		head.Model = defaultModel
	}
	if in.Stream {
		s.streamCompletion(c, req, head)
		return
	}
	s.answerCompletion(c, req, head)
}

// request returns the assistant request for the last user message.
func (in completionRequest) request() (assistant.Request, error) {
	for i := len(in.Messages) - 1; i >= 0; i-- {
		if in.Messages[i].Role == "user" {
			return assistant.Request{Message: string(in.Messages[i].Content), SessionID: in.SessionID}, nil
		}
	}
	return assistant.Request{}, fmt.Errorf("%w: no message with role \"user\"", ErrBadRequest)
}

// answerCompletion answers one chat.completion object.
func (s *Server) answerCompletion(c *gin.Context, req assistant.Request, head completion) {
	ctx := c.Request.Context()
	var userMessage string
	emit := func(ev assistant.Event) error {
		if ev.Type == assistant.EventError {
			userMessage = ev.Message
		}
		return ctx.Err()
	}
	turn, err := s.chat.Chat(ctx, req, emit)
	if err != nil {
		s.failCompletion(c, err, userMessage)
		return
	}
	t := completeTurn(turn, req)
	stop := "stop"
	head.Object = "chat.completion"
	head.Choices = []choice{{Message: &message{Role: "assistant", Content: t.Answer}, FinishReason: &stop}}
	head.Marsad = &t
	c.JSON(http.StatusOK, head)
}

// failCompletion answers err in OpenAI's error shape, with the status of
// the error table.
func (s *Server) failCompletion(c *gin.Context, err error, userMessage string) {
	if f, ok := prepareFailure(c, err, userMessage); ok {
		c.AbortWithStatusJSON(f.status, gin.H{"error": openAIError(f)})
	}
}

// openAIError is the "error" member of an OpenAI error response.
func openAIError(f failure) *completionError {
	kind := "invalid_request_error"
	if f.status >= 500 {
		kind = "server_error"
	}
	return &completionError{Message: f.message, Type: kind, Code: f.code}
}

// newCompletionID returns "chatcmpl-" and 24 random hex digits.
func newCompletionID() string {
	var b [12]byte
	_, _ = rand.Read(b[:]) // never fails (crypto/rand)
	return "chatcmpl-" + hex.EncodeToString(b[:])
}
