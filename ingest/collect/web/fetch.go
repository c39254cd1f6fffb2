package web

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/marsad/marsad/ingest/collect"
)

// Fetch fetches req.URL: see collect.Fetcher. Requests to one host wait
// for each other and for the host's delay.
func (f *Fetcher) Fetch(ctx context.Context, req collect.Request) (collect.Response, error) {
	u, err := url.Parse(req.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return collect.Response{}, fmt.Errorf("%q is not an http(s) address", req.URL)
	}
	h := f.hostOf(u)
	h.mu.Lock()
	defer h.mu.Unlock()
	ok, err := f.allowed(ctx, h, u)
	if err != nil {
		return collect.Response{}, err
	}
	if !ok {
		return collect.Response{}, fmt.Errorf("%s: %w", req.URL, collect.ErrForbidden)
	}
	hdr := http.Header{}
	if req.ETag != "" {
		hdr.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hdr.Set("If-Modified-Since", req.LastModified)
	}
	r, err := f.retrying(ctx, h, req.URL, hdr)
	if err != nil {
		return collect.Response{}, err
	}
	resp := collect.Response{URL: req.URL, At: r.at, ContentType: r.header.Get("Content-Type"),
		ETag: r.header.Get("ETag"), LastModified: r.header.Get("Last-Modified")}
	if r.status == http.StatusNotModified {
		resp.NotModified, resp.ETag, resp.LastModified = true, req.ETag, req.LastModified
		return resp, nil
	}
	if r.status < 200 || r.status > 299 {
		return collect.Response{}, fmt.Errorf("%s: %w: HTTP %d %s", req.URL, collect.ErrStatus, r.status, http.StatusText(r.status))
	}
	resp.Body = r.body
	return resp, nil
}

// answer is one HTTP answer read whole.
type answer struct {
	status int
	header http.Header
	body   []byte
	at     time.Time
}

// retrying GETs address, trying again after a 429, a 5xx or a request
// failed on the way, up to Options.Retries times. It returns the last
// answer (a 429 or 5xx when the retries ran out, with an error wrapping
// collect.ErrStatus), or the error of a request that never got one.
func (f *Fetcher) retrying(ctx context.Context, h *host, address string, hdr http.Header) (answer, error) {
	for attempt := 0; ; attempt++ {
		if err := f.pause(ctx, h); err != nil {
			return answer{}, err
		}
		a, err := f.once(ctx, h, address, hdr)
		h.last = f.opts.Now()
		if err != nil && ctx.Err() != nil {
			return answer{}, ctx.Err()
		}
		wait := f.opts.Backoff << attempt
		switch {
		case errors.Is(err, errTooLarge):
			return answer{}, fmt.Errorf("%s: %w: more than %d MiB", address, err, f.opts.MaxBody>>20)
		case errors.Is(err, collect.ErrForbidden) || errors.Is(err, errRedirect):
			return answer{}, err // trying again gets the same redirect
		case err != nil:
			err = fmt.Errorf("%s: %w", address, err)
		case a.status == http.StatusTooManyRequests || a.status >= 500:
			err = fmt.Errorf("%s: %w: HTTP %d %s", address, collect.ErrStatus, a.status, http.StatusText(a.status))
			if d, ok := retryAfter(a.header.Get("Retry-After"), a.at); ok {
				wait = d
			}
		default:
			return a, nil
		}
		if attempt >= f.opts.Retries {
			return a, fmt.Errorf("%w (after %d tries)", err, attempt+1)
		}
		if wait > f.opts.MaxWait {
			return a, fmt.Errorf("%w: the site asks to come back in %s, more than the %s accepted", err, wait, f.opts.MaxWait)
		}
		if err := f.opts.Sleep(ctx, wait); err != nil {
			return answer{}, err
		}
	}
}

// once does one GET to h, bounded by Options.Timeout, and reads the body.
func (f *Fetcher) once(ctx context.Context, h *host, address string, hdr http.Header) (answer, error) {
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, address, nil)
	if err != nil {
		return answer{}, err
	}
	req.Header = hdr.Clone()
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.8,text/csv;q=0.8,*/*;q=0.5")
	client := *f.opts.Client
	client.CheckRedirect = f.redirects(h)
	res, err := client.Do(req)
	if err != nil {
		return answer{}, err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(io.LimitReader(res.Body, f.opts.MaxBody+1))
	if err != nil {
		return answer{}, err
	}
	if int64(len(body)) > f.opts.MaxBody {
		return answer{}, errTooLarge
	}
	if body, err = gunzip(body, f.opts.MaxBody); err != nil {
		return answer{}, err
	}
	return answer{status: res.StatusCode, header: res.Header, body: body, at: f.opts.Now()}, nil
}

// errTooLarge: a page larger than Options.MaxBody is not tried again.
var errTooLarge = errors.New("the page is larger than accepted")

// retryAfter reads a Retry-After header: seconds, or an HTTP date
// counted from now.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	if v == "" {
		return 0, false
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// errRedirect: a redirect that is not followed; the page is not tried
// again.
var errRedirect = errors.New("redirected")

// maxRedirects bounds the redirects followed, as net/http does.
const maxRedirects = 10

// redirects follows a redirect within the host name of h (http to https
// included) when h's robots.txt allows the new address; a redirect to
// another site fails the page (that site's robots.txt is not read: it
// can be added as a source of its own).
func (f *Fetcher) redirects(h *host) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		if len(via) >= maxRedirects {
			return fmt.Errorf("%w: more than %d", errRedirect, maxRedirects)
		}
		if req.URL.Hostname() != via[0].URL.Hostname() {
			return fmt.Errorf("%w to another site, %s", errRedirect, req.URL.Host)
		}
		if h.robots != nil && !h.robots.TestAgent(req.URL.RequestURI(), f.agent) {
			return fmt.Errorf("redirected to %s: %w", req.URL, collect.ErrForbidden)
		}
		return nil
	}
}

// gunzip unpacks a body that is a gzip file (sitemap.xml.gz, an export
// .csv.gz), which the transport leaves packed since it is the content
// and not a Content-Encoding; other bodies are returned as they are.
func gunzip(body []byte, limit int64) ([]byte, error) {
	if !bytes.HasPrefix(body, []byte{0x1f, 0x8b}) {
		return body, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("a gzip file that cannot be read: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, limit+1))
	if err != nil {
		return nil, fmt.Errorf("a gzip file that cannot be read: %w", err)
	}
	if int64(len(out)) > limit {
		return nil, errTooLarge
	}
	return out, nil
}
