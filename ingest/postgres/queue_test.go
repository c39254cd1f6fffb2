package postgres

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

// mustQueue opens a queue on dsn named worker, closed when the test ends.
func mustQueue(t *testing.T, dsn, worker string, lease time.Duration) *Queue {
	t.Helper()
	q, err := Open(context.Background(), dsn, Options{Worker: worker, Lease: lease, Poll: 50 * time.Millisecond, SpoolDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	return q
}

// waitState polls job id until it is in state, failing after 30 s.
func waitState(t *testing.T, q *Queue, id, state string) ingest.Job {
	t.Helper()
	for end := time.Now().Add(30 * time.Second); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		j, err := q.Job(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if j.State == state {
			return j
		}
	}
	t.Fatalf("job %s never %s", id, state)
	return ingest.Job{}
}

// Two replicas' workers share the queue: every job is run once, by one
// of them, with its upload as sent (a 2.5 MiB one in three pieces), and
// its result and last progress are kept; the pieces go when it ends.
func TestTwoWorkersRunEachJobOnce(t *testing.T) {
	dsn := pgtest.NewSchema(t)
	qa, qb := mustQueue(t, dsn, "a", 30*time.Second), mustQueue(t, dsn, "b", 30*time.Second)
	big := make([]byte, 5<<19)
	_, _ = rand.Read(big)
	bodies := map[string][]byte{}
	var ids []string
	for i := range 8 {
		body := []byte{byte('a' + i)}
		if i == 3 {
			body = big
		}
		j, err := qa.Enqueue(context.Background(), "ads", "f.csv", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		ids, bodies[j.ID] = append(ids, j.ID), body
	}
	var mu sync.Mutex
	runs := map[string]int{}
	run := func(_ context.Context, j ingest.Job, path string, progress func(ingest.Progress)) (any, error) {
		got, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		if !bytes.Equal(got, bodies[j.ID]) {
			t.Errorf("job %s: the upload ran is %d bytes, %d were sent", j.ID, len(got), len(bodies[j.ID]))
		}
		mu.Lock()
		runs[j.ID]++
		mu.Unlock()
		progress(ingest.Progress{File: j.Name, Records: len(got)})
		return map[string]int{"read": len(got)}, nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for _, q := range []*Queue{qa, qb} {
		wg.Go(func() { _ = q.Work(ctx, run) })
	}
	for _, id := range ids {
		j := waitState(t, qa, id, ingest.JobDone)
		if j.Attempts != 1 || (j.Worker != "a" && j.Worker != "b") || j.Finished == nil || len(j.Result) == 0 {
			t.Errorf("job %s done as %+v", id, j)
		}
	}
	cancel()
	wg.Wait()
	for _, id := range ids {
		if runs[id] != 1 {
			t.Errorf("job %s ran %d times", id, runs[id])
		}
	}
	if n := pgtest.QueryInt(t, dsn, `SELECT count(*) FROM ingest_job_chunks`); n != 0 {
		t.Errorf("%d pieces of uploads left after the jobs ended", n)
	}
	if _, err := qa.Job(context.Background(), "999"); !errors.Is(err, ingest.ErrNoJob) {
		t.Errorf("an unknown job: %v, want ErrNoJob", err)
	}
}

// A job whose worker died (took it, then never beat again: its replica
// crashed) is taken again by another once the lease is over, and done;
// the dead worker can no longer record it.
func TestAJobWhoseWorkerDiedIsTakenAgain(t *testing.T) {
	dsn := pgtest.NewSchema(t)
	dead, live := mustQueue(t, dsn, "dead", time.Second), mustQueue(t, dsn, "live", time.Second)
	j, err := dead.Enqueue(context.Background(), "", "n.txt", bytes.NewReader([]byte("x")))
	if err != nil {
		t.Fatal(err)
	}
	taken, ok, err := dead.take(context.Background())
	if err != nil || !ok || taken.ID != j.ID {
		t.Fatalf("take = %+v %v %v", taken, ok, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = live.Work(ctx, func(context.Context, ingest.Job, string, func(ingest.Progress)) (any, error) {
			return "ok", nil
		})
	}()
	got := waitState(t, live, j.ID, ingest.JobDone)
	cancel()
	<-done
	if got.Attempts != 2 || got.Worker != "live" {
		t.Errorf("the job was done by %q at attempt %d, want live at 2", got.Worker, got.Attempts)
	}
	if err := dead.finish(context.Background(), taken, "late", nil); !errors.Is(err, errLost) {
		t.Errorf("the dead worker recording the job: %v, want errLost", err)
	}
}
