package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/websocket"

	"github.com/marsad/marsad/assistant"
)

// Websocket timing and bounds. A browser answers pings by itself, so a
// silent but healthy client keeps its connection; a client that does not
// read makes the turn wait (backpressure) until one write has waited
// writeWait, and only then is it disconnected.
const (
	// writeWait is the time allowed to write one frame to the client. A
	// frame that cannot be written within it means the client has stopped
	// reading (its socket buffers are full): it is disconnected. It must be
	// well below pongWait, so that a stalled writer is noticed before the
	// reader gives up on a silent peer, and below shutdownTimeout.
	writeWait = 10 * time.Second
	// pongWait is the time allowed between two frames (pongs included)
	// from the client before the connection counts as dead.
	pongWait = 60 * time.Second
	// pingPeriod must be less than pongWait, so that the pong to each ping
	// arrives before the read deadline it extends.
	pingPeriod = pongWait * 9 / 10
	// flushDelay is how long answer text may wait for more text before it
	// is sent: well under what a reader perceives as a stall, and long
	// enough to gather the words a planner emits in a burst into one frame.
	flushDelay = 30 * time.Millisecond
	// flushBytes is how much answer text is sent at once without waiting
	// for flushDelay: a few hundred bytes, a line or two of text.
	flushBytes = 512
	// maxPendingTurns is how many requests may wait while a turn runs;
	// one more gets a busy error event.
	maxPendingTurns = 4
	// outFrames and outBytes bound what a turn may hand to the writer
	// ahead of it: an offline answer's words come in one burst, and
	// handing each to a writer that had to take it first cost two
	// goroutine switches a word. Past either bound the turn waits for the
	// writer, so a slow client still slows its own turn down; a frame
	// larger than outBytes waits until none is queued.
	outFrames = 64
	outBytes  = 8 * flushBytes
)

// socketTiming holds the timing constants above; tests shorten them.
type socketTiming struct {
	writeWait, pongWait, pingPeriod, flushDelay time.Duration
}

var defaultTiming = socketTiming{writeWait: writeWait, pongWait: pongWait, pingPeriod: pingPeriod, flushDelay: flushDelay}

// socket is one websocket connection. Three goroutines share it: the
// reader (readPump, in the handler's goroutine) is the only one to read,
// the writer (writePump) the only one to write data frames, and the turn
// loop runs the turns one after the other, handing their events to the
// writer through the out channel: a turn waits once the writer is
// outFrames or outBytes behind (queued), so a slow client slows its own
// turn down instead of filling a buffer. ctx is cancelled, with its
// cause, as soon as any of them stops, and hangUp then closes the
// connection so that the others stop too.
type socket struct {
	ws      *websocket.Conn
	batch   *batchConn // under ws; the writer batches a turn's frames
	chat    Chatter
	log     *slog.Logger
	obs     Observer
	id      string // the request id of the upgrade; a turn's is id-N
	turns   int    // turns run, read and written by the turn loop only
	timing  socketTiming
	ctx     context.Context
	cancel  context.CancelCauseFunc
	out     chan outFrame
	queued  atomic.Int64  // bytes of the frames in out
	room    chan struct{} // the writer took frames from out: queued may be under outBytes
	pending chan assistant.Request
	hungUp  chan struct{}
	// allow takes a turn from the client's rate, or returns the error
	// event telling the user to wait (guard.allowTurn).
	allow func(assistant.Request) (assistant.Event, bool)
}

// handleSocket upgrades GET /ws and serves the connection until either
// side closes it or the server shuts down.
func (s *Server) handleSocket(c *gin.Context) {
	s.sockets.Add(1)
	defer s.sockets.Done()
	if err := context.Cause(s.base); err != nil {
		s.fail(c, err, "")
		return
	}
	ip := c.ClientIP()
	if !s.guard.sockets.acquire(ip, s.guard.limits.SocketsPerIP, s.guard.limits.Sockets) {
		s.fail(c, errTooManySockets, "")
		return
	}
	defer s.guard.sockets.release(ip)
	hj := &batchHijacker{ResponseWriter: c.Writer}
	ws, err := s.upgrader.Upgrade(hj, c.Request, nil)
	if err != nil {
		_ = c.Error(err) // Upgrade has answered the HTTP error
		return
	}
	c.Set(upgradedKey, true)
	s.obs.Socket(true)
	defer s.obs.Socket(false)
	sc := &socket{
		ws: ws, batch: hj.conn, chat: s.chat, log: s.log, obs: s.obs, timing: s.timing, id: RequestID(c.Request.Context()),
		out:     make(chan outFrame, outFrames),
		room:    make(chan struct{}, 1),
		pending: make(chan assistant.Request, maxPendingTurns),
		hungUp:  make(chan struct{}),
		allow:   s.guard.socketTurns(ip),
	}
	sc.ctx, sc.cancel = context.WithCancelCause(WithRequestID(s.base, sc.id))
	sc.serve()
}

// serve runs the connection and returns once its goroutines are done and
// it is closed.
func (sc *socket) serve() {
	context.AfterFunc(sc.ctx, sc.hangUp)
	var wg sync.WaitGroup
	wg.Go(sc.writePump)
	wg.Go(sc.turnLoop)
	sc.readPump()
	sc.cancel(errPeerGone)
	wg.Wait()
	<-sc.hungUp
}

// hangUp closes the connection once ctx is cancelled, first with a close
// frame telling why unless the client is too slow to read one.
func (sc *socket) hangUp() {
	defer close(sc.hungUp)
	cause := context.Cause(sc.ctx)
	if !errors.Is(cause, errSlowClient) && cause != errPeerGone {
		code := websocket.CloseInternalServerErr
		if cause == errShuttingDown {
			code = websocket.CloseGoingAway
		}
		msg := websocket.FormatCloseMessage(code, cause.Error())
		deadline := time.Now().Add(sc.timing.writeWait)
		_ = sc.ws.WriteControl(websocket.CloseMessage, msg, deadline)
		_ = sc.batch.flush(deadline) // a batch the writer left open holds the close frame
	}
	_ = sc.ws.Close()
}

