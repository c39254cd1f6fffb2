package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"sync"

	"github.com/marsad/marsad/web"
)

func serve(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	cfg, _, err := parseConfig(fs, args, getenv)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	log := newLogger(stderr, cfg.LogLevel)
	a, err := newApp(ctx, cfg)
	if err != nil {
		return err
	}
	defer a.close()
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	a.chartLog = func(err error) { log.Warn("turn without charts", "error", err) }
	retention, _ := cfg.retention() // checked by newApp
	var purging sync.WaitGroup
	defer purging.Wait() // before a.close: a purge in flight ends first
	pctx, stopPurging := context.WithCancel(ctx)
	defer stopPurging()
	purging.Go(func() { a.purgeLoop(pctx, retention, log) })
	limits, _ := cfg.limits() // checked by newApp
	srv := web.New(web.Config{AdminToken: cfg.AdminToken, Version: buildVersion(), Ingest: a.ingestUpload,
		Charts: a.chartFiles(), Sources: a.loadedSources, Limits: limits}, a.assistant, log)
	log.Info("marsad listening", "url", "http://"+ln.Addr().String(), "data_dir", cfg.DataDir,
		"stores", storeName(cfg), "planner", plannerName(cfg))
	fmt.Fprintf(stdout, "Marsad is ready: http://%s\n", ln.Addr())
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

func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		l = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l}))
}
