// Package postgres keeps on PostgreSQL what ingestion shares between
// replicas: the queue of uploads to ingest (Queue, taken with SELECT …
// FOR UPDATE SKIP LOCKED), and the checkpoints and quarantine of the
// pipeline (Ledger). Its tables are in tools/postgres's migrations, the
// one schema history of a Marsad database, which Open applies.
package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/tools/postgres"
)

// chunkSize is the largest piece of an upload in one row: the upload
// goes in and out in pieces, never whole in memory.
const chunkSize = 1 << 20

// Bounds of a pool of this package: the same as the stores'.
const (
	connectTimeout   = 5 * time.Second
	statementTimeout = 10 * time.Second
)

// Options configure a Queue; the zero value has the defaults.
type Options struct {
	// Worker names this replica's worker in the jobs it takes (default
	// host:pid).
	Worker string
	// Lease is how long a running job may go without its worker's
	// heartbeat before another worker takes it again (default 30 s); the
	// worker beats every Lease/6.
	Lease time.Duration
	// Poll is how often an idle worker looks for a job (default 1 s).
	Poll time.Duration
	// SpoolDir receives the upload of the job being run (default the
	// system's temporary folder).
	SpoolDir string
	// MaxAttempts is how many workers may take a job before a job whose
	// worker died again is failed rather than taken (default 3): an
	// upload that crashes its replica must not crash them all in turn.
	MaxAttempts int
}

// Queue is an ingest.Queue on PostgreSQL, and the worker that runs its
// jobs (Work). Several queues (replicas) may share one database.
type Queue struct {
	pool *pgxpool.Pool
	opts Options
}

var _ ingest.Queue = (*Queue)(nil)

// Open connects to dsn with a small pool of its own, applies the
// migrations and returns the queue; the caller closes it.
func Open(ctx context.Context, dsn string, opts Options) (*Queue, error) {
	pool, err := openPool(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open ingestion queue: %w", err)
	}
	if opts.Worker == "" {
		host, _ := os.Hostname()
		opts.Worker = host + ":" + strconv.Itoa(os.Getpid())
	}
	if opts.Lease <= 0 {
		opts.Lease = 30 * time.Second
	}
	if opts.Poll <= 0 {
		opts.Poll = time.Second
	}
	if opts.MaxAttempts <= 0 {
		opts.MaxAttempts = 3
	}
	return &Queue{pool: pool, opts: opts}, nil
}

// openPool opens a pool on dsn, bounded as the stores' are, and
// migrates the database.
func openPool(ctx context.Context, dsn string) (*pgxpool.Pool, error) {
	cfg, err := postgres.PoolConfig(dsn, connectTimeout, statementTimeout)
	if err != nil {
		return nil, err
	}
	cfg.MaxConns = 4
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if err := postgres.Migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, err
	}
	return pool, nil
}

// Close closes the pool.
func (q *Queue) Close() { q.pool.Close() }

// Enqueue implements ingest.Queue: the job's row and its upload's pieces
// are written in one transaction, so a broken upload queues nothing.
func (q *Queue) Enqueue(ctx context.Context, kind, name string, body io.Reader) (ingest.Job, error) {
	var j ingest.Job
	err := pgx.BeginFunc(ctx, q.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SET LOCAL statement_timeout = 0`); err != nil {
			return err
		}
		var id int64
		if err := tx.QueryRow(ctx, `INSERT INTO ingest_jobs (kind, name, state) VALUES ($1, $2, 'queued')
			RETURNING id, created_at`, kind, name).Scan(&id, &j.Created); err != nil {
			return fmt.Errorf("queue job: %w", err)
		}
		j.ID, j.Kind, j.Name, j.State = strconv.FormatInt(id, 10), kind, name, ingest.JobQueued
		return storeChunks(ctx, tx, id, body)
	})
	if err != nil {
		return ingest.Job{}, fmt.Errorf("enqueue %s: %w", name, postgres.Unavailable(err))
	}
	return j, nil
}

// storeChunks copies body into ingest_job_chunks in pieces.
func storeChunks(ctx context.Context, tx pgx.Tx, id int64, body io.Reader) error {
	buf := make([]byte, chunkSize)
	for n := 0; ; n++ {
		k, err := io.ReadFull(body, buf)
		if k > 0 {
			if _, err := tx.Exec(ctx, `INSERT INTO ingest_job_chunks (job_id, n, data) VALUES ($1, $2, $3)`, id, n, buf[:k]); err != nil {
				return fmt.Errorf("store upload: %w", err)
			}
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil
		}
		if err != nil {
			return err // the client's upload: the web layer tells it (too large, too slow)
		}
	}
}

// Job implements ingest.Queue.
func (q *Queue) Job(ctx context.Context, id string) (ingest.Job, error) {
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil || n <= 0 {
		return ingest.Job{}, fmt.Errorf("%w: %q", ingest.ErrNoJob, id)
	}
	row := q.pool.QueryRow(ctx, `SELECT `+jobColumns+` FROM ingest_jobs WHERE id = $1`, n)
	j, err := scanJob(row)
	if errors.Is(err, pgx.ErrNoRows) {
		return ingest.Job{}, fmt.Errorf("%w: %s", ingest.ErrNoJob, id)
	}
	if err != nil {
		return ingest.Job{}, fmt.Errorf("read job %s: %w", id, postgres.Unavailable(err))
	}
	return j, nil
}

const jobColumns = `id, kind, name, state, attempts, coalesce(worker, ''), progress, result, coalesce(error, ''),
	created_at, started_at, finished_at`

// scanJob reads a row of jobColumns.
func scanJob(row pgx.Row) (ingest.Job, error) {
	var j ingest.Job
	var id int64
	var progress, result []byte
	err := row.Scan(&id, &j.Kind, &j.Name, &j.State, &j.Attempts, &j.Worker, &progress, &result, &j.Error,
		&j.Created, &j.Started, &j.Finished)
	if err != nil {
		return j, err
	}
	j.ID = strconv.FormatInt(id, 10)
	if len(progress) > 0 {
		j.Progress = new(ingest.Progress)
		if err := json.Unmarshal(progress, j.Progress); err != nil {
			return j, fmt.Errorf("job %d: progress: %w", id, err)
		}
	}
	if len(result) > 0 {
		j.Result = json.RawMessage(result)
	}
	return j, nil
}