// readPump reads request frames until the connection fails or closes.
func (sc *socket) readPump() {
	sc.ws.SetReadLimit(maxRequestBytes)
	wait := sc.timing.pongWait
	_ = sc.ws.SetReadDeadline(time.Now().Add(wait))
	sc.ws.SetPongHandler(func(string) error {
		return sc.ws.SetReadDeadline(time.Now().Add(wait))
	})
	for {
		kind, data, err := sc.ws.ReadMessage()
		if err != nil {
			if websocket.IsUnexpectedCloseError(err, websocket.CloseNormalClosure,
				websocket.CloseGoingAway, websocket.CloseNoStatusReceived) && sc.ctx.Err() == nil {
				sc.log.Info("websocket read", "error", err)
			}
			return
		}
		_ = sc.ws.SetReadDeadline(time.Now().Add(wait))
		sc.obs.Frame("in")
		sc.accept(kind, data)
	}
}

// accept queues one request for the turn loop, or answers an error event
// when the frame is not a request or too many are waiting. Handing the
// error event to the writer may wait for it, as a turn's events do.
func (sc *socket) accept(kind int, data []byte) {
	req, err := decodeFrame(kind, data)
	if err == nil {
		if ev, ok := sc.allow(req); !ok {
			_ = sc.send(ev)
			return
		}
		select {
		case sc.pending <- req:
			return
		default:
			err = errBusy
		}
	}
	sc.obs.Failure(classify(err).code)
	if ev, ok := errorEvent(err); ok {
		_ = sc.send(ev)
	}
}

// decodeFrame reads a request frame: a JSON text frame holding an
// assistant.Request. Any other frame is an error wrapping ErrBadRequest.
func decodeFrame(kind int, data []byte) (assistant.Request, error) {
	var req assistant.Request
	if kind != websocket.TextMessage {
		return req, fmt.Errorf("%w: expected a JSON text frame", ErrBadRequest)
	}
	if msg, ok := plainRequest(data); ok {
		req.Message = msg
		return req, nil
	}
	if err := json.Unmarshal(data, &req); err != nil {
		return req, fmt.Errorf("%w: %v", ErrBadRequest, err)
	}
	return req, nil
}

// plainRequest reads a frame that is exactly {"message":"…"} with a
// message that needs no unescaping (no quote, backslash or control
// character, valid UTF-8), as the chat page and the bench send most
// questions: json.Unmarshal would give the same Request, at several
// times the cost. ok is false for any other frame.
func plainRequest(data []byte) (string, bool) {
	const head, tail = `{"message":"`, `"}`
	if len(data) < len(head)+len(tail) || !bytes.HasPrefix(data, []byte(head)) || !bytes.HasSuffix(data, []byte(tail)) {
		return "", false
	}
	msg := data[len(head) : len(data)-len(tail)]
	for _, c := range msg {
		if c < ' ' || c == '"' || c == '\\' {
			return "", false
		}
	}
	if !utf8.Valid(msg) {
		return "", false
	}
	return string(msg), true
}

// turnLoop runs the queued requests one after the other.
func (sc *socket) turnLoop() {
	for {
		select {
		case <-sc.ctx.Done():
			return
		case req := <-sc.pending:
			sc.runTurn(req)
		}
	}
}

// runTurn streams one turn's events and makes sure it ends with a done or
// error event, unless the client is gone. It logs one line per turn. The
// turn's context carries the request id of the connection followed by
// the turn's number (abc-1, abc-2…), so that its log lines can be told
// apart from the other turns of the connection.
func (sc *socket) runTurn(req assistant.Request) {
	start := time.Now()
	sc.turns++
	ctx := WithRequestID(sc.ctx, fmt.Sprintf("%s-%d", sc.id, sc.turns))
	ended := false
	emit := func(ev assistant.Event) error {
		if ev.Type == assistant.EventDone || ev.Type == assistant.EventError {
			ended = true
		}
		return sc.send(ev)
	}
	turn, err := sc.chat.Chat(ctx, req, emit)
	sc.logTurn(ctx, start, err)
	if err != nil {
		sc.obs.Failure(classify(err).code)
	}
	switch {
	case ended:
	case err != nil:
		if ev, ok := errorEvent(err); ok {
			_ = sc.send(ev)
		}
	default:
		t := completeTurn(turn, req)
		_ = sc.send(assistant.Event{Type: assistant.EventDone, Turn: &t})
	}
}

func (sc *socket) logTurn(ctx context.Context, start time.Time, err error) {
	attrs := []slog.Attr{slog.Duration("duration", time.Since(start))}
	level := slog.LevelInfo
	if err != nil {
		attrs = append(attrs, slog.String("error", err.Error()))
		if f := classify(err); f.status >= 500 && !f.silent {
			level = slog.LevelError
		}
	}
	sc.log.LogAttrs(ctx, level, "websocket turn", attrs...)
}

// checkOrigin accepts a websocket handshake without Origin (not a
// browser), from the server's own host, or from Config.AllowedOrigins.
func (s *Server) checkOrigin(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	if err != nil {
		return false
	}
	if strings.EqualFold(u.Host, r.Host) {
		return true
	}
	for _, allowed := range s.cfg.AllowedOrigins {
		if allowed == "*" || strings.EqualFold(strings.TrimSuffix(allowed, "/"), origin) {
			return true
		}
	}
	return false
}
