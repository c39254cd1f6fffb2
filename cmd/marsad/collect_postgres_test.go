package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	pgcollect "github.com/marsad/marsad/ingest/collect/postgres"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

// With PostgreSQL the pages' validators live in the database: a replica
// on another data folder finds every page the first one collected
// unchanged.
func TestCollectReplicasShareTheirValidators(t *testing.T) {
	board := jobBoard(t)
	dsn := pgtest.NewSchema(t)
	first := env(t, "MARSAD_DATABASE_URL", dsn, "MARSAD_COLLECT_DELAY", "1ms")
	sum, stderr, err := collectJSON(t, first, board.URL+"/offres", board.URL+"/rss")
	if err != nil || sum.Loaded != 3 {
		t.Fatalf("first replica: loaded %d, %v\n%s", sum.Loaded, err, stderr)
	}
	second := env(t, "MARSAD_DATABASE_URL", dsn, "MARSAD_COLLECT_DELAY", "1ms") // another data folder
	sum, _, err = collectJSON(t, second, board.URL+"/offres", board.URL+"/rss")
	if err != nil || sum.Loaded != 0 || sum.NotModified != 4 || sum.Pages != 0 {
		t.Errorf("second replica: loaded %d, not modified %d, pages %d, %v; want 0, 4, 0", sum.Loaded, sum.NotModified, sum.Pages, err)
	}
	if n := pgtest.QueryInt(t, dsn, "SELECT count(*) FROM collect_pages"); n != 4 {
		t.Errorf("collect_pages holds %d pages, want 4", n)
	}
}

// A replica whose scheduled run finds the collection lock taken (another
// replica collecting) skips the run and says so.
func TestScheduledRunSkipsWhileAnotherReplicaCollects(t *testing.T) {
	board := jobBoard(t)
	dsn := pgtest.NewSchema(t)
	release, ok, err := pgcollect.TryLock(context.Background(), dsn) // the other replica
	if err != nil || !ok {
		t.Fatalf("take the lock: %v, %v", ok, err)
	}
	defer release()
	sources := writeSources(t, board.URL+"/offres")
	getenv := env(t, "MARSAD_DATABASE_URL", dsn, "MARSAD_COLLECT_SOURCES", sources, "MARSAD_COLLECT_EVERY", "1h", "MARSAD_LOG_LEVEL", "info")
	log := &lockedBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0"}, getenv, nil, &bytes.Buffer{}, log)
	}()
	for deadline := time.Now().Add(2 * time.Minute); !strings.Contains(log.String(), "another replica is collecting"); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("no skipped run in the log:\n%s", log.String())
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("serve: %v", err)
	}
	if n := pgtest.QueryInt(t, dsn, "SELECT count(*) FROM job_ads WHERE ad->>'url' LIKE '"+board.URL+"%'"); n != 0 {
		t.Errorf("the skipping replica stored %d collected ads", n)
	}
}
