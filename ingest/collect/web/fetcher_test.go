package web_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad/ingest/collect"
	"github.com/marsad/marsad/ingest/collect/web"
)

// recorder records the waits a fetcher asks for instead of waiting.
type recorder struct {
	mu    sync.Mutex
	waits []time.Duration
}

func (r *recorder) sleep(ctx context.Context, d time.Duration) error {
	r.mu.Lock()
	r.waits = append(r.waits, d)
	r.mu.Unlock()
	return ctx.Err()
}

// site serves robots and pages by path, counting the requests.
func site(t *testing.T, robots string, robotsStatus int, handler http.HandlerFunc) (*httptest.Server, *sync.Map) {
	t.Helper()
	hits := &sync.Map{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n, _ := hits.LoadOrStore(r.URL.Path, new(int))
		*n.(*int)++
		if r.URL.Path == "/robots.txt" {
			w.WriteHeader(robotsStatus)
			w.Write([]byte(robots))
			return
		}
		handler(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, hits
}

func hitsOf(m *sync.Map, path string) int {
	n, ok := m.Load(path)
	if !ok {
		return 0
	}
	return *n.(*int)
}

func fetcher(rec *recorder, opts web.Options) *web.Fetcher {
	opts.Sleep = rec.sleep
	if opts.Backoff == 0 {
		opts.Backoff = time.Millisecond
	}
	return web.New(opts)
}

func ok(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("<html></html>")) }

func TestRobotsTxt(t *testing.T) {
	for _, c := range []struct {
		name, robots string
		status       int
		path         string
		allowed      bool
	}{
		{"a path forbidden to all", "User-agent: *\nDisallow: /prive/\n", 200, "/prive/offre-1234", false},
		{"another path", "User-agent: *\nDisallow: /prive/\n", 200, "/offre-1234", true},
		{"forbidden to Marsad by name", "User-agent: Marsad\nDisallow: /\n\nUser-agent: *\nAllow: /\n", 200, "/offre-1234", false},
		{"a query forbidden", "User-agent: *\nDisallow: /*?sort=\n", 200, "/offres?sort=date", false},
		{"no robots.txt (404)", "", 404, "/offre-1234", true},
		{"robots.txt failing (503)", "", 503, "/offre-1234", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv, hits := site(t, c.robots, c.status, ok)
			_, err := fetcher(&recorder{}, web.Options{Retries: 1}).Fetch(context.Background(), collect.Request{URL: srv.URL + c.path})
			if allowed := !errors.Is(err, collect.ErrForbidden); allowed != c.allowed || (c.allowed && err != nil) {
				t.Fatalf("fetch %s: %v; want allowed %v", c.path, err, c.allowed)
			}
			if !c.allowed && hitsOf(hits, strings.SplitN(c.path, "?", 2)[0]) != 0 {
				t.Errorf("a forbidden page was asked for")
			}
		})
	}
}

// Two requests to one host are a delay apart, the longer of the option
// and robots.txt's Crawl-delay.
func TestDelayPerHost(t *testing.T) {
	for _, c := range []struct {
		robots   string
		min, max time.Duration
	}{
		{"User-agent: *\nAllow: /\n", 500 * time.Millisecond, time.Second},
		{"User-agent: *\nCrawl-delay: 5\n", 4 * time.Second, 5 * time.Second},
	} {
		srv, _ := site(t, c.robots, 200, ok)
		rec := &recorder{}
		f := fetcher(rec, web.Options{Delay: time.Second})
		for _, p := range []string{"/a", "/b"} {
			if _, err := f.Fetch(context.Background(), collect.Request{URL: srv.URL + p}); err != nil {
				t.Fatal(err)
			}
		}
		// robots.txt, /a, /b: a wait before each request after the first
		if len(rec.waits) != 2 || rec.waits[1] < c.min || rec.waits[1] > c.max {
			t.Errorf("robots %q: waits %v; want 2, the last between %s and %s", c.robots, rec.waits, c.min, c.max)
		}
	}
}

// A 429 is tried again after its Retry-After, a 5xx after a backoff that
// doubles; a Retry-After beyond MaxWait fails the page at once; a 404 is
// not tried again.
func TestRetries(t *testing.T) {
	var mu sync.Mutex
	left := map[string]int{"/busy": 1, "/down": 2}
	srv, hits := site(t, "", 404, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		n := left[r.URL.Path]
		left[r.URL.Path]--
		mu.Unlock()
		switch {
		case r.URL.Path == "/busy" && n > 0:
			w.Header().Set("Retry-After", "7")
			w.WriteHeader(http.StatusTooManyRequests)
		case r.URL.Path == "/down" && n > 0:
			w.WriteHeader(http.StatusBadGateway)
		case r.URL.Path == "/closed":
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(http.StatusTooManyRequests)
		case r.URL.Path == "/gone":
			http.NotFound(w, r)
		default:
			ok(w, r)
		}
	})
	rec := &recorder{}
	f := fetcher(rec, web.Options{Delay: -1, Backoff: time.Second, MaxWait: time.Minute})
	get := func(p string) error {
		_, err := f.Fetch(context.Background(), collect.Request{URL: srv.URL + p})
		return err
	}
	if err := get("/busy"); err != nil || hitsOf(hits, "/busy") != 2 || !contains(rec.waits, 7*time.Second) {
		t.Errorf("429 then 200: %v, %d tries, waits %v; want 2 tries and a wait of 7s", err, hitsOf(hits, "/busy"), rec.waits)
	}
	if err := get("/down"); err != nil || hitsOf(hits, "/down") != 3 || !contains(rec.waits, time.Second) || !contains(rec.waits, 2*time.Second) {
		t.Errorf("502 twice then 200: %v, %d tries, waits %v; want 3 tries after 1s and 2s", err, hitsOf(hits, "/down"), rec.waits)
	}
	if err := get("/closed"); !errors.Is(err, collect.ErrStatus) || !strings.Contains(err.Error(), "come back in 1h0m0s") || hitsOf(hits, "/closed") != 1 {
		t.Errorf("Retry-After of an hour: %v after %d tries; want a failure at once saying so", err, hitsOf(hits, "/closed"))
	}
	if err := get("/gone"); !errors.Is(err, collect.ErrStatus) || hitsOf(hits, "/gone") != 1 {
		t.Errorf("404: %v after %d tries; want ErrStatus after 1", err, hitsOf(hits, "/gone"))
	}
}

