package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"sync"
	"time"

	"github.com/marsad/marsad/web"
	"github.com/marsad/marsad/web/metrics"
)

func serve(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	begin := time.Now()
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	cfg, _, err := parseConfig(fs, args, getenv)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	logs := newLogWriter(stderr)
	defer logs.Flush()
	log := newLogger(logs, cfg)
	cfg.Metrics, cfg.Log = metrics.New(), log
	a, err := newApp(ctx, cfg)
	if err != nil {
		return err
	}
	defer a.close()
	var collecting sync.WaitGroup
	defer collecting.Wait() // before a.close: a run stops with ctx, then the stores close
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	leave, err := a.joinReplicas(ctx, ln.Addr())
	if err != nil {
		ln.Close()
		return err
	}
	defer leave()
	a.chartLog = func(err error) { log.Warn("turn without charts", "error", err) }
	retention, _ := cfg.retention() // checked by newApp
	var purging sync.WaitGroup
	defer purging.Wait() // before a.close: a purge in flight ends first
	pctx, stopPurging := context.WithCancel(ctx)
	defer stopPurging()
	purging.Go(func() { a.purgeLoop(pctx, retention, log) })
	limits, _ := cfg.limits() // checked by newApp
	var working sync.WaitGroup
	defer working.Wait() // before a.close: a job in flight is given back to the queue first
	wctx, stopWorking := context.WithCancel(ctx)
	defer stopWorking()
	wcfg := web.Config{AdminToken: cfg.AdminToken, Version: buildVersion(), Ingest: a.ingestUpload,
		Charts: a.chartFiles(), Sources: a.loadedSources, Checks: a.readyChecks(),
		Observer: cfg.Metrics, Metrics: cfg.Metrics.Handler(), Limits: limits}
	if a.queue != nil { // PostgreSQL: uploads are jobs any replica runs
		wcfg.Jobs = a.queue
		working.Go(func() { a.workJobs(wctx, log) })
	}
	srv := web.New(wcfg, a.assistant, log)
	log.Info("marsad listening", "url", "http://"+ln.Addr().String(), "data_dir", cfg.DataDir,
		"stores", storeName(cfg), "planner", plannerName(cfg), "start_ms", time.Since(begin).Milliseconds())
	// The occupation thesaurus and the forecast's history are made once
	// the server answers, not before: the first upload, the first
	// question that names an occupation and the first forecast need
	// them, /healthz and most turns do not.
	var warming sync.WaitGroup
	defer warming.Wait()
	warming.Go(a.pipeline.Warm)
	warming.Go(func() {
		if err := a.history.warm(); err != nil {
			log.Error("forecast_demand will fail: the bundled ad history does not read", "error", err)
		}
	})
	if w, ok := a.market.(interface{ WarmNeedSearch(context.Context) error }); ok {
		// PostgreSQL: the process's mirror of the ads' vectors, which the
		// first need search would otherwise load while a user waits.
		warming.Go(func() {
			if err := w.WarmNeedSearch(ctx); err != nil && ctx.Err() == nil {
				log.Warn("need search will load the ads' vectors at its first call", "error", err)
			}
		})
	}
	logs.Flush() // the start's lines before the ready one
	fmt.Fprintf(stdout, "Marsad is ready: http://%s\n", ln.Addr())
	if sc, _ := cfg.collectConfig(); sc.every > 0 {
		collecting.Go(func() { a.collectOnSchedule(ctx, sc.every, log) })
		log.Info("collecting job ads on a schedule", "every", sc.every, "sources", cfg.CollectSources)
	}
	return srv.Serve(ctx, ln)
}

// plannerName says which planner answers: the offline one, or an LLM
// (provider/model) with the offline one as fallback.
func plannerName(cfg config) string {
	if cfg.LLMProvider == "" {
		return "offline"
	}
	return cfg.LLMProvider + "/" + cfg.LLMModel + " (offline fallback)"
}

func storeName(cfg config) string {
	if cfg.DatabaseURL != "" {
		return "postgres"
	}
	return "embedded"
}

// newLogger writes cfg.LogLevel and above to w, as JSON lines when
// cfg.LogFormat is json, else as key=value text; a line logged with a
// request's context carries its request_id (web.LogHandler). A
// logWriter w is flushed after each warning or error.
func newLogger(w io.Writer, cfg config) *slog.Logger {
	var l slog.Level
	if err := l.UnmarshalText([]byte(cfg.LogLevel)); err != nil {
		l = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: l}
	var h slog.Handler = slog.NewTextHandler(w, opts)
	if cfg.LogFormat == "json" {
		h = slog.NewJSONHandler(w, opts)
	}
	if lw, ok := w.(*logWriter); ok {
		h = flushingHandler{h, lw}
	}
	return slog.New(web.LogHandler(h))
}
