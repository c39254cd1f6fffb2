// Package web is the HTTP side of collect: a collect.Fetcher that obeys
// robots.txt (parsed by github.com/temoto/robotstxt), waits a delay
// between two requests to one host, names Marsad and a contact in its
// User-Agent, sends the validators of the last fetch (If-None-Match,
// If-Modified-Since), retries 429 (after Retry-After) and 5xx with a
// growing backoff, and follows redirects only within a site and where
// robots.txt allows.
package web

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Options configure a Fetcher; the zero value of each field is its
// default.
type Options struct {
	// UserAgent is sent with every request; it should name Marsad and a
	// contact (DefaultUserAgent). Its first word, before "/", is the
	// agent robots.txt groups are matched against.
	UserAgent string
	// Delay is the least time between two requests to one host (default
	// DefaultDelay); a longer Crawl-delay in the host's robots.txt wins.
	Delay time.Duration
	// Timeout bounds one request, body included (default 30s).
	Timeout time.Duration
	// Retries is how many times a 429, a 5xx or a request that failed
	// on the way is tried again (default 3; negative: never).
	Retries int
	// Backoff is the wait before the first retry, doubled at each
	// following one (default 2s); a Retry-After header replaces it.
	Backoff time.Duration
	// MaxWait is the longest wait accepted from Retry-After (default
	// 5m): a site asking for more fails the page, to be fetched at a
	// later run.
	MaxWait time.Duration
	// MaxBody bounds a page's size (default 32 MiB).
	MaxBody int64
	// Client does the requests (default a client without its own
	// timeout: Timeout bounds each request through its context).
	Client *http.Client
	// Sleep waits d or until ctx ends (default a timer); tests record
	// the waits asked for instead of waiting.
	Sleep func(ctx context.Context, d time.Duration) error
	// Now is the clock (default time.Now).
	Now func() time.Time
}

// Defaults of Options.
const (
	DefaultUserAgent = "Marsad/1.0 (labour-market observatory; +https://github.com/marsad/marsad)"
	DefaultDelay     = 2 * time.Second
	DefaultTimeout   = 30 * time.Second
	DefaultRetries   = 3
	DefaultBackoff   = 2 * time.Second
	DefaultMaxWait   = 5 * time.Minute
	DefaultMaxBody   = 32 << 20
)

// UserAgent returns the User-Agent naming Marsad, its version and the
// operator's contact (an address or an e-mail); an empty contact gives
// DefaultUserAgent.
func UserAgent(version, contact string) string {
	if contact = strings.TrimSpace(contact); contact == "" {
		return DefaultUserAgent
	}
	if version == "" {
		version = "1.0"
	}
	return "Marsad/" + version + " (labour-market observatory; +" + contact + ")"
}

// Fetcher is a polite collect.Fetcher. It keeps each host's robots.txt
// and the time of its last request for its life: make one per run.
type Fetcher struct {
	opts  Options
	agent string // the robots.txt agent: the User-Agent's first word

	mu    sync.Mutex
	hosts map[string]*host
}

// New returns a Fetcher with the options' defaults filled in.
func New(opts Options) *Fetcher {
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	if opts.Delay == 0 {
		opts.Delay = DefaultDelay
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.Retries == 0 {
		opts.Retries = DefaultRetries
	}
	if opts.Backoff <= 0 {
		opts.Backoff = DefaultBackoff
	}
	if opts.MaxWait <= 0 {
		opts.MaxWait = DefaultMaxWait
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.Client == nil {
		opts.Client = &http.Client{}
	}
	if opts.Sleep == nil {
		opts.Sleep = sleep
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	agent, _, _ := strings.Cut(opts.UserAgent, "/")
	return &Fetcher{opts: opts, agent: strings.TrimSpace(agent), hosts: map[string]*host{}}
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
