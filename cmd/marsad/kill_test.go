package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/gen"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

// startProcess runs `marsad serve` as a process of its own (this test
// binary, as marsad: startMain) with the variables of getenv named in
// vars, and returns its base URL and the process, killed when the test
// ends.
func startProcess(t *testing.T, getenv func(string) string, vars ...string) (string, *os.Process) {
	t.Helper()
	env := make([]string, 0, len(vars))
	for _, k := range vars {
		env = append(env, k+"="+getenv(k))
	}
	cmd, out := startMain(t, env, "serve", "--addr", "127.0.0.1:0")
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("the marsad process did not start: %v", err)
	}
	return strings.TrimSpace(strings.TrimPrefix(line, "Marsad is ready: ")), cmd.Process
}

// A replica killed (SIGKILL) while it ingests an upload loses nothing
// and doubles nothing: the job's worker is found dead once its lease is
// over, another replica takes the job, resumes after its last checkpoint,
// and the database then holds the ads one `marsad ingest` of the file
// stores. The file is large enough to be killed past a checkpoint (8,192
// records); it takes about a minute, so it runs with MARSAD_LONG=1.
func TestAReplicaKilledMidJobLosesNothing(t *testing.T) {
	if os.Getenv("MARSAD_LONG") != "1" {
		t.Skip("MARSAD_LONG=1 runs it (about a minute)")
	}
	path := filepath.Join(t.TempDir(), "ads.csv")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := gen.Ads(19, 40000, f, "csv"); err != nil {
		t.Fatal(err)
	}
	f.Close()
	ref := pgtest.NewSchema(t)
	if _, stderr, err := ingestJSON(t, env(t, "MARSAD_DATABASE_URL", ref), path); err != nil {
		t.Fatalf("one process: %v\n%s", err, stderr)
	}
	want := pgtest.QueryInt(t, ref, "SELECT count(*) FROM job_ads")

	dsn := pgtest.NewSchema(t)
	getenv := env(t, "MARSAD_DATABASE_URL", dsn, "MARSAD_QDRANT_URL", startQdrant(t), "MARSAD_ADMIN_TOKEN", "s3cret")
	victim, proc := startProcess(t, getenv, "MARSAD_DATABASE_URL", "MARSAD_QDRANT_URL", "MARSAD_ADMIN_TOKEN", "MARSAD_DATA_DIR", "MARSAD_LOG_LEVEL")
	id := uploadJob(t, victim, path)
	killedAt := killPastACheckpoint(t, victim, id, proc)
	// What a lease's wait would show: the dead worker's last beat is old.
	pgtest.Exec(t, dsn, `UPDATE ingest_jobs SET heartbeat = now() - interval '1 hour' WHERE id = $1`, id)

	survivor := startServerEnv(t, getenv)
	j := waitJob(t, survivor, id)
	var sum ingest.Summary
	if err := json.Unmarshal(j.Result, &sum); j.State != ingest.JobDone || err != nil {
		t.Fatalf("job %s after the kill: %+v (%v)", id, j, err)
	}
	got := pgtest.QueryInt(t, dsn, "SELECT count(*) FROM job_ads")
	t.Logf("killed at %d records read; the job then ended at attempt %d: %d ads stored, one process %d", killedAt, j.Attempts, got, want)
	if j.Attempts != 2 || got != want {
		t.Errorf("after the kill: attempt %d, %d ads stored; want attempt 2 and %d ads, as one process", j.Attempts, got, want)
	}
}

// killPastACheckpoint waits until job id's progress says more than a
// checkpoint's worth of records were read at base, then kills proc, and
// returns the records read then.
func killPastACheckpoint(t *testing.T, base, id string, proc *os.Process) int {
	t.Helper()
	for end := time.Now().Add(2 * time.Minute); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		j := readJob(t, base, id)
		if j.State != ingest.JobQueued && j.State != ingest.JobRunning {
			t.Fatalf("job %s ended before the kill: %+v; make the file larger", id, j)
		}
		if j.Progress != nil && j.Progress.Records > 8192 {
			if err := proc.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			_, _ = proc.Wait()
			return j.Progress.Records
		}
	}
	t.Fatalf("job %s read no checkpoint's worth of records in 2 minutes", id)
	return 0
}
