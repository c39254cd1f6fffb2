package web

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/marsad/marsad/assistant"
)

// chunkStream writes chat.completion.chunk objects as server-sent events:
// a first chunk with the assistant role, one per piece of answer text, a
// chunk with finish_reason "stop", then "data: [DONE]". The final chunk
// before [DONE] carries the turn under "marsad" (citations included): the
// "stop" chunk, or, when the request set stream_options.include_usage, one
// more chunk with no choices and the usage, as OpenAI sends it. Headers go
// out with the first event of the turn, so that an error raised before it
// (a bad request) still gets its own status.
type chunkStream struct {
	c        *gin.Context
	head     completion
	meter    meter
	started  bool
	streamed bool // some answer text went out
}

// streamCompletion streams one turn as chat.completion.chunk events.
func (s *Server) streamCompletion(c *gin.Context, req assistant.Request, head completion, m meter) {
	head.Object = "chat.completion.chunk"
	st := &chunkStream{c: c, head: head, meter: m}
	ctx := c.Request.Context()
	var userMessage string
	emit := func(ev assistant.Event) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		switch ev.Type {
		case assistant.EventError:
			userMessage = ev.Message
			return nil
		case assistant.EventDone:
			return nil
		case assistant.EventToken:
			return st.text(ev.Text)
		default: // tool activity: open the stream so the client sees life
			return st.start()
		}
	}
	turn, err := s.chat.Chat(ctx, req, emit)
	switch {
	case err != nil && !st.started:
		s.failCompletion(c, err, userMessage)
	case err != nil:
		_ = c.Error(err)
		if f := classify(err); !f.silent {
			if userMessage != "" {
				f.message = userMessage
			}
			_ = st.finishWithError(f)
		}
	default:
		_ = st.finish(completeTurn(turn, req))
	}
}

// start writes the headers and the first chunk (the assistant role), once.
func (st *chunkStream) start() error {
	if st.started {
		return nil
	}
	st.started = true
	h := st.c.Writer.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Accel-Buffering", "no")
	st.c.Status(http.StatusOK)
	return st.delta(&delta{Role: "assistant"}, nil)
}

// text writes one delta of answer text.
func (st *chunkStream) text(s string) error {
	if err := st.start(); err != nil {
		return err
	}
	if s == "" {
		return nil
	}
	st.streamed = true
	return st.delta(&delta{Content: s}, nil)
}

// finish writes the rest of the answer if no token carried it, its
// sources (sourcesSuffix), the chunk with finish_reason "stop", the usage
// chunk if asked for, the turn on the last of them, then [DONE].
func (st *chunkStream) finish(t assistant.Turn) error {
	if !st.streamed {
		if err := st.text(t.Answer); err != nil {
			return err
		}
	}
	sources := sourcesSuffix(t) // after the answer, as the plain response has them
	if err := st.text(sources); err != nil {
		return err
	}
	if err := st.start(); err != nil {
		return err
	}
	stop := "stop"
	last := st.head
	last.Marsad = &t
	if st.meter.stream {
		if err := st.delta(&delta{}, &stop); err != nil {
			return err
		}
		last.Choices, last.Usage = []choice{}, st.meter.usage(t.Answer+sources)
	} else {
		last.Choices = []choice{{Delta: &delta{}, FinishReason: &stop}}
	}
	if err := st.chunk(last); err != nil {
		return err
	}
	return st.data("[DONE]")
}

// finishWithError tells a failure after the stream has started, as an
// {"error": ...} event followed by [DONE].
func (st *chunkStream) finishWithError(f failure) error {
	b, err := json.Marshal(gin.H{"error": openAIError(f)})
	if err != nil {
		return err
	}
	if err := st.data(string(b)); err != nil {
		return err
	}
	return st.data("[DONE]")
}

// delta writes one chunk with one choice.
func (st *chunkStream) delta(d *delta, finish *string) error {
	c := st.head
	c.Choices = []choice{{Delta: d, FinishReason: finish}}
	return st.chunk(c)
}

func (st *chunkStream) chunk(c completion) error {
	b, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("encode chunk: %w", err)
	}
	return st.data(string(b))
}

// data writes one event and flushes it to the client.
func (st *chunkStream) data(payload string) error {
	if _, err := fmt.Fprintf(st.c.Writer, "data: %s\n\n", payload); err != nil {
		return fmt.Errorf("write event: %w", err)
	}
	st.c.Writer.Flush()
	return nil
}
