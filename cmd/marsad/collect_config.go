package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/marsad/marsad/ingest/collect"
	"github.com/marsad/marsad/ingest/collect/feed"
	"github.com/marsad/marsad/ingest/collect/markup"
	pgcollect "github.com/marsad/marsad/ingest/collect/postgres"
	"github.com/marsad/marsad/ingest/collect/web"
)

// collectSettings are the collection settings, read.
type collectSettings struct {
	every   time.Duration // 0: serve does not collect
	delay   time.Duration
	timeout time.Duration
}

// collectConfig reads the collection settings; a schedule needs a sources
// file.
func (c config) collectConfig() (collectSettings, error) {
	var s collectSettings
	var err error
	if c.CollectEvery != "" {
		if s.every, err = time.ParseDuration(c.CollectEvery); err != nil || s.every < time.Minute {
			return s, fmt.Errorf("MARSAD_COLLECT_EVERY=%q: want a duration of at least 1m, such as 6h or 24h, or empty", c.CollectEvery)
		}
		if c.CollectSources == "" {
			return s, fmt.Errorf("MARSAD_COLLECT_EVERY=%s needs MARSAD_COLLECT_SOURCES, the file listing what to collect", c.CollectEvery)
		}
	}
	if s.delay, err = time.ParseDuration(c.CollectDelay); err != nil || s.delay <= 0 {
		return s, fmt.Errorf("MARSAD_COLLECT_DELAY=%q: want a positive duration, such as 2s (a site is never asked twice at once)", c.CollectDelay)
	}
	if s.timeout, err = time.ParseDuration(c.CollectTimeout); err != nil || s.timeout <= 0 {
		return s, fmt.Errorf("MARSAD_COLLECT_TIMEOUT=%q: want a positive duration, such as 30s", c.CollectTimeout)
	}
	return s, nil
}

// readSources reads the sources file.
func readSources(path string) ([]collect.Source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("MARSAD_COLLECT_SOURCES: %w", err)
	}
	defer f.Close()
	return collect.ReadSources(f, path)
}

// collectStatePath is where the pages' validators are kept between runs
// without PostgreSQL.
func collectStatePath(dataDir string) string { return filepath.Join(dataDir, "collect", "state.json") }

// collector builds a collection run: a new fetcher (each run reads the
// sites' robots.txt again), the pages' states (in PostgreSQL when it is
// configured, shared by the replicas; else in the data folder), the
// app's ingestion pipeline. done releases what the run holds.
func (a *app) collector(ctx context.Context) (c *collect.Collector, done func(), err error) {
	s, err := a.cfg.collectConfig()
	if err != nil {
		return nil, nil, err
	}
	var state collect.StateStore
	done = func() {}
	if a.cfg.DatabaseURL != "" {
		pg, err := pgcollect.OpenState(ctx, a.cfg.DatabaseURL)
		if err != nil {
			return nil, nil, err
		}
		state, done = pg, pg.Close
	} else if state, err = collect.OpenState(collectStatePath(a.cfg.DataDir)); err != nil {
		return nil, nil, err
	}
	f := web.New(web.Options{UserAgent: web.UserAgent(buildVersion(), a.cfg.CollectContact), Delay: s.delay, Timeout: s.timeout})
	c, err = collect.New(collect.Config{Fetcher: f, HTML: markup.Parse, XML: feed.Parse, Ingest: a.pipeline.IngestFetched, State: state})
	if err != nil {
		done()
		return nil, nil, err
	}
	return c, done, nil
}
