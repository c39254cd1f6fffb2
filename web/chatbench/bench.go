package chatbench

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"time"
)

// Options say what load to put on which server.
type Options struct {
	// Addr is the server's HOST:PORT; its websocket is ws://Addr/ws.
	Addr string
	// Sessions is how many websocket sessions run at once.
	Sessions int
	// Questions is how many questions each session asks in turn.
	Questions int
	// TurnTimeout bounds the wait for one answer; 0 means 60 s.
	TurnTimeout time.Duration
	// Progress, when not nil, is told what the run is doing.
	Progress func(format string, args ...any)
}

// Report is what a run measured. Latencies are from the request frame
// sent to the done event read, in milliseconds, nearest rank.
type Report struct {
	Sessions     int     `json:"sessions"`
	Answers      int     `json:"answers"`
	Errors       int     `json:"errors"`
	P50          float64 `json:"p50_ms"`
	P99          float64 `json:"p99_ms"`
	CeilingP50   float64 `json:"ceiling_p50_ms"`
	CeilingP99   float64 `json:"ceiling_p99_ms"`
	CeilingError int     `json:"ceiling_errors"`
	Seconds      float64 `json:"seconds"` // wall time of the load on the server
}

// ErrOptions is wrapped by the errors of Run about its options.
var ErrOptions = errors.New("chat bench")

// Run measures the server at o.Addr, then the ceiling, and reports both.
// It fails when the server cannot answer the questions once before the
// load (nothing to measure); errors under load are counted, not returned.
func Run(ctx context.Context, o Options) (Report, error) {
	if err := o.check(); err != nil {
		return Report{}, err
	}
	target := "ws://" + o.Addr + "/ws"
	o.progress("recording one answer to each of %d questions from %s", len(Questions), target)
	frames, err := record(ctx, target, Questions, o.TurnTimeout)
	if err != nil {
		return Report{}, fmt.Errorf("server %s: %w", o.Addr, err)
	}
	o.progress("%d sessions × %d questions on %s", o.Sessions, o.Questions, target)
	start := time.Now()
	server := load(ctx, target, o)
	seconds := time.Since(start).Seconds()
	ceiling := startCeiling(frames)
	defer ceiling.Close()
	o.progress("the same load on the ceiling, %s", ceiling.URL)
	bare := load(ctx, ceiling.URL, o)
	return Report{Sessions: o.Sessions, Answers: len(server.latencies), Errors: server.errors,
		P50: server.percentile(0.50), P99: server.percentile(0.99),
		CeilingP50: bare.percentile(0.50), CeilingP99: bare.percentile(0.99), CeilingError: bare.errors,
		Seconds: seconds}, nil
}

func (o *Options) check() error {
	if o.Addr == "" {
		return fmt.Errorf("%w: no address: give --addr HOST:PORT", ErrOptions)
	}
	if u, err := url.Parse("ws://" + o.Addr); err != nil || u.Host != o.Addr || u.Port() == "" {
		return fmt.Errorf("%w: address %q: want HOST:PORT", ErrOptions, o.Addr)
	}
	if o.Sessions < 1 {
		return fmt.Errorf("%w: sessions %d: want at least 1", ErrOptions, o.Sessions)
	}
	if o.Questions < 1 {
		return fmt.Errorf("%w: questions %d: want at least 1", ErrOptions, o.Questions)
	}
	if o.TurnTimeout == 0 {
		o.TurnTimeout = 60 * time.Second
	}
	return nil
}

func (o Options) progress(format string, args ...any) {
	if o.Progress != nil {
		o.Progress(format, args...)
	}
}
