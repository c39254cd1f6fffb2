package web

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"

	"github.com/gin-gonic/gin"
)

// RequestIDHeader carries a request's id, both ways: a proxy may set it
// (honoured when RequestIDOK accepts it), and every answer returns it.
const RequestIDHeader = "X-Request-ID"

// maxRequestIDLen bounds an id taken from a client: long enough for a
// UUID or a proxy's trace id, short enough to keep log lines small.
const maxRequestIDLen = 64

type requestIDKey struct{}

// WithRequestID returns ctx carrying id, which RequestID reads and every
// log line written with ctx through the server's logger carries.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id)
}

// RequestID returns the id ctx carries, "" if none.
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// RequestIDOK reports whether a client's id can be kept as it is: 1 to
// 64 letters, digits, '-', '_', '.' or ':'. Anything else (spaces,
// quotes, control characters that could forge a log line) is replaced
// by a new id.
func RequestIDOK(id string) bool {
	if id == "" || len(id) > maxRequestIDLen {
		return false
	}
	for _, r := range id {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' ||
			r == '-' || r == '_' || r == '.' || r == ':'
		if !ok {
			return false
		}
	}
	return true
}

// newRequestID returns 16 random hexadecimal digits.
func newRequestID() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails
	return hex.EncodeToString(b[:])
}

// tagRequest gives the request its id (the client's X-Request-ID when
// RequestIDOK, else a new one), returns it in the answer's header and
// puts it in the request's context, which the handlers hand down to the
// turn.
func (s *Server) tagRequest(c *gin.Context) {
	id := c.GetHeader(RequestIDHeader)
	if !RequestIDOK(id) {
		id = newRequestID()
	}
	c.Header(RequestIDHeader, id)
	c.Request = c.Request.WithContext(WithRequestID(c.Request.Context(), id))
	c.Next()
}

// LogHandler returns h adding request_id to every record logged with a
// context that carries one (WithRequestID). New wraps the server's logger
// with it; cmd may wrap its own.
func LogHandler(h slog.Handler) slog.Handler {
	if _, ok := h.(requestIDHandler); ok {
		return h
	}
	return requestIDHandler{h}
}

type requestIDHandler struct{ slog.Handler }

func (h requestIDHandler) Handle(ctx context.Context, r slog.Record) error {
	if id := RequestID(ctx); id != "" {
		r.AddAttrs(slog.String("request_id", id))
	}
	return h.Handler.Handle(ctx, r)
}

func (h requestIDHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return requestIDHandler{h.Handler.WithAttrs(as)}
}

func (h requestIDHandler) WithGroup(name string) slog.Handler {
	return requestIDHandler{h.Handler.WithGroup(name)}
}
