package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"sync/atomic"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/tools/postgres"
)

// jobProgress is where the pipeline's progress goes while serve runs a
// job: the job's heartbeat. One job runs at a time in a replica.
type jobProgress struct {
	to atomic.Pointer[func(ingest.Progress)]
}

func (p *jobProgress) tell(pr ingest.Progress) {
	if f := p.to.Load(); f != nil {
		(*f)(pr)
	}
}

// workJobs runs the queue's jobs until ctx ends: the uploads any
// replica received, one at a time, each as `marsad ingest` would ingest
// the file. It logs each job's end.
func (a *app) workJobs(ctx context.Context, log *slog.Logger) {
	progress := &jobProgress{}
	a.progress = progress.tell
	run := func(ctx context.Context, j ingest.Job, path string, tell func(ingest.Progress)) (any, error) {
		progress.to.Store(&tell)
		defer progress.to.Store(nil)
		log.Info("ingestion job started", "job", j.ID, "name", j.Name, "kind", j.Kind, "attempt", j.Attempts)
		s, err := a.ingestSpooled(ctx, j.Kind, path, j.Name)
		if err != nil {
			log.Warn("ingestion job failed", "job", j.ID, "name", j.Name, "error", err)
		} else {
			log.Info("ingestion job done", "job", j.ID, "name", j.Name)
		}
		return s, err
	}
	if err := a.queue.Work(ctx, run); err != nil && !errors.Is(err, context.Canceled) {
		log.Error("ingestion worker stopped", "error", err)
	}
}

// joinReplicas registers this server among the replicas serving from
// its PostgreSQL database, or refuses to serve beside them when the
// database cannot be shared (embedded vectors: see
// postgres.Store.JoinReplicas). Without PostgreSQL it does nothing.
func (a *app) joinReplicas(ctx context.Context, addr net.Addr) (leave func(), err error) {
	pg, ok := a.indicators.(*postgres.Store)
	if !ok {
		return func() {}, nil
	}
	host, _ := os.Hostname()
	leave, err = pg.JoinReplicas(ctx, postgres.Replica{Host: host, PID: os.Getpid(), Addr: addr.String(), OwnVectors: a.cfg.QdrantURL == ""})
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	return leave, nil
}
