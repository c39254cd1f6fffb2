package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/marsad/marsad/assistant"
	pgsessions "github.com/marsad/marsad/assistant/postgres"
	"github.com/marsad/marsad/ingest"
	ingestpg "github.com/marsad/marsad/ingest/postgres"
)

// purgeReport is what marsad purge --json prints.
type purgeReport struct {
	assistant.Purged
	// Jobs counts the finished ingestion jobs removed (PostgreSQL only:
	// without it uploads are ingested in the request and leave no job).
	Jobs int64 `json:"jobs"`
	// Quarantined counts the quarantined records removed: ads as their
	// source wrote them, often with a recruiter's phone number.
	Quarantined int64     `json:"quarantined"`
	Before      time.Time `json:"before"`
}

// purgeCmd removes the conversations, feedback, finished ingestion jobs
// and quarantined records older than --older-than (by default MARSAD_RETENTION) from
// PostgreSQL when a database is configured, beside running servers, else
// the feedback from the data folder's
// feedback file under the folder's lock (the embedded run keeps
// conversations in the serving process only, which purges them itself).
func purgeCmd(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	fs := flag.NewFlagSet("purge", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print what was removed as one JSON object")
	olderThan := fs.String("older-than", "", "remove what is older than this (30d, 12h…); default MARSAD_RETENTION")
	cfg, rest, err := parseConfig(fs, args, getenv)
	if err != nil {
		return fmt.Errorf("purge: %w", err)
	}
	if len(rest) > 0 {
		return fmt.Errorf("purge: unexpected argument %q; usage: marsad purge [--older-than DURATION] [--json]", rest[0])
	}
	age, err := cfg.retention()
	if *olderThan != "" {
		// 0 is allowed here: remove everything
		if age, err = parseDays(*olderThan); err == nil && age < 0 {
			err = errors.New("negative")
		}
		if err != nil {
			return fmt.Errorf("purge: --older-than=%q: want a duration, such as 30d, 7d, 12h or 0 for everything", *olderThan)
		}
	}
	if err != nil {
		return fmt.Errorf("purge: %w", err)
	}
	a, closeStores, err := openConversations(ctx, cfg)
	if err != nil {
		return fmt.Errorf("purge: %w", err)
	}
	defer closeStores()
	report := purgeReport{Before: time.Now().UTC().Add(-age)}
	report.Purged, err = a.Purge(ctx, report.Before)
	var ierr error
	report.Jobs, report.Quarantined, ierr = purgeIngestion(ctx, cfg, report.Before)
	if err = errors.Join(err, ierr); err != nil {
		return fmt.Errorf("purge: %w", err)
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(report)
	}
	_, err = fmt.Fprintf(stdout, "removed %d turns, %d feedback records, %d finished ingestion jobs and %d quarantined records from before %s\n",
		report.Turns, report.Feedback, report.Jobs, report.Quarantined, report.Before.Format(time.RFC3339))
	return err
}

// openConversations opens only the stores of conversations and feedback,
// for a command that needs nothing else: PostgreSQL's, which running
// servers share (no lock: purge runs beside them), else the data folder's
// feedback file under the folder's lock.
func openConversations(ctx context.Context, cfg config) (*assistant.Assistant, func(), error) {
	if cfg.DatabaseURL != "" {
		s, err := pgsessions.Open(ctx, cfg.DatabaseURL)
		if err != nil {
			return nil, nil, err
		}
		return assistant.New(nil, assistant.WithSessions(s), assistant.WithFeedback(s.Feedback())), func() { s.Close() }, nil
	}
	lock, err := lockDataDir(cfg.DataDir, cfg.Command)
	if err != nil {
		return nil, nil, err
	}
	fb, err := assistant.OpenFileFeedback(filepath.Join(cfg.DataDir, "feedback.jsonl"))
	if err != nil {
		lock.release()
		return nil, nil, err
	}
	return assistant.New(nil, assistant.WithFeedback(fb)), func() { fb.Close(); lock.release() }, nil
}

// purgePeriod is how often serve purges: an hour late on a retention of
// days is nothing, and a purge that finds nothing costs two indexed
// DELETEs.
const purgePeriod = time.Hour

// purgeLoop removes, until ctx ends, what is older than the retention:
// conversations, feedback, finished ingestion jobs and quarantined
// records; it logs what each purge removed when it removed something or
// failed.
func (a *app) purgeLoop(ctx context.Context, retention time.Duration, log *slog.Logger) {
	a.assistant.PurgeEvery(ctx, retention, purgePeriod, nil, func(p assistant.Purged, err error) {
		jobs, quarantined, ierr := purgeIngestionOf(ctx, a.queue, a.cfg.DataDir, time.Now().Add(-retention))
		err = errors.Join(err, ierr)
		switch {
		case err != nil:
			log.Error("purge of old conversations and ingestion records", "error", err, "turns", p.Turns, "feedback", p.Feedback, "jobs", jobs, "quarantined", quarantined)
		case p != assistant.Purged{} || jobs > 0 || quarantined > 0:
			log.Info("purged old conversations and ingestion records", "turns", p.Turns, "feedback", p.Feedback, "jobs", jobs, "quarantined", quarantined, "retention", retention)
		}
	})
}

// purgeIngestion removes the ingestion jobs that ended before cutoff and
// the records quarantined before it: from the database when one is
// configured, beside running servers, else from the data folder's
// quarantine, whose lock the caller holds.
func purgeIngestion(ctx context.Context, cfg config, cutoff time.Time) (jobs, quarantined int64, err error) {
	var q *ingestpg.Queue
	if cfg.DatabaseURL != "" {
		if q, err = ingestpg.Open(ctx, cfg.DatabaseURL, ingestpg.Options{}); err != nil {
			return 0, 0, err
		}
		defer q.Close()
	}
	return purgeIngestionOf(ctx, q, cfg.DataDir, cutoff)
}

// purgeIngestionOf removes the jobs of queue q finished before cutoff
// and its ledger's records quarantined before it, or without a queue the
// records of the data folder dir's quarantine.
func purgeIngestionOf(ctx context.Context, q *ingestpg.Queue, dir string, cutoff time.Time) (jobs, quarantined int64, err error) {
	if q == nil {
		quarantined, err = ingest.PurgeQuarantine(quarantinePath(dir), cutoff)
		return 0, quarantined, err
	}
	jobs, jerr := q.Purge(ctx, cutoff)
	quarantined, qerr := q.Ledger().Purge(ctx, cutoff)
	return jobs, quarantined, errors.Join(jerr, qerr)
}

// quarantinePath is ingestion's quarantine in the data folder dir,
// without a database.
func quarantinePath(dir string) string { return filepath.Join(ingestDir(dir), ingest.QuarantineFile) }
