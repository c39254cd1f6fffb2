package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/tools/postgres"
)

// Ledger is an ingest.Ledger on PostgreSQL: the checkpoints in
// ingest_checkpoints, the quarantine in ingest_quarantine, so that a job
// stopped on one replica resumes on another after its last checkpoint.
type Ledger struct{ pool *pgxpool.Pool }

var _ ingest.Ledger = (*Ledger)(nil)

// Ledger returns the ledger on the queue's database and pool.
func (q *Queue) Ledger() *Ledger { return &Ledger{pool: q.pool} }

// Checkpoint implements ingest.Ledger.
func (l *Ledger) Checkpoint(ctx context.Context, hash string) (ingest.Checkpoint, bool, error) {
	var js []byte
	err := l.pool.QueryRow(ctx, `SELECT checkpoint FROM ingest_checkpoints WHERE sha256 = $1`, hash).Scan(&js)
	if errors.Is(err, pgx.ErrNoRows) {
		return ingest.Checkpoint{}, false, nil
	}
	if err != nil {
		return ingest.Checkpoint{}, false, fmt.Errorf("read checkpoint: %w", postgres.Unavailable(err))
	}
	var c ingest.Checkpoint
	if err := json.Unmarshal(js, &c); err != nil {
		return ingest.Checkpoint{}, false, fmt.Errorf("checkpoint of %s: %w", hash, err)
	}
	return c, true, nil
}

// SaveCheckpoint implements ingest.Ledger.
func (l *Ledger) SaveCheckpoint(ctx context.Context, hash string, c ingest.Checkpoint) error {
	js, err := json.Marshal(c)
	if err != nil {
		return err
	}
	_, err = l.pool.Exec(ctx, `INSERT INTO ingest_checkpoints (sha256, checkpoint) VALUES ($1, $2)
		ON CONFLICT (sha256) DO UPDATE SET checkpoint = EXCLUDED.checkpoint, updated_at = now()`, hash, js)
	if err != nil {
		return fmt.Errorf("save checkpoint: %w", postgres.Unavailable(err))
	}
	return nil
}

// Quarantine implements ingest.Ledger, in one statement.
func (l *Ledger) Quarantine(ctx context.Context, entries []ingest.QuarantineEntry) error {
	cols := make([][]any, 6)
	for _, e := range entries {
		at, err := time.Parse(time.RFC3339, e.At)
		if err != nil {
			at = time.Now()
		}
		for i, v := range []any{e.File, e.Line, e.Reason, e.Raw, e.SHA256, at} {
			cols[i] = append(cols[i], v)
		}
	}
	_, err := l.pool.Exec(ctx, `INSERT INTO ingest_quarantine (file, line, reason, raw, file_sha256, at)
		SELECT * FROM unnest($1::text[], $2::integer[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])`,
		pgText(cols[0]), cols[1], pgText(cols[2]), pgText(cols[3]), cols[4], cols[5])
	if err != nil {
		return fmt.Errorf("quarantine: %w", postgres.Unavailable(err))
	}
	return nil
}

// Where implements ingest.Ledger.
func (l *Ledger) Where() string { return "postgres:ingest_quarantine" }

// QuarantineEntries returns the quarantined records in the order they
// were added.
func (l *Ledger) QuarantineEntries(ctx context.Context) ([]ingest.QuarantineEntry, error) {
	rows, err := l.pool.Query(ctx, `SELECT file, line, reason, raw, file_sha256, at FROM ingest_quarantine ORDER BY id`)
	if err != nil {
		return nil, postgres.Unavailable(err)
	}
	var out []ingest.QuarantineEntry
	var e ingest.QuarantineEntry
	var at time.Time
	_, err = pgx.ForEachRow(rows, []any{&e.File, &e.Line, &e.Reason, &e.Raw, &e.SHA256, &at}, func() error {
		e.At = at.UTC().Format(time.RFC3339)
		out = append(out, e)
		return nil
	})
	return out, postgres.Unavailable(err)
}

// pgText makes strings storable in text, which refuses NUL and invalid
// UTF-8: a quarantined record is often both.
func pgText(vs []any) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = strings.ReplaceAll(strings.ToValidUTF8(v.(string), "\uFFFD"), "\x00", "\uFFFD")
	}
	return out
}
