package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"time"
)

// States of a Job.
const (
	JobQueued  = "queued"  // waiting for a worker
	JobRunning = "running" // a worker holds it and reports its progress
	JobDone    = "done"    // Result holds the summary
	JobFailed  = "failed"  // Error says why
)

// ErrNoJob is returned for a job ID no queue holds.
var ErrNoJob = errors.New("no such ingestion job")

// Job is one upload ingested in the background, as its queue keeps it
// and a client reads it.
type Job struct {
	ID    string `json:"id"`
	Kind  string `json:"kind"` // as asked: "" lets the content tell
	Name  string `json:"name"`
	State string `json:"state"`
	// Attempts counts the workers that took the job: more than one when
	// a worker died (its replica crashed) and another took it again.
	Attempts int    `json:"attempts"`
	Worker   string `json:"worker,omitempty"`
	// Progress is the last one the worker reported, nil before.
	Progress *Progress `json:"progress,omitempty"`
	// Result is the ingestion's summary once done; Error the failure.
	Result  json.RawMessage `json:"result,omitempty"`
	Error   string          `json:"error,omitempty"`
	Created time.Time       `json:"created"`
	// Started is when a worker first took it; Finished when it ended.
	Started  *time.Time `json:"started,omitempty"`
	Finished *time.Time `json:"finished,omitempty"`
}

// Queue keeps uploads to ingest as jobs that any replica may run.
// Implementations are safe for concurrent use.
type Queue interface {
	// Enqueue keeps body (read to its end) as a new queued job. On error
	// no job is queued.
	Enqueue(ctx context.Context, kind, name string, body io.Reader) (Job, error)
	// Job returns the job id, or an error wrapping ErrNoJob.
	Job(ctx context.Context, id string) (Job, error)
}

// RunFunc ingests a job's upload, spooled to the file at path, telling
// progress as it goes, and returns the summary to keep as its Result.
type RunFunc func(ctx context.Context, j Job, path string, progress func(Progress)) (any, error)
