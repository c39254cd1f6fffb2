package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/gen"
	"github.com/marsad/marsad/retrieval/qdrant/qdranttest"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

// startQdrant starts an in-memory Qdrant for the test and returns its
// address, for replicas that share their vectors.
func startQdrant(t *testing.T) string {
	t.Helper()
	q, err := qdranttest.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	return q.Addr()
}

// Two `marsad serve` replicas on one database (and one Qdrant) are sent
// overlapping files at once, two each, one file to both: each upload is
// answered 202 with a job that the other replica reads to its end, and
// the database then holds the ads that one `marsad ingest` of the three
// files stores in another database; the file sent twice is skipped once
// done.
func TestReplicasIngestOverlappingUploadsAsJobs(t *testing.T) {
	o, err := gen.WriteOverlap(t.TempDir(), 11, 900)
	if err != nil {
		t.Fatal(err)
	}
	x, y, z := o.X, o.Y, o.Z
	dsn, qdrant := pgtest.NewSchema(t), startQdrant(t)
	replica := func() string {
		return startServerEnv(t, env(t, "MARSAD_DATABASE_URL", dsn, "MARSAD_QDRANT_URL", qdrant, "MARSAD_ADMIN_TOKEN", "s3cret"))
	}
	a, b := replica(), replica()
	type sent struct{ to, other, path, id string }
	uploads := []sent{{a, b, x, ""}, {a, b, y, ""}, {b, a, z, ""}, {b, a, y, ""}}
	var wg sync.WaitGroup
	for i := range uploads {
		wg.Go(func() { uploads[i].id = uploadJob(t, uploads[i].to, uploads[i].path) })
	}
	wg.Wait()
	loaded, skipped := 0, 0
	finished := map[string]time.Time{}
	for _, u := range uploads {
		j := waitJob(t, u.other, u.id)
		var sum ingest.Summary
		if err := json.Unmarshal(j.Result, &sum); j.State != ingest.JobDone || err != nil || j.Finished == nil {
			t.Fatalf("job %s (%s): %+v (%v)", u.id, filepath.Base(u.path), j, err)
		}
		loaded, skipped = loaded+sum.Loaded, skipped+len(sum.Skipped)
		if f, ok := finished[u.path]; !ok || j.Finished.Before(f) {
			finished[u.path] = *j.Finished
		}
	}
	// One process ingests the files in the order the replicas' jobs ran
	// (they hold the ads one run at a time): which of two near-duplicate
	// ads is kept, and so whether a third near one of them is, depends on
	// the order, and the uploads raced to the queue.
	order := []string{x, y, z}
	sort.Slice(order, func(i, j int) bool { return finished[order[i]].Before(finished[order[j]]) })
	ref := pgtest.NewSchema(t)
	if _, stderr, err := ingestJSON(t, env(t, "MARSAD_DATABASE_URL", ref), order...); err != nil {
		t.Fatalf("one process: %v\n%s", err, stderr)
	}
	want := pgtest.QueryInt(t, ref, "SELECT count(*) FROM job_ads")
	got := pgtest.QueryInt(t, dsn, "SELECT count(*) FROM job_ads")
	t.Logf("one process stored %d ads (492 of the demo corpus); the replicas %d, loading %d through the jobs", want, got, loaded)
	if got != want || loaded != want-492 {
		t.Errorf("the replicas stored %d ads (their jobs loaded %d), one process %d", got, loaded, want)
	}
	if skipped != 1 {
		t.Errorf("%d uploads skipped as ingested whole before, want the second y", skipped)
	}
}

// uploadJob posts the file at path to base's /api/ingest and returns the
// job it is answered with (202).
func uploadJob(t *testing.T, base, path string) string {
	body, err := os.ReadFile(path)
	if err != nil {
		t.Error(err)
		return ""
	}
	req, _ := http.NewRequest(http.MethodPost, base+"/api/ingest?kind=ads&name="+filepath.Base(path), bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer s3cret")
	req.Header.Set("Content-Type", "text/csv")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Error(err)
		return ""
	}
	defer res.Body.Close()
	var j ingest.Job
	if err := json.NewDecoder(res.Body).Decode(&j); err != nil || res.StatusCode != http.StatusAccepted || res.Header.Get("Location") != "/api/ingest/"+j.ID {
		t.Errorf("upload %s: %d %+v (%v), Location %q", path, res.StatusCode, j, err, res.Header.Get("Location"))
	}
	return j.ID
}

// waitJob reads job id at base until it is done or failed (2 minutes at
// most).
func waitJob(t *testing.T, base, id string) ingest.Job {
	t.Helper()
	var j ingest.Job
	for end := time.Now().Add(2 * time.Minute); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if j = readJob(t, base, id); j.State == ingest.JobDone || j.State == ingest.JobFailed {
			return j
		}
	}
	t.Fatalf("job %s still %s after 2 minutes: %+v", id, j.State, j)
	return j
}

// readJob reads job id at base's /api/ingest/:id.
func readJob(t *testing.T, base, id string) ingest.Job {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, base+"/api/ingest/"+id, nil)
	req.Header.Set("Authorization", "Bearer s3cret")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /api/ingest/%s: %d %s", id, res.StatusCode, b)
	}
	var j ingest.Job
	if err := json.Unmarshal(b, &j); err != nil {
		t.Fatal(err)
	}
	return j
}

// A replica keeping its vectors in its own data folder (no
// MARSAD_QDRANT_URL) is refused beside another on the same database,
// with a message naming the one serving and the variable to set; a
// replica with Qdrant is refused beside it too.
func TestServeRefusesEmbeddedVectorsBesideAnotherReplica(t *testing.T) {
	dsn := pgtest.NewSchema(t)
	first := startServerEnv(t, env(t, "MARSAD_DATABASE_URL", dsn))
	for _, extra := range [][]string{nil, {"MARSAD_QDRANT_URL", startQdrant(t)}} {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		var out bytes.Buffer
		err := run(ctx, []string{"serve", "--addr", "127.0.0.1:0"}, env(t, append([]string{"MARSAD_DATABASE_URL", dsn}, extra...)...),
			strings.NewReader(""), &out, io.Discard)
		cancel()
		addr := strings.TrimPrefix(first, "http://")
		if err == nil || !strings.Contains(err.Error(), "MARSAD_QDRANT_URL") || !strings.Contains(err.Error(), fmt.Sprintf("pid %d at %s", os.Getpid(), addr)) {
			t.Errorf("a second replica (%v) beside one with embedded vectors: %v", extra, err)
		}
		if strings.Contains(out.String(), "ready") {
			t.Errorf("the refused replica said it was ready: %s", out.String())
		}
	}
}
