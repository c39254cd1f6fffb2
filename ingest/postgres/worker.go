package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad/ingest"
)

// errLost ends a run whose job another worker took (this one's
// heartbeat was late, or its database connection was lost).
var errLost = errors.New("the job was taken by another worker")

// Work runs the queue's jobs with run, one at a time, until ctx ends: it
// takes the oldest job that is queued or whose worker died, spools its
// upload, runs it while beating its heartbeat with the last progress,
// and records its result or error. It returns ctx's error; a failure of
// the database is waited out (the next poll tries again).
func (q *Queue) Work(ctx context.Context, run ingest.RunFunc) error {
	for {
		j, ok, err := q.take(ctx)
		if err == nil && ok {
			err = q.runJob(ctx, j, run)
		}
		if ctx.Err() != nil {
			return context.Cause(ctx)
		}
		if err == nil && ok {
			continue // look for the next at once
		}
		select {
		case <-ctx.Done():
			return context.Cause(ctx)
		case <-time.After(q.opts.Poll):
		}
	}
}

// take claims the oldest job that is queued, or running with a heartbeat
// older than the lease (its worker died), skipping rows other workers
// are claiming. A job whose worker died MaxAttempts times is failed
// instead.
func (q *Queue) take(ctx context.Context) (ingest.Job, bool, error) {
	lease := q.opts.Lease.Seconds()
	// The upload of a job failed so goes with it: no worker reads it again.
	if _, err := q.pool.Exec(ctx, `WITH failed AS (
			UPDATE ingest_jobs SET state = 'failed', finished_at = now(), heartbeat = NULL,
				error = 'its worker died ' || attempts || ' times: the upload is not taken again'
			WHERE state = 'running' AND heartbeat < now() - make_interval(secs => $1) AND attempts >= $2
			RETURNING id)
		DELETE FROM ingest_job_chunks WHERE job_id IN (SELECT id FROM failed)`,
		lease, q.opts.MaxAttempts); err != nil {
		return ingest.Job{}, false, err
	}
	row := q.pool.QueryRow(ctx, `UPDATE ingest_jobs SET state = 'running', worker = $1, attempts = attempts + 1,
			heartbeat = now(), started_at = coalesce(started_at, now())
		WHERE id = (SELECT id FROM ingest_jobs
			WHERE state = 'queued' OR (state = 'running' AND heartbeat < now() - make_interval(secs => $2))
			ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
		RETURNING `+jobColumns, q.opts.Worker, lease)
	j, err := scanJob(row)
	if errors.Is(err, pgx.ErrNoRows) {
		return ingest.Job{}, false, nil
	}
	if err != nil {
		return ingest.Job{}, false, fmt.Errorf("take a job: %w", err)
	}
	return j, true, nil
}

// runJob spools j's upload and runs it under a heartbeat, then records
// how it ended, unless another worker took it meanwhile.
func (q *Queue) runJob(ctx context.Context, j ingest.Job, run ingest.RunFunc) error {
	path, err := q.spool(ctx, j)
	if err != nil {
		return q.finish(ctx, j, nil, err)
	}
	defer os.Remove(path)
	rctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	hb := &heartbeat{q: q, j: j}
	beating := make(chan struct{})
	go func() {
		defer close(beating)
		if err := hb.beat(rctx); err != nil {
			cancel(err)
		}
	}()
	result, err := run(rctx, j, path, hb.set)
	cancel(nil)
	<-beating
	if errors.Is(context.Cause(rctx), errLost) {
		return errLost
	}
	if ctx.Err() != nil {
		return q.giveBack(j) // stopping: another worker takes it at once
	}
	return q.finish(ctx, j, result, err)
}

// spool copies j's upload into a new file of the spool folder.
func (q *Queue) spool(ctx context.Context, j ingest.Job) (string, error) {
	if q.opts.SpoolDir != "" {
		if err := os.MkdirAll(q.opts.SpoolDir, 0o755); err != nil {
			return "", fmt.Errorf("spool job %s: %w", j.ID, err)
		}
	}
	f, err := os.CreateTemp(q.opts.SpoolDir, "ingest-job-"+j.ID+"-*")
	if err != nil {
		return "", fmt.Errorf("spool job %s: %w", j.ID, err)
	}
	err = q.copyChunks(ctx, j.ID, f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", fmt.Errorf("spool job %s: %w", j.ID, err)
	}
	return f.Name(), nil
}

