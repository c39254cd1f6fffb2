package web

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
)

// guard holds the state of Config.Limits and of the admin token's
// back-off.
type guard struct {
	limits       Limits
	ipTurns      *buckets
	sessionTurns *buckets
	sockets      counter
	admin        adminFailures
}

func newGuard(l Limits) *guard {
	if l.Now == nil {
		l.Now = time.Now
	}
	return &guard{limits: l, ipTurns: newBuckets(l.IPTurns), sessionTurns: newBuckets(l.SessionTurns)}
}

// rateLimited is the error of a request refused for its rate: wait is
// how long until it would be served (Retry-After).
type rateLimited struct {
	wait time.Duration
	what string
}

func (e *rateLimited) Error() string {
	return fmt.Sprintf("%s: retry in %d s", e.what, retryAfter(e.wait))
}

func (e *rateLimited) Unwrap() error { return errRateLimited }

// allowTurn takes a turn from the buckets of ip and of req's session (of
// fallback when req names none, "" for no session bound). It returns a
// *rateLimited error when either is empty, and the message telling it
// in the language of req's question.
func (g *guard) allowTurn(ip, fallback string, req assistant.Request) (userMessage string, err error) {
	now := g.limits.Now()
	wait := g.ipTurns.take(ip, now)
	session := req.SessionID
	if session == "" {
		session = fallback
	}
	if wait == 0 && session != "" {
		wait = g.sessionTurns.take(session, now)
	}
	if wait == 0 {
		return "", nil
	}
	text, rerr := prompts.Render("error.ratelimit", string(lang.Detect(req.Message)), retryAfter(wait))
	if rerr != nil {
		text = ""
	}
	return text, &rateLimited{wait: wait, what: "too many questions"}
}

// socketTurns returns the rate check of one websocket of client ip: a
// request naming no session counts against the socket's own bucket.
func (g *guard) socketTurns(ip string) func(assistant.Request) (assistant.Event, bool) {
	self := "ws:" + assistant.NewSessionID()
	return func(req assistant.Request) (assistant.Event, bool) {
		msg, err := g.allowTurn(ip, self, req)
		if err == nil {
			return assistant.Event{}, true
		}
		ev, _ := errorEvent(err)
		if msg != "" {
			ev.Message = msg
		}
		return ev, false
	}
}

// checkHost refuses a request whose Host is not one Limits.AllowedHosts
// accepts: 421, as the name was sent to the wrong server.
func (s *Server) checkHost(c *gin.Context) {
	if !hostAllowed(c.Request.Host, s.guard.limits.AllowedHosts) {
		s.fail(c, fmt.Errorf("%w: %q", errUnknownHost, c.Request.Host), "")
		return
	}
	c.Next()
}

// requireJSON refuses a POST whose body is not declared application/json
// (jsonMediaType): 415.
func (s *Server) requireJSON(c *gin.Context) {
	if !jsonMediaType(c.Request) {
		s.fail(c, fmt.Errorf("%w: got Content-Type %q, want application/json", errNotJSON, c.GetHeader("Content-Type")), "")
		return
	}
	c.Next()
}

// limitTurn takes a turn of the request's client IP and session, or
// answers 429 with Retry-After and the message in the question's language
// and returns false.
func (s *Server) limitTurn(c *gin.Context, req assistant.Request) bool {
	msg, err := s.guard.allowTurn(c.ClientIP(), "", req)
	if err != nil {
		s.fail(c, err, msg)
		return false
	}
	return true
}

// setRetryAfter tells a client refused for its rate when to come back.
func setRetryAfter(c *gin.Context, err error) {
	var r *rateLimited
	if errors.As(err, &r) {
		c.Header("Retry-After", strconv.Itoa(retryAfter(r.wait)))
	}
}

// Admin token back-off: the first adminFreeFailures wrong tokens from an
// address are answered at once; then each one closes the route to that
// address for twice as long as the previous, from 1 s up to
// adminMaxBackoff, right tokens included, so that guessing costs time
// and the timing says nothing. A right token ends the back-off.
const (
	adminFreeFailures = 5
	adminMaxBackoff   = 15 * time.Minute
)

// adminFailures counts wrong admin tokens per client IP.
type adminFailures struct {
	mu    sync.Mutex
	byIP  map[string]*adminRecord
	swept time.Time
}

type adminRecord struct {
	failures int
	last     time.Time // of the last failure
	until    time.Time // end of the back-off
}

// wait returns how long ip must wait before its token is checked.
func (a *adminFailures) wait(ip string, now time.Time) time.Duration {
	a.mu.Lock()
	defer a.mu.Unlock()
	if r := a.byIP[ip]; r != nil && now.Before(r.until) {
		return r.until.Sub(now)
	}
	return 0
}

// record counts the outcome of a token checked for ip.
func (a *adminFailures) record(ip string, ok bool, now time.Time) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if ok {
		delete(a.byIP, ip)
		return
	}
	if a.byIP == nil {
		a.byIP = map[string]*adminRecord{}
	}
	if now.Sub(a.swept) > time.Minute { // forget addresses quiet for an hour
		a.swept = now
		for k, r := range a.byIP {
			if now.Sub(r.last) > time.Hour && !now.Before(r.until) {
				delete(a.byIP, k)
			}
		}
	}
	r := a.byIP[ip]
	if r == nil {
		r = &adminRecord{}
		a.byIP[ip] = r
	}
	r.failures, r.last = r.failures+1, now
	if n := r.failures - adminFreeFailures; n >= 0 {
		r.until = now.Add(min(time.Second<<min(n, 20), adminMaxBackoff))
	}
}

// authorizeThrottled is authorize behind the back-off of the request's
// client IP.
func (s *Server) authorizeThrottled(c *gin.Context) error {
	ip, now := c.ClientIP(), s.guard.limits.Now()
	if wait := s.guard.admin.wait(ip, now); wait > 0 {
		return &rateLimited{wait: wait, what: "too many wrong admin tokens from this address"}
	}
	err := s.authorize(c.Request)
	if err == nil || err == errUnauthorized {
		s.guard.admin.record(ip, err == nil, now)
	}
	return err
}
