// Package metrics is Marsad's Prometheus edge: a Registry holding every
// series Marsad exports, the web.Observer of the server, and the hooks
// that cmd hands to the domain packages (tools.Kit, retrieval.Index, the
// LLM planner, the ingestion), which import nothing of Prometheus. Every
// label is bounded: route templates, tool names of the kit, error codes,
// outcomes from fixed lists; never a raw path or user text.
package metrics

import (
	"errors"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/tools"
)

// ingestKinds are the kinds of the ingestion series' label.
var ingestKinds = []string{ingest.KindIndicators, ingest.KindAds, ingest.KindProfiles, ingest.KindNotes}

// namespace prefixes every series.
const namespace = "marsad"

// Buckets of the latency histograms, in seconds: from a cached answer
// (about a millisecond) to a turn timeout (30 s by default).
var (
	fastBuckets = []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5}
	slowBuckets = []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 20, 30, 60}
)

// Registry holds Marsad's series and the Go runtime's and process's.
// Build it with New; it is safe for concurrent use.
type Registry struct {
	reg *prometheus.Registry

	httpDuration *prometheus.HistogramVec
	sockets      prometheus.Gauge
	frames       *prometheus.CounterVec
	turnDuration *prometheus.HistogramVec
	sessions     prometheus.Counter
	failures     *prometheus.CounterVec
	toolDuration *prometheus.HistogramVec
	retrieval    *prometheus.HistogramVec
	llmDuration  *prometheus.HistogramVec
	llmTokens    *prometheus.CounterVec
	llmPrompt    *prometheus.CounterVec
	ingestRecs   *prometheus.CounterVec
	ingestFiles  *prometheus.CounterVec
}

// New returns a Registry with every series registered.
func New() *Registry {
	r := &Registry{reg: prometheus.NewRegistry()}
	r.httpDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: namespace,
		Name: "http_request_duration_seconds", Help: "HTTP requests by route template, method and status; a websocket counts when it closes (status 101).",
		Buckets: fastBuckets}, []string{"route", "method", "status"})
	r.sockets = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace,
		Name: "websocket_sessions", Help: "Websockets open."})
	r.frames = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace,
		Name: "websocket_frames_total", Help: "Websocket data frames received (in) and sent (out)."}, []string{"direction"})
	r.turnDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: namespace,
		Name: "turn_duration_seconds", Help: "Chat turns by outcome (ok or the error code), every route.",
		Buckets: slowBuckets}, []string{"outcome"})
	r.sessions = prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace,
		Name: "sessions_started_total", Help: "Conversations started (a turn asked without a session id)."})
	r.failures = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace,
		Name: "errors_total", Help: "Errors told to clients, by kind (the code of the error answer)."}, []string{"kind"})
	r.toolDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: namespace,
		Name: "tool_call_duration_seconds", Help: "Tool calls by tool and outcome (ok, bad_args, error).",
		Buckets: fastBuckets}, []string{"tool", "outcome"})
	r.retrieval = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: namespace,
		Name: "retrieval_duration_seconds", Help: "Hybrid document searches by outcome (ok, error).",
		Buckets: fastBuckets}, []string{"outcome"})
	r.llmDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: namespace,
		Name: "llm_call_duration_seconds", Help: "Calls to the LLM server by outcome (ok, error).",
		Buckets: slowBuckets}, []string{"outcome"})
	r.llmTokens = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace,
		Name: "llm_tokens_total", Help: "Tokens the LLM server reported, by kind (prompt, completion)."}, []string{"kind"})
	r.llmPrompt = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace,
		Name: "llm_prompt_total", Help: "What the prompt budget did: tokens Marsad counted in the prompts sent (tokens), past messages left out (dropped_messages), tool results cut (cut_results)."},
		[]string{"what"})
	r.ingestRecs = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace,
		Name: "ingest_records_total", Help: "Records ingested by kind (ads, profiles, notes, indicators) and outcome (loaded, duplicate, quarantined)."},
		[]string{"kind", "outcome"})
	r.ingestFiles = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace,
		Name: "ingest_files_total", Help: "Files ingested by kind and outcome (accepted, refused)."}, []string{"kind", "outcome"})
	r.reg.MustRegister(r.httpDuration, r.sockets, r.frames, r.turnDuration, r.sessions, r.failures,
		r.toolDuration, r.retrieval, r.llmDuration, r.llmTokens, r.llmPrompt, r.ingestRecs, r.ingestFiles,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return r
}