// copyChunks writes the pieces of job id's upload to w, in order.
func (q *Queue) copyChunks(ctx context.Context, id string, w io.Writer) error {
	rows, err := q.pool.Query(ctx, `SELECT data FROM ingest_job_chunks WHERE job_id = $1 ORDER BY n`, id)
	if err != nil {
		return err
	}
	var data []byte
	_, err = pgx.ForEachRow(rows, []any{&data}, func() error {
		_, err := w.Write(data)
		return err
	})
	return err
}

// finish records the end of j as this worker ran it: done with result,
// or failed with err. Its upload is deleted.
func (q *Queue) finish(ctx context.Context, j ingest.Job, result any, runErr error) error {
	state, msg := ingest.JobDone, ""
	var js []byte
	if runErr != nil {
		state, msg = ingest.JobFailed, runErr.Error()
	} else if result != nil {
		var err error
		if js, err = json.Marshal(result); err != nil {
			state, msg = ingest.JobFailed, "summary: "+err.Error()
		}
	}
	tag, err := q.pool.Exec(ctx, `UPDATE ingest_jobs SET state = $3, result = $4, error = nullif($5, ''),
			finished_at = now(), heartbeat = NULL
		WHERE id = $1 AND worker = $2 AND attempts = $6 AND state = 'running'`,
		j.ID, q.opts.Worker, state, js, msg, j.Attempts)
	if err != nil {
		return fmt.Errorf("record job %s: %w", j.ID, err)
	}
	if tag.RowsAffected() == 0 {
		return errLost
	}
	if _, err := q.pool.Exec(ctx, `DELETE FROM ingest_job_chunks WHERE job_id = $1`, j.ID); err != nil {
		return fmt.Errorf("delete upload of job %s: %w", j.ID, err)
	}
	return nil
}

// giveBack queues j again, for a worker that stops before j ends; the
// run's checkpoints let the next worker resume it.
func (q *Queue) giveBack(j ingest.Job) error {
	ctx, cancel := context.WithTimeout(context.Background(), connectTimeout)
	defer cancel()
	_, err := q.pool.Exec(ctx, `UPDATE ingest_jobs SET state = 'queued', worker = NULL, heartbeat = NULL
		WHERE id = $1 AND worker = $2 AND attempts = $3 AND state = 'running'`, j.ID, q.opts.Worker, j.Attempts)
	return err
}

// heartbeat keeps a running job's row alive with its last progress.
type heartbeat struct {
	q    *Queue
	j    ingest.Job
	mu   sync.Mutex
	last *ingest.Progress
}

// set is the run's progress callback: it keeps the last progress, which
// the next beat writes.
func (h *heartbeat) set(p ingest.Progress) {
	h.mu.Lock()
	h.last = &p
	h.mu.Unlock()
}

// beat writes the heartbeat every Lease/6 until ctx ends; it returns
// errLost when the job is no longer this worker's, and gives up (so that
// the run stops) when the database has not taken a beat for a lease.
func (h *heartbeat) beat(ctx context.Context) error {
	t := time.NewTicker(h.q.opts.Lease / 6)
	defer t.Stop()
	ok := time.Now()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		err := h.write(ctx)
		switch {
		case errors.Is(err, errLost):
			return err
		case err == nil:
			ok = time.Now()
		case time.Since(ok) > h.q.opts.Lease:
			return fmt.Errorf("%w: no heartbeat written for %s: %w", errLost, h.q.opts.Lease, err)
		}
	}
}

func (h *heartbeat) write(ctx context.Context) error {
	h.mu.Lock()
	var progress []byte
	if h.last != nil {
		progress, _ = json.Marshal(h.last) // a struct of strings and numbers always encodes
	}
	h.mu.Unlock()
	tag, err := h.q.pool.Exec(ctx, `UPDATE ingest_jobs SET heartbeat = now(), progress = coalesce($4, progress)
		WHERE id = $1 AND worker = $2 AND attempts = $3 AND state = 'running'`,
		h.j.ID, h.q.opts.Worker, h.j.Attempts, progress)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return errLost
	}
	return nil
}
