package web

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/tokens"
)

// completion is a chat.completion or chat.completion.chunk object.
//
// Marsad is the whole turn: lang, answer, tool_calls (name, arguments,
// result) and citations. marsad.citations lists the sources of the
// answer's figures, each with publisher, title, period, kind (official
// statistic, count from job ads, document, projection) and url (absent
// when the source has no web address): the plain response always carries
// it, and so does the final chunk of a stream.
//
// Usage counts cl100k_base tokens: prompt_tokens the text of every message
// of the request, completion_tokens the answer. The plain response always
// carries it; a stream carries it only when the request sets
// stream_options.include_usage, in its final chunk (see chunkStream).
type completion struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	Created int64           `json:"created"`
	Model   string          `json:"model"`
	Choices []choice        `json:"choices"`
	Usage   *usage          `json:"usage,omitempty"`
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

// usage is OpenAI's token count of a completion.
type usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	TotalTokens      int `json:"total_tokens"`
}

// meter counts the usage of one request's completion; the prompt is
// counted once, when the request is read.
type meter struct {
	prompt int
	failed bool // the encoding is unavailable: no usage is reported
	stream bool // stream_options.include_usage
}

// meter counts the tokens of every message's text.
func (in completionRequest) meter() meter {
	m := meter{stream: in.StreamOptions != nil && in.StreamOptions.IncludeUsage}
	for _, msg := range in.Messages {
		n, err := tokens.Count(string(msg.Content))
		if err != nil {
			return meter{failed: true}
		}
		m.prompt += n
	}
	return m
}

// usage returns the usage of a completion answering answer, or nil when
// tokens cannot be counted (a broken build: the encoding is embedded).
func (m meter) usage(answer string) *usage {
	n, err := tokens.Count(answer)
	if m.failed || err != nil {
		return nil
	}
	return &usage{PromptTokens: m.prompt, CompletionTokens: n, TotalTokens: m.prompt + n}
}

// answerCompletion answers one chat.completion object.
func (s *Server) answerCompletion(c *gin.Context, req assistant.Request, head completion, m meter) {
	turn, userMessage, err := s.chatWhole(c.Request.Context(), req)
	if err != nil {
		s.failCompletion(c, err, userMessage)
		return
	}
	t := completeTurn(turn, req)
	stop := "stop"
	head.Object = "chat.completion"
	content := t.Answer + sourcesSuffix(t)
	head.Choices = []choice{{Message: &message{Role: "assistant", Content: content}, FinishReason: &stop}}
	head.Usage = m.usage(content)
	head.Marsad = &t
	c.JSON(http.StatusOK, head)
}