// Handler serves the series in Prometheus' text format (or
// OpenMetrics when the scraper asks for it).
func (r *Registry) Handler() http.Handler {
	return promhttp.HandlerFor(r.reg, promhttp.HandlerOpts{Registry: r.reg})
}

// Request implements web.Observer. A request that matched no route has
// the route "unmatched".
func (r *Registry) Request(route, method string, status int, took time.Duration) {
	if route == "" {
		route = "unmatched"
	}
	r.httpDuration.WithLabelValues(route, method, strconv.Itoa(status)).Observe(took.Seconds())
}

// Socket implements web.Observer.
func (r *Registry) Socket(open bool) {
	if open {
		r.sockets.Inc()
	} else {
		r.sockets.Dec()
	}
}

// Frame implements web.Observer.
func (r *Registry) Frame(direction string) { r.frames.WithLabelValues(direction).Inc() }

// Turn implements web.Observer.
func (r *Registry) Turn(outcome string, took time.Duration, newSession bool) {
	r.turnDuration.WithLabelValues(outcome).Observe(took.Seconds())
	if newSession && outcome == "ok" {
		r.sessions.Inc()
	}
}

// Failure implements web.Observer.
func (r *Registry) Failure(code string) { r.failures.WithLabelValues(code).Inc() }

// ToolCall is the tools.CallObserver of the kit: tool "" (a name the kit
// does not have) is counted as "unknown".
func (r *Registry) ToolCall(tool string, took time.Duration, err error) {
	if tool == "" {
		tool = "unknown"
	}
	outcome := "ok"
	switch {
	case errors.Is(err, tools.ErrBadArgs):
		outcome = "bad_args"
	case err != nil:
		outcome = "error"
	}
	r.toolDuration.WithLabelValues(tool, outcome).Observe(took.Seconds())
}

// Search is the retrieval.Index's search observer.
func (r *Registry) Search(took time.Duration, err error) {
	r.retrieval.WithLabelValues(outcome(err)).Observe(took.Seconds())
}

// LLMPrompt counts what the prompt budget did to one request: the tokens
// it counted, the past messages it left out, the tool results it cut.
func (r *Registry) LLMPrompt(tokens, droppedMessages, cutResults int) {
	r.llmPrompt.WithLabelValues("tokens").Add(float64(tokens))
	r.llmPrompt.WithLabelValues("dropped_messages").Add(float64(droppedMessages))
	r.llmPrompt.WithLabelValues("cut_results").Add(float64(cutResults))
}

// LLMCall counts one call to the LLM server and the tokens it reported.
func (r *Registry) LLMCall(took time.Duration, promptTokens, completionTokens int, err error) {
	r.llmDuration.WithLabelValues(outcome(err)).Observe(took.Seconds())
	if promptTokens > 0 {
		r.llmTokens.WithLabelValues("prompt").Add(float64(promptTokens))
	}
	if completionTokens > 0 {
		r.llmTokens.WithLabelValues("completion").Add(float64(completionTokens))
	}
}

// Ingested counts one file of kind: refused (err is set, nothing
// counted of its records) or accepted with its records loaded,
// duplicate and quarantined. A kind that is not one of ingest's (empty
// when the file was refused before its kind was told, or a client's
// misspelling) is counted as "unknown".
func (r *Registry) Ingested(kind string, loaded, duplicates, quarantined int, err error) {
	if !slices.Contains(ingestKinds, kind) {
		kind = "unknown"
	}
	if err != nil {
		r.ingestFiles.WithLabelValues(kind, "refused").Inc()
		return
	}
	r.ingestFiles.WithLabelValues(kind, "accepted").Inc()
	r.ingestRecs.WithLabelValues(kind, "loaded").Add(float64(loaded))
	r.ingestRecs.WithLabelValues(kind, "duplicate").Add(float64(duplicates))
	r.ingestRecs.WithLabelValues(kind, "quarantined").Add(float64(quarantined))
}

func outcome(err error) string {
	if err != nil {
		return "error"
	}
	return "ok"
}
