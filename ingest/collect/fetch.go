package collect

import (
	"context"
	"errors"
	"time"
)

// Errors a Fetcher returns, wrapped with the address.
var (
	// ErrForbidden: the site's robots.txt forbids the address to Marsad.
	// The page is reported as skipped, not failed.
	ErrForbidden = errors.New("robots.txt forbids it")
	// ErrStatus: the site answered an error status (after the retries
	// 429 and 5xx get); the page is reported as failed.
	ErrStatus = errors.New("the site answered an error")
)

// Request is one page the collector asks for; ETag and LastModified are
// the validators of its last successful fetch ("" when none), sent as
// If-None-Match and If-Modified-Since.
type Request struct {
	URL          string
	ETag         string
	LastModified string
}

// Response is a page as fetched. NotModified is true when the site
// answered 304 to the validators of the request; Body is then empty.
type Response struct {
	URL          string // the address asked for
	NotModified  bool
	Body         []byte
	ContentType  string
	ETag         string
	LastModified string
	At           time.Time // when the answer came
}

// Fetcher fetches pages politely (robots.txt, a delay per host, retries
// of 429 and 5xx). Fetch returns an error wrapping ErrForbidden when
// robots.txt forbids the address, ErrStatus for an error status, the
// context's error when ctx ends first, or another error when the site
// cannot be reached; implementations are safe for concurrent use.
type Fetcher interface {
	Fetch(ctx context.Context, req Request) (Response, error)
}

// FetchFunc is a Fetcher as a function.
type FetchFunc func(ctx context.Context, req Request) (Response, error)

// Fetch calls f.
func (f FetchFunc) Fetch(ctx context.Context, req Request) (Response, error) { return f(ctx, req) }
