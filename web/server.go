// Package web is the HTTP edge of Marsad: a gin server with the chat page,
// a websocket that streams the events of each turn, a JSON chat route, an
// OpenAI-compatible chat completions route and an admin ingestion route.
// It is the only package, with cmd, that logs.
package web

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/websocket"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/ingest"
)

// Chatter answers one turn. It emits token/tool_call/tool_result/citation
// events and then exactly one done (carrying the Turn) or error event
// (Message in the user's language), and also returns the Turn or the error.
// It returns assistant.ErrEmptyMessage / assistant.ErrTooLong for bad
// requests, the emit error if emit failed. It calls emit from one goroutine
// at a time.
type Chatter interface {
	Chat(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error)
}

// IngestFunc loads one uploaded file of the given kind ("indicators",
// "ads", "profiles", "notes", or "" to let the content tell) and returns a
// summary that is sent back as JSON. It should wrap tools.ErrBadData for a
// file that cannot be stored, which the route answers with 422 and the
// error text; any other error is a 500.
type IngestFunc func(ctx context.Context, kind, name string, body io.Reader) (any, error)

// Config is what the server needs from the command line; the zero value
// serves the chat with ingestion disabled.
type Config struct {
	// AdminToken guards POST /api/ingest (Authorization: Bearer <token>).
	// Empty disables ingestion over HTTP: the route answers 503.
	AdminToken string
	// Version is reported by /healthz and tags the page's asset URLs.
	Version string
	// AllowedOrigins lists the origins ("https://example.org") allowed to
	// open /ws besides the server's own host; "*" allows any origin.
	AllowedOrigins []string
	// Ingest is called by POST /api/ingest; nil answers 503.
	Ingest IngestFunc
	// Jobs, when set (PostgreSQL configured), makes POST /api/ingest keep
	// the upload as a job of the queue and answer 202 at once; any
	// replica's worker runs it, and GET /api/ingest/:id reads it. Nil runs
	// Ingest inside the request.
	Jobs ingest.Queue
	// MaxIngestBytes bounds an upload; 0 means DefaultMaxIngestBytes.
	MaxIngestBytes int64
	// Charts serves GET /charts/:name, the pictures of turns' charts;
	// nil answers 404.
	Charts ChartFiles
	// Sources lists the sources of the data loaded, for GET /api/sources
	// and the page's footer; nil lists none.
	Sources SourcesFunc
	// Checks are the dependencies GET /readyz probes; none means ready
	// while the process serves (the embedded stores live in it).
	Checks []Check
	// Observer is told of requests, websockets, turns and failures
	// (web/metrics.Registry); nil tells no one.
	Observer Observer
	// Metrics serves GET /metrics (web/metrics.Registry.Handler); nil
	// answers 404.
	Metrics http.Handler
	// Limits bound clients (limits.go); the zero value sets none, but
	// X-Forwarded-For is trusted from Limits.TrustedProxies only, and
	// wrong admin tokens are always backed off.
	Limits Limits
}

// DefaultMaxIngestBytes bounds an upload when Config.MaxIngestBytes is 0.
const DefaultMaxIngestBytes = 256 << 20

const (
	// shutdownTimeout bounds Serve's graceful shutdown: requests in flight
	// finish and websockets receive a going-away close frame. It must
	// exceed writeWait so that a socket's last write can time out first.
	shutdownTimeout = 15 * time.Second
	// readHeaderTimeout bounds how long a client may take to send headers.
	readHeaderTimeout = 10 * time.Second
	// readTimeout bounds how long a client may take to send a whole
	// request, headers included, so it exceeds readHeaderTimeout: a body
	// sent a few bytes a second, which would hold a connection and a
	// goroutine for as long as the client likes, is cut and answered 408.
	// It lets a 1 MiB completions body arrive at 40 kB/s. Websockets are
	// not bound by it: net/http clears a connection's deadlines when it is
	// hijacked, and the socket then keeps its own (pongWait, writeWait).
	readTimeout = 30 * time.Second
)

// errShuttingDown is the cause given to every open connection's context
// when the server shuts down.
var errShuttingDown = errors.New("server shutting down")

// Server serves Marsad over HTTP. Build it with New; it is safe for
// concurrent use.
type Server struct {
	cfg      Config
	chat     Chatter
	log      *slog.Logger
	engine   *gin.Engine
	page     *template.Template
	upgrader websocket.Upgrader
	timing   socketTiming // of every websocket; tests shorten it
	sources  sourcesCache // of Config.Sources
	ready    readiness    // of Config.Checks
	obs      Observer
	guard    *guard // of Config.Limits

	// readTimeout bounds reading a whole request (readTimeout); tests
	// shorten it.
	readTimeout time.Duration

	// base is the parent of every websocket's context; stop cancels it
	// when shutdown begins. sockets counts the open websockets.
	base    context.Context
	stop    context.CancelCauseFunc
	sockets sync.WaitGroup
}

// New builds a server that answers with chat and logs one line per request
// to logger (nil discards). It switches gin to release mode, which is a
// process-wide setting.
func New(cfg Config, chat Chatter, logger *slog.Logger) *Server {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	logger = slog.New(LogHandler(logger.Handler()))
	if cfg.MaxIngestBytes <= 0 {
		cfg.MaxIngestBytes = DefaultMaxIngestBytes
	}
	gin.SetMode(gin.ReleaseMode)
	obs := cfg.Observer
	if obs == nil {
		obs = nopObserver{}
	}
	s := &Server{cfg: cfg, chat: observedChatter{chat, obs}, obs: obs, log: logger, page: mustParsePage(),
		timing: defaultTiming, readTimeout: readTimeout}
	s.ready.timeout = readyTimeout
	s.base, s.stop = context.WithCancelCause(context.Background())
	s.upgrader = websocket.Upgrader{CheckOrigin: s.checkOrigin}
	s.guard = newGuard(cfg.Limits)
	s.engine = gin.New()
	if err := s.engine.SetTrustedProxies(cfg.Limits.TrustedProxies); err != nil {
		// CheckProxies tells the operator; here trust none rather than all
		logger.Error("trusted proxies refused: X-Forwarded-For is ignored", "error", err)
		_ = s.engine.SetTrustedProxies(nil)
	}
	s.engine.Use(s.tagRequest, s.logRequests, s.recoverPanics, s.checkHost)
	s.routes(s.engine)
	return s
}

// Handler returns the server's routes as an http.Handler, for tests or to
// mount under another server.
func (s *Server) Handler() http.Handler { return s.engine }

// Serve answers connections on ln until ctx is cancelled, then shuts down
// gracefully: it stops accepting, lets requests in flight finish, closes
// websockets with a going-away frame, and gives up after shutdownTimeout.
// It closes ln. It returns nil after a clean shutdown, an error if serving
// failed or the shutdown timed out. Call it once.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.engine,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       s.readTimeout,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	srv.RegisterOnShutdown(func() { s.stop(errShuttingDown) })
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		s.stop(errShuttingDown)
		return fmt.Errorf("web: serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if err == nil {
		err = s.waitSockets(sctx)
	}
	if err != nil {
		_ = srv.Close()
		return fmt.Errorf("web: shutdown within %s: %w", shutdownTimeout, err)
	}
	<-served // http.ErrServerClosed
	return nil
}

// waitSockets waits until every websocket has closed or ctx is done.
// Every sockets.Add happens before its connection is hijacked, hence before
// Shutdown returns, hence before this Wait.
func (s *Server) waitSockets(ctx context.Context) error {
	done := make(chan struct{})
	go func() {
		s.sockets.Wait()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("websockets still open: %w", ctx.Err())
	}
}
