package main

import (
	"context"
	"log/slog"
	"time"

	pgcollect "github.com/marsad/marsad/ingest/collect/postgres"
)

// collectOnSchedule collects the sources file's ads at once, then every
// interval, until ctx ends. Failures are logged, never fatal: the chat
// goes on answering from what is stored.
func (a *app) collectOnSchedule(ctx context.Context, every time.Duration, log *slog.Logger) {
	for {
		a.collectOnce(ctx, log)
		t := time.NewTimer(every)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}

// collectOnce is one scheduled run. With PostgreSQL the replica that
// takes the advisory lock collects and the others skip the run; the
// embedded stores have one process already (the data folder's lock). The
// sources file is read at each run, so that an edit needs no restart.
func (a *app) collectOnce(ctx context.Context, log *slog.Logger) {
	if a.cfg.DatabaseURL != "" {
		release, ok, err := pgcollect.TryLock(ctx, a.cfg.DatabaseURL)
		if err != nil {
			log.Warn("collection not run", "error", err)
			return
		}
		if !ok {
			log.Info("collection skipped: another replica is collecting")
			return
		}
		defer release()
	}
	srcs, err := readSources(a.cfg.CollectSources)
	if err != nil {
		log.Warn("collection not run", "error", err)
		return
	}
	c, done, err := a.collector(ctx)
	if err != nil {
		log.Warn("collection not run", "error", err)
		return
	}
	defer done()
	rep, err := c.CollectAll(ctx, srcs)
	for _, n := range rep.PagesFailed {
		log.Warn("page not collected", "url", n.URL, "reason", n.Reason)
	}
	if err != nil {
		log.Warn("collection failed", "error", err)
	}
	log.Info("collection done", "sources", len(srcs), "read", rep.Read, "loaded", rep.Loaded, "updated", rep.Updated,
		"duplicates", rep.Duplicates, "quarantined", rep.Quarantined, "pages", rep.Pages, "not_modified", rep.NotModified,
		"skipped", len(rep.PagesSkipped), "failed", len(rep.PagesFailed))
}
