package web

import (
	"bytes"
	"cmp"
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
	Model         string              `json:"model"`
	Messages      []completionMessage `json:"messages"`
	Stream        bool                `json:"stream"`
	StreamOptions *streamOptions      `json:"stream_options"`
	SessionID     string              `json:"session_id"`
}

// streamOptions asks, with include_usage, for a last streamed chunk
// carrying the usage, as OpenAI sends it.
type streamOptions struct {
	IncludeUsage bool `json:"include_usage"`
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

type completionError struct {
	Message string `json:"message"`
	Type    string `json:"type"`
	Code    string `json:"code"`
}

// handleCompletions answers POST /v1/chat/completions. The last user
// message is the question and the messages before it the conversation so
// far (see request). It answers a chat.completion object, or with
// "stream": true a text/event-stream of chat.completion.chunk objects (see
// chunkStream). Both carry the whole turn under "marsad", whose
// "citations" are the sources of the answer's figures, and the token
// usage.
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
	if msg, err := s.guard.allowTurn(c.ClientIP(), "", req); err != nil {
		s.failCompletion(c, err, msg)
		return
	}
	head := completion{ID: newCompletionID(), Created: time.Now().Unix(), Model: cmp.Or(in.Model, defaultModel)}
	if in.Stream {
		s.streamCompletion(c, req, head, in.meter())
		return
	}
	s.answerCompletion(c, req, head, in.meter())
}

// request returns the assistant request: the last user message is the
// question, and the messages before it are the conversation so far
// (assistant.Request.History), unless the request names a session, whose
// stored turns are then the conversation. It wraps ErrBadRequest when no
// message has the role "user".
func (in completionRequest) request() (assistant.Request, error) {
	for i := len(in.Messages) - 1; i >= 0; i-- {
		if in.Messages[i].Role != "user" {
			continue
		}
		req := assistant.Request{Message: string(in.Messages[i].Content), SessionID: in.SessionID}
		if in.SessionID == "" {
			req.History = pastTurns(in.Messages[:i])
		}
		return req, nil
	}
	return assistant.Request{}, fmt.Errorf("%w: no message with role \"user\"", ErrBadRequest)
}

// pastTurns pairs messages into turns: each user message opens a turn,
// and the assistant's text after it (the last, if there are several) is
// its answer. Other roles (system, developer, tool) are not part of the
// conversation, nor is an assistant message before any user message.
func pastTurns(msgs []completionMessage) []assistant.Turn {
	var out []assistant.Turn
	for _, m := range msgs {
		switch {
		case m.Role == "user":
			out = append(out, assistant.Turn{Question: string(m.Content)})
		case m.Role == "assistant" && m.Content != "" && len(out) > 0:
			out[len(out)-1].Answer = string(m.Content)
		}
	}
	return out
}

// failCompletion answers err in OpenAI's error shape, with the status of
// the error table.
func (s *Server) failCompletion(c *gin.Context, err error, userMessage string) {
	if f, ok := s.prepareFailure(c, err, userMessage); ok {
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
