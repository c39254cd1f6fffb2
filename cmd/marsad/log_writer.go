package main

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"time"
)

// Bounds of what a logWriter holds before writing it.
const (
	logFlushAfter = 50 * time.Millisecond
	logFlushSize  = 16 << 10
)

// logWriter gathers serve's log lines and writes them to w in one call:
// logFlushAfter after the first line it holds, once it holds
// logFlushSize bytes, and at Flush. serve logs a line a turn, which was a
// system call a turn (1 to 2 % of the server's CPU in one profile under `marsad bench
// chat`). What is lost at a crash is bounded: newLogger's handler
// flushes after each warning or error, and serve flushes as it returns,
// so only an unrecovered panic or a SIGKILL loses lines, the info lines
// of the last logFlushAfter at most.
type logWriter struct {
	w     io.Writer
	mu    sync.Mutex
	buf   []byte
	timer *time.Timer // armed while buf holds bytes
}

func newLogWriter(w io.Writer) *logWriter {
	l := &logWriter{w: w}
	l.timer = time.AfterFunc(time.Hour, func() { l.Flush() })
	l.timer.Stop()
	return l
}

func (l *logWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.buf) == 0 {
		l.timer.Reset(logFlushAfter)
	}
	l.buf = append(l.buf, p...)
	if len(l.buf) >= logFlushSize {
		return len(p), l.flushLocked()
	}
	return len(p), nil
}

// Flush writes what l holds.
func (l *logWriter) Flush() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flushLocked()
}

func (l *logWriter) flushLocked() error {
	if len(l.buf) == 0 {
		return nil
	}
	l.timer.Stop()
	_, err := l.w.Write(l.buf)
	if cap(l.buf) > 4*logFlushSize { // left by one very long line
		l.buf = nil
	} else {
		l.buf = l.buf[:0]
	}
	return err
}

// flushingHandler flushes its logWriter after each record at warning
// level or above, which is then written before anything that follows it
// (a crash among them).
type flushingHandler struct {
	slog.Handler
	w *logWriter
}

func (h flushingHandler) Handle(ctx context.Context, r slog.Record) error {
	err := h.Handler.Handle(ctx, r)
	if r.Level >= slog.LevelWarn {
		h.w.Flush()
	}
	return err
}

func (h flushingHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return flushingHandler{h.Handler.WithAttrs(as), h.w}
}

func (h flushingHandler) WithGroup(name string) slog.Handler {
	return flushingHandler{h.Handler.WithGroup(name), h.w}
}
