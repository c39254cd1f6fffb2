package postgres

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

// A job whose worker died as many times as the queue allows is failed,
// not taken again, and its upload is deleted with it.
func TestAJobWhoseWorkersAllDiedFailsAndLeavesNoUpload(t *testing.T) {
	dsn := pgtest.NewSchema(t)
	ctx := context.Background()
	q, err := Open(ctx, dsn, Options{Worker: "w", Lease: time.Second, MaxAttempts: 2, SpoolDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	j, err := q.Enqueue(ctx, "ads", "crash.csv", bytes.NewReader([]byte("x")))
	if err != nil {
		t.Fatal(err)
	}
	for attempt := 1; attempt <= 2; attempt++ {
		if taken, ok, err := q.take(ctx); err != nil || !ok || taken.ID != j.ID || taken.Attempts != attempt {
			t.Fatalf("take %d = %+v %v %v", attempt, taken, ok, err)
		}
		ageHeartbeat(t, dsn, j.ID)
	}
	if taken, ok, err := q.take(ctx); err != nil || ok {
		t.Fatalf("a third take = %+v %v %v, want nothing to take", taken, ok, err)
	}
	got, err := q.Job(ctx, j.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.State != ingest.JobFailed || !strings.Contains(got.Error, "died 2 times") || got.Finished == nil {
		t.Errorf("the job is %+v, want failed after 2 attempts", got)
	}
	if n := pgtest.QueryInt(t, dsn, `SELECT count(*) FROM ingest_job_chunks`); n != 0 {
		t.Errorf("%d pieces of the failed job's upload left", n)
	}
}

// ageHeartbeat makes job id's worker look dead: its last beat is older
// than any lease of these tests.
func ageHeartbeat(t *testing.T, dsn, id string) {
	t.Helper()
	pgtest.Exec(t, dsn, `UPDATE ingest_jobs SET heartbeat = now() - interval '1 hour' WHERE id = $1`, id)
}

// Purge removes the jobs finished before the cutoff, done or failed,
// and keeps the later ones and every job not finished, however old.
func TestPurgeRemovesOnlyJobsFinishedBeforeTheCutoff(t *testing.T) {
	dsn := pgtest.NewSchema(t)
	ctx := context.Background()
	q := mustQueue(t, dsn, "w", 30*time.Second)
	ids := map[string]string{}
	for _, name := range []string{"old-done", "old-failed", "new-done", "old-queued", "old-running"} {
		j, err := q.Enqueue(ctx, "ads", name, bytes.NewReader([]byte(name)))
		if err != nil {
			t.Fatal(err)
		}
		ids[name] = j.ID
	}
	set := func(name, state string, finished bool) {
		pgtest.Exec(t, dsn, `UPDATE ingest_jobs SET state = $2, created_at = now() - interval '60 days',
			finished_at = CASE WHEN $3 THEN now() - interval '40 days' END WHERE id = $1`, ids[name], state, finished)
	}
	set("old-done", "done", true)
	set("old-failed", "failed", true)
	set("old-queued", "queued", false)
	set("old-running", "running", false)
	pgtest.Exec(t, dsn, `UPDATE ingest_jobs SET state = 'done', finished_at = now() - interval '1 day' WHERE id = $1`, ids["new-done"])

	n, err := q.Purge(ctx, time.Now().Add(-30*24*time.Hour))
	if err != nil || n != 2 {
		t.Fatalf("Purge = %d, %v; want the 2 jobs finished 40 days ago", n, err)
	}
	for name, id := range ids {
		_, err := q.Job(ctx, id)
		gone := err != nil
		if want := name == "old-done" || name == "old-failed"; gone != want {
			t.Errorf("job %s: gone %v (%v), want %v", name, gone, err, want)
		}
	}
	if n := pgtest.QueryInt(t, dsn, `SELECT count(*) FROM ingest_job_chunks WHERE job_id IN ($1, $2)`, ids["old-done"], ids["old-failed"]); n != 0 {
		t.Errorf("%d pieces of the purged jobs' uploads left", n)
	}
}

// The ledger's purge removes the records quarantined before the cutoff
// and keeps the later ones.
func TestLedgerPurgeRemovesOnlyRecordsQuarantinedBeforeTheCutoff(t *testing.T) {
	dsn := pgtest.NewSchema(t)
	ctx := context.Background()
	l := mustQueue(t, dsn, "w", 30*time.Second).Ledger()
	day := func(d int) string { return time.Date(2026, 11, d, 12, 0, 0, 0, time.UTC).Format(time.RFC3339) }
	err := l.Quarantine(ctx, []ingest.QuarantineEntry{{File: "a.csv", Line: 2, Reason: "no title", Raw: "0612345678", SHA256: "h", At: day(1)},
		{File: "a.csv", Line: 3, Reason: "no title", Raw: "x", SHA256: "h", At: day(20)}})
	if err != nil {
		t.Fatal(err)
	}
	n, err := l.Purge(ctx, time.Date(2026, 11, 10, 0, 0, 0, 0, time.UTC))
	if err != nil || n != 1 {
		t.Fatalf("Purge = %d, %v; want the record of 1 November", n, err)
	}
	es, err := l.QuarantineEntries(ctx)
	if err != nil || len(es) != 1 || es[0].Line != 3 {
		t.Errorf("left %+v %v, want line 3 alone", es, err)
	}
}
