package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// host is what the fetcher keeps of one site (scheme and host).
type host struct {
	mu       sync.Mutex // held for a whole fetch: one request at a time to a host
	base     string     // scheme://host
	read     bool       // robots.txt was asked for
	robots   *robotstxt.RobotsData
	robotErr error // why robots.txt could not be read; every page of the host then fails
	delay    time.Duration
	last     time.Time // when the last request to the host ended
}

// hostOf returns the host of u, made on first sight.
func (f *Fetcher) hostOf(u *url.URL) *host {
	base := u.Scheme + "://" + u.Host
	f.mu.Lock()
	defer f.mu.Unlock()
	h, ok := f.hosts[base]
	if !ok {
		h = &host{base: base, delay: f.opts.Delay}
		f.hosts[base] = h
	}
	return h
}

// allowed reads the host's robots.txt on first use and reports whether
// it lets Marsad fetch u. A robots.txt that is missing (4xx) allows
// everything; one the server fails to give (5xx after the retries)
// forbids everything, as the robots exclusion protocol (RFC 9309) asks;
// one that cannot be reached at all fails the pages of the host.
func (f *Fetcher) allowed(ctx context.Context, h *host, u *url.URL) (bool, error) {
	if !h.read {
		r, err := f.retrying(ctx, h, h.base+"/robots.txt", http.Header{})
		if err != nil && ctx.Err() != nil {
			return false, err
		}
		h.read = true
		if err != nil && r.status == 0 {
			h.robotErr = fmt.Errorf("robots.txt of %s cannot be read: %w", h.base, err)
		} else if data, perr := robotstxt.FromStatusAndBytes(r.status, r.body); perr != nil {
			h.robotErr = fmt.Errorf("robots.txt of %s cannot be parsed: %w", h.base, perr)
		} else {
			h.robots = data
			if d := data.FindGroup(f.agent).CrawlDelay; d > h.delay {
				h.delay = d
			}
		}
	}
	if h.robotErr != nil {
		return false, h.robotErr
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return h.robots.TestAgent(path, f.agent), nil
}

// pause waits until the host's delay has passed since its last request.
func (f *Fetcher) pause(ctx context.Context, h *host) error {
	if h.last.IsZero() {
		return ctx.Err()
	}
	return f.opts.Sleep(ctx, h.last.Add(h.delay).Sub(f.opts.Now()))
}
