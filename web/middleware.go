package web

import (
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// upgradedKey marks, in a gin context, a request upgraded to a websocket:
// its log line then reports status 101 and the connection's lifetime.
const upgradedKey = "marsad.upgraded"

// logRequests writes one slog line per request once it has been answered,
// with the error attached by fail if any: Error level for 5xx, Warn for
// 4xx, Info otherwise. It tells the Observer too.
func (s *Server) logRequests(c *gin.Context) {
	start := time.Now()
	c.Next()
	status := c.Writer.Status()
	if c.GetBool(upgradedKey) {
		status = http.StatusSwitchingProtocols
	}
	took := time.Since(start)
	s.observeRequest(c, status, took)
	attrs := []slog.Attr{
		slog.String("method", c.Request.Method),
		slog.String("path", c.Request.URL.Path),
		slog.Int("status", status),
		slog.Int("bytes", max(c.Writer.Size(), 0)),
		slog.Duration("duration", took),
		slog.String("remote", c.ClientIP()),
	}
	if last := c.Errors.Last(); last != nil {
		attrs = append(attrs, slog.String("error", last.Err.Error()))
	}
	level := slog.LevelInfo
	switch {
	case status >= 500:
		level = slog.LevelError
	case status >= 400:
		level = slog.LevelWarn
	}
	s.log.LogAttrs(c.Request.Context(), level, "http request", attrs...)
}

// recoverPanics turns a handler panic into a 500 (when nothing was written
// yet) and an error in the request's log line. http.ErrAbortHandler is
// re-raised so that net/http aborts the response as asked.
func (s *Server) recoverPanics(c *gin.Context) {
	defer func() {
		v := recover()
		if v == nil {
			return
		}
		if v == http.ErrAbortHandler {
			panic(v)
		}
		err := fmt.Errorf("panic: %v", v)
		if c.Writer.Written() {
			_ = c.Error(err)
			c.Abort()
			return
		}
		s.fail(c, err, "")
	}()
	c.Next()
}
