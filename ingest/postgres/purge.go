package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/marsad/marsad/tools/postgres"
)

// Purge removes the jobs that ended (done or failed) before cutoff and
// returns how many. A finished job's row is what its client reads for
// the upload's summary; it names the upload and holds its counts and
// errors, and is kept no longer than conversations are (the caller
// passes the same retention). Jobs queued or running stay, whatever
// their age. It is an assistant.Purger.
func (q *Queue) Purge(ctx context.Context, cutoff time.Time) (int64, error) {
	// The pieces of an upload go with its job (ON DELETE CASCADE); a
	// job's own end has already removed them but for a crash between.
	tag, err := q.pool.Exec(ctx, `DELETE FROM ingest_jobs WHERE state IN ('done', 'failed') AND finished_at < $1`, cutoff)
	if err != nil {
		return 0, fmt.Errorf("purge ingestion jobs: %w", postgres.Unavailable(err))
	}
	return tag.RowsAffected(), nil
}

// Purge removes the records quarantined before cutoff and returns how
// many. A quarantined record is an ad as its source wrote it, often with
// a recruiter's name, phone number or e-mail address, so it is kept no
// longer than conversations are (the caller passes the same retention).
func (l *Ledger) Purge(ctx context.Context, cutoff time.Time) (int64, error) {
	tag, err := l.pool.Exec(ctx, `DELETE FROM ingest_quarantine WHERE at < $1`, cutoff)
	if err != nil {
		return 0, fmt.Errorf("purge quarantine: %w", postgres.Unavailable(err))
	}
	return tag.RowsAffected(), nil
}
