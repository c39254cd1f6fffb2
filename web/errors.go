package web

import (
	"context"
	"errors"
	"net"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/tools"
)

// Errors raised by the web package itself.
var (
	// ErrBadRequest is wrapped by every error about a request that could
	// not be decoded (invalid JSON, wrong frame type, no user message).
	ErrBadRequest = errors.New("invalid request")

	errUnauthorized   = errors.New("missing or wrong admin token")
	errIngestDisabled = errors.New("ingestion over HTTP is disabled")
	errBusy           = errors.New("too many requests pending on this connection")
	errUploadTooLarge = errors.New("upload too large")
	errSlowClient     = errors.New("client too slow: a write did not complete in time")
	errPeerGone       = errors.New("websocket closed by the client")
	errBodyTimeout    = errors.New("request body not received in time")
	errRateLimited    = errors.New("rate limited")
	errTooManySockets = errors.New("too many open websockets")
	errUnknownHost    = errors.New("this server does not answer to the name given in the Host header")
	errNotJSON        = errors.New("unsupported media type")
)

// failure is how an error is told to a client.
type failure struct {
	status int    // HTTP status; for a websocket, only its class matters
	code   string // stable machine-readable code
	// message is safe to show to a user; "" means use err.Error() (the
	// error is about the client's own input).
	message string
	// silent means the client is gone: write nothing.
	silent bool
}

// failures is the one table from error to HTTP status and websocket error
// event, searched in order with errors.Is. An error matching no row is an
// internal error: 500 with a generic message, its detail only in the log.
var failures = []struct {
	err error
	f   failure
}{
	// First: a turn past its deadline may also wrap what its planner or
	// store made of the deadline.
	{assistant.ErrTurnTimeout, failure{status: http.StatusGatewayTimeout, code: "turn_timeout",
		message: "La réponse a pris trop de temps, réessayez. — استغرق الجواب وقتا طويلا، أعد المحاولة."}},
	{context.Canceled, failure{silent: true, status: 499, code: "client_gone"}},
	{errPeerGone, failure{silent: true, status: 499, code: "client_gone"}},
	{errSlowClient, failure{silent: true, status: 499, code: "slow_client"}},
	{errShuttingDown, failure{silent: true, status: http.StatusServiceUnavailable, code: "shutting_down"}},
	// A store whose server is gone (PostgreSQL stopped): the request was
	// right and may succeed later; a proxy may try another replica.
	{tools.ErrUnavailable, failure{status: http.StatusServiceUnavailable, code: "unavailable",
		message: "Service momentanément indisponible, réessayez dans un instant. — الخدمة غير متاحة مؤقتا، أعد المحاولة بعد قليل."}},
	{assistant.ErrEmptyMessage, failure{status: http.StatusBadRequest, code: "empty_message",
		message: "Le message est vide. — الرسالة فارغة."}},
	{assistant.ErrTooLong, failure{status: http.StatusRequestEntityTooLarge, code: "message_too_long",
		message: "Le message est trop long. — الرسالة طويلة جدا."}},
	{assistant.ErrBadSession, failure{status: http.StatusBadRequest, code: "bad_session_id"}},
	{assistant.ErrNoSession, failure{status: http.StatusNotFound, code: "no_session"}},
	{assistant.ErrBadFeedback, failure{status: http.StatusBadRequest, code: "bad_feedback"}},
	{errNoConversations, failure{status: http.StatusServiceUnavailable, code: "no_conversations"}},
	{errUploadTooLarge, failure{status: http.StatusRequestEntityTooLarge, code: "upload_too_large"}},
	{errBodyTimeout, failure{status: http.StatusRequestTimeout, code: "request_timeout"}},
	{ErrBadRequest, failure{status: http.StatusBadRequest, code: "bad_request"}},
	{errBusy, failure{status: http.StatusTooManyRequests, code: "busy",
		message: "Trop de questions en attente, patientez. — أسئلة كثيرة في الانتظار، المرجو الانتظار."}},
	{errRateLimited, failure{status: http.StatusTooManyRequests, code: "rate_limited"}},
	{errTooManySockets, failure{status: http.StatusTooManyRequests, code: "too_many_sockets",
		message: "Trop de connexions ouvertes, réessayez plus tard. — اتصالات مفتوحة كثيرة، أعد المحاولة لاحقا."}},
	{errUnknownHost, failure{status: http.StatusMisdirectedRequest, code: "unknown_host"}},
	{errNotJSON, failure{status: http.StatusUnsupportedMediaType, code: "unsupported_media_type"}},
	{errUnauthorized, failure{status: http.StatusUnauthorized, code: "unauthorized"}},
	{errIngestDisabled, failure{status: http.StatusServiceUnavailable, code: "ingest_disabled"}},
	{ingest.ErrNoJob, failure{status: http.StatusNotFound, code: "no_job"}},
	{tools.ErrBadData, failure{status: http.StatusUnprocessableEntity, code: "bad_data"}},
}

var internalFailure = failure{status: http.StatusInternalServerError, code: "internal",
	message: "Une erreur interne est survenue. — حدث خطأ داخلي."}

// classify returns how err is told to a client, with the message filled in.
func classify(err error) failure {
	for _, row := range failures {
		if errors.Is(err, row.err) {
			f := row.f
			if f.message == "" {
				f.message = err.Error()
			}
			return f
		}
	}
	return internalFailure
}

// fail answers err as JSON {"error": message, "code": code} with its
// status.
func (s *Server) fail(c *gin.Context, err error, userMessage string) {
	if f, ok := s.prepareFailure(c, err, userMessage); ok {
		c.AbortWithStatusJSON(f.status, gin.H{"error": f.message, "code": f.code})
	}
}

// prepareFailure attaches err to the request's log line (the one place
// the detail of a 500 is logged) and returns how to tell it, or false when
// the client is gone and nothing should be written. userMessage, when set
// (the error event the Chatter emitted in the user's language), replaces
// the table's message.
func (s *Server) prepareFailure(c *gin.Context, err error, userMessage string) (failure, bool) {
	_ = c.Error(err)
	f := classify(err)
	s.obs.Failure(f.code)
	if f.silent {
		if !c.Writer.Written() {
			c.Status(f.status) // for the log line only
		}
		c.Abort()
		return f, false
	}
	if userMessage != "" {
		f.message = userMessage
	}
	if f.status == http.StatusUnauthorized {
		c.Header("WWW-Authenticate", `Bearer realm="marsad"`)
	}
	setRetryAfter(c, err)
	return f, true
}

// isTimeout reports whether err is a network timeout: a read or write
// past its deadline.
func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// errorEvent is the websocket event telling err to the client, and false
// when nothing should be sent because the client is gone.
func errorEvent(err error) (assistant.Event, bool) {
	f := classify(err)
	return assistant.Event{Type: assistant.EventError, Message: f.message}, !f.silent
}