func contains(ds []time.Duration, d time.Duration) bool {
	for _, x := range ds {
		if x == d {
			return true
		}
	}
	return false
}

// The validators of the last fetch are sent; a 304 keeps them; the
// User-Agent names Marsad and the contact.
func TestConditionalRequestAndUserAgent(t *testing.T) {
	const lastMod = "Fri, 06 Nov 2026 08:00:00 GMT"
	var agent string
	srv, _ := site(t, "", 404, func(w http.ResponseWriter, r *http.Request) {
		agent = r.UserAgent()
		if r.Header.Get("If-None-Match") == `"v1"` || r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", lastMod)
		ok(w, r)
	})
	f := fetcher(&recorder{}, web.Options{UserAgent: web.UserAgent("1.2", "mailto:data@observatoire.example.ma")})
	first, err := f.Fetch(context.Background(), collect.Request{URL: srv.URL + "/offre-1234"})
	if err != nil || first.NotModified || first.ETag != `"v1"` || first.LastModified != lastMod || len(first.Body) == 0 {
		t.Fatalf("first fetch: %+v, %v", first, err)
	}
	again, err := f.Fetch(context.Background(), collect.Request{URL: srv.URL + "/offre-1234", ETag: first.ETag, LastModified: first.LastModified})
	if err != nil || !again.NotModified || again.ETag != `"v1"` || len(again.Body) != 0 {
		t.Errorf("fetch with validators: %+v, %v; want 304 keeping them", again, err)
	}
	if agent != "Marsad/1.2 (labour-market observatory; +mailto:data@observatoire.example.ma)" {
		t.Errorf("User-Agent %q", agent)
	}
}

// A page slower than the timeout fails with the deadline, and the run's
// context ending stops the fetch.
func TestSlowPage(t *testing.T) {
	srv, _ := site(t, "", 404, func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	_, err := fetcher(&recorder{}, web.Options{Timeout: 50 * time.Millisecond, Retries: -1}).Fetch(context.Background(), collect.Request{URL: srv.URL + "/slow"})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("slow page: %v, want the deadline", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := fetcher(&recorder{}, web.Options{}).Fetch(ctx, collect.Request{URL: srv.URL + "/slow"}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled run: %v, want context.Canceled", err)
	}
}

// A redirect within the site is followed unless robots.txt forbids its
// target; a redirect to another site fails the page.
func TestRedirects(t *testing.T) {
	srv, hits := site(t, "User-agent: *\nDisallow: /prive/\n", 200, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ancienne-offre-1234":
			http.Redirect(w, r, "/offre-1234", http.StatusMovedPermanently)
		case "/vers-prive":
			http.Redirect(w, r, "/prive/offre-1", http.StatusFound)
		case "/ailleurs":
			http.Redirect(w, r, "http://jobs.example.invalid/offre-1", http.StatusFound)
		default:
			ok(w, r)
		}
	})
	f := fetcher(&recorder{}, web.Options{Delay: -1})
	get := func(p string) error {
		_, err := f.Fetch(context.Background(), collect.Request{URL: srv.URL + p})
		return err
	}
	if err := get("/ancienne-offre-1234"); err != nil || hitsOf(hits, "/offre-1234") != 1 {
		t.Errorf("redirect within the site: %v", err)
	}
	if err := get("/vers-prive"); !errors.Is(err, collect.ErrForbidden) || hitsOf(hits, "/prive/offre-1") != 0 || hitsOf(hits, "/vers-prive") != 1 {
		t.Errorf("redirect to a forbidden path: %v, want ErrForbidden and no request", err)
	}
	if err := get("/ailleurs"); err == nil || !strings.Contains(err.Error(), "another site") || hitsOf(hits, "/ailleurs") != 1 {
		t.Errorf("redirect to another site: %v", err)
	}
}

// A gzip file (sitemap.xml.gz) comes unpacked.
func TestGzipFile(t *testing.T) {
	var packed bytes.Buffer
	zw := gzip.NewWriter(&packed)
	zw.Write([]byte(`<?xml version="1.0"?><urlset></urlset>`))
	zw.Close()
	srv, _ := site(t, "", 404, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-gzip")
		w.Write(packed.Bytes())
	})
	resp, err := fetcher(&recorder{}, web.Options{}).Fetch(context.Background(), collect.Request{URL: srv.URL + "/sitemap.xml.gz"})
	if err != nil || !strings.HasPrefix(string(resp.Body), "<?xml") {
		t.Errorf("gzip sitemap: %q, %v", resp.Body, err)
	}
}
