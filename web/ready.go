package web

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
)

// Check is one dependency GET /readyz asks about: Probe returns nil when
// Name (postgres, qdrant, llm, embedder) answers. Probe is given a context
// that ends after readyTimeout and must return soon after it ends.
type Check struct {
	Name  string
	Probe func(ctx context.Context) error
}

const (
	// readyTimeout bounds one probe: a dependency slower than this is
	// not ready to serve a turn either, and a load balancer asking
	// /readyz must not wait on a hung one.
	readyTimeout = 2 * time.Second
	// readyTTL is how long a round of probes is reused: however often
	// /readyz is asked, each dependency is probed at most once per
	// readyTTL, so the route cannot be used to hammer them.
	readyTTL = 5 * time.Second
	// maxProbeError bounds the error text of a probe in the answer.
	maxProbeError = 300
)

// CheckResult is the state of one dependency in the answer of /readyz.
type CheckResult struct {
	Status string `json:"status"` // "up" or "down"
	Error  string `json:"error,omitempty"`
	TookMS int64  `json:"took_ms"`
}

// Readiness is the answer of /readyz: Status "ready" (200) when every
// check is up, else "not ready" (503) with Down naming the checks down,
// sorted.
type Readiness struct {
	Status  string                 `json:"status"`
	Down    []string               `json:"down,omitempty"`
	Checks  map[string]CheckResult `json:"checks"`
	Checked time.Time              `json:"checked"`
}

// readiness keeps the last round of probes and when it ran. Its mutex is
// held while a round runs, so requests arriving meanwhile wait for that
// round instead of starting their own.
type readiness struct {
	mu      sync.Mutex
	timeout time.Duration // readyTimeout; tests shorten it
	last    Readiness
	at      time.Time
}

// handleReady answers GET /readyz with Readiness: 200 when ready, 503
// naming what is down.
func (s *Server) handleReady(c *gin.Context) {
	r := s.ready.get(c.Request.Context(), s.cfg.Checks)
	status := http.StatusOK
	if len(r.Down) > 0 {
		status = http.StatusServiceUnavailable
	}
	c.JSON(status, r)
}

// get returns the last round of probes if it is younger than readyTTL,
// else runs a new one, every check at once.
func (rd *readiness) get(ctx context.Context, checks []Check) Readiness {
	rd.mu.Lock()
	defer rd.mu.Unlock()
	if !rd.at.IsZero() && time.Since(rd.at) < readyTTL {
		return rd.last
	}
	results := make([]CheckResult, len(checks))
	var wg sync.WaitGroup
	for i, ch := range checks {
		wg.Go(func() { results[i] = probe(context.WithoutCancel(ctx), ch, rd.timeout) })
	}
	wg.Wait()
	r := Readiness{Status: "ready", Checks: make(map[string]CheckResult, len(checks)), Checked: time.Now().UTC()}
	for i, ch := range checks {
		r.Checks[ch.Name] = results[i]
		if results[i].Status != "up" {
			r.Down = append(r.Down, ch.Name)
		}
	}
	if len(r.Down) > 0 {
		r.Status = "not ready"
		sort.Strings(r.Down)
	}
	rd.last, rd.at = r, time.Now()
	return r
}

// probe runs one check within timeout. The round is not cut short by the
// client that asked going away (context.WithoutCancel): its result
// serves the next requests.
func probe(ctx context.Context, ch Check, timeout time.Duration) CheckResult {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	start := time.Now()
	err := ch.Probe(ctx)
	if err == nil && ctx.Err() != nil {
		err = ctx.Err()
	}
	res := CheckResult{Status: "up", TookMS: time.Since(start).Milliseconds()}
	if err != nil {
		msg := err.Error()
		if len(msg) > maxProbeError {
			msg = msg[:maxProbeError] + "…"
		}
		res.Status, res.Error = "down", msg
	}
	return res
}

// HTTPCheck is a Check that GETs url with header and counts the
// dependency up when it answers 2xx: the cheap request of an HTTP API
// (GET /v1/models of an OpenAI-compatible server, /api/version of
// Ollama). client may be nil for http.DefaultClient; the probe's
// deadline bounds the request.
func HTTPCheck(name, url string, header http.Header, client *http.Client) Check {
	if client == nil {
		client = http.DefaultClient
	}
	return Check{Name: name, Probe: func(ctx context.Context) error {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return err
		}
		for k, vs := range header {
			req.Header[k] = vs
		}
		resp, err := client.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
		if resp.StatusCode/100 != 2 {
			return fmt.Errorf("GET %s: %s", req.URL.Redacted(), resp.Status)
		}
		return nil
	}}
}
