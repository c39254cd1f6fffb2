package web

import (
	"context"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/marsad/marsad/assistant"
)

// Observer is told what the server does, for metrics (web/metrics
// implements it on Prometheus). Every value it receives is bounded: a
// route template ("/api/sessions/:id", "" for no route), a method among
// the standard ones or "OTHER", an error code of the failures table, a
// websocket direction ("in" or "out"); never a raw path or user text. Its
// methods are called from many goroutines and must not block.
type Observer interface {
	// Request is told of each answered HTTP request; a websocket is told
	// when it closes, with status 101 and its lifetime.
	Request(route, method string, status int, took time.Duration)
	// Socket is told of a websocket opened (true) and closed (false).
	Socket(open bool)
	// Frame is told of a websocket data frame received ("in") or sent
	// ("out").
	Frame(direction string)
	// Turn is told of each turn answered or failed: outcome is "ok" or
	// the failure's code (turn_timeout, internal…); newSession says the
	// request started a conversation.
	Turn(outcome string, took time.Duration, newSession bool)
	// Failure is told of each error told to a client, by its code.
	Failure(code string)
}

// nopObserver is the Observer of a server given none.
type nopObserver struct{}

func (nopObserver) Request(string, string, int, time.Duration) {}
func (nopObserver) Socket(bool)                                {}
func (nopObserver) Frame(string)                               {}
func (nopObserver) Turn(string, time.Duration, bool)           {}
func (nopObserver) Failure(string)                             {}

// observedChatter times every turn of chat for the Observer, whichever
// route asked for it.
type observedChatter struct {
	Chatter
	obs Observer
}

// Chat implements Chatter. A turn ended by the client going away is
// counted under its code (client_gone) like any other outcome.
func (o observedChatter) Chat(ctx context.Context, req assistant.Request, emit assistant.Emit) (assistant.Turn, error) {
	start := time.Now()
	turn, err := o.Chatter.Chat(ctx, req, emit)
	outcome := "ok"
	if err != nil {
		outcome = classify(err).code
	}
	o.obs.Turn(outcome, time.Since(start), req.SessionID == "")
	return turn, err
}

// standardMethods are the methods the Observer is told as they are;
// any other becomes "OTHER", so that a client cannot make a label up.
var standardMethods = map[string]bool{http.MethodGet: true, http.MethodHead: true, http.MethodPost: true,
	http.MethodPut: true, http.MethodPatch: true, http.MethodDelete: true, http.MethodOptions: true}

// observeRequest tells the Observer of the request once it is answered,
// by its route template.
func (s *Server) observeRequest(c *gin.Context, status int, took time.Duration) {
	method := c.Request.Method
	if !standardMethods[method] {
		method = "OTHER"
	}
	s.obs.Request(c.FullPath(), method, status, took)
}

// unwrapObserved returns the Chatter that observedChatter wraps, for the
// routes that need more of it than Chat (Conversations).
func unwrapObserved(c Chatter) Chatter {
	if oc, ok := c.(observedChatter); ok {
		return oc.Chatter
	}
	return c
}
