package web

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/routers/gorillamux"

	"github.com/marsad/marsad/ingest"
	ingestpg "github.com/marsad/marsad/ingest/postgres"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

// With a queue (PostgreSQL), an upload is answered 202 with its job and
// Location at once, and the job is read at that address, as the OpenAPI
// document says, until a worker (here the test's) has run it; unknown
// jobs are 404, and the admin token guards both.
func TestIngestUploadBecomesAJob(t *testing.T) {
	q, err := ingestpg.Open(context.Background(), pgtest.NewSchema(t), ingestpg.Options{Worker: "w", Poll: 20 * time.Millisecond, SpoolDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	ts := newTestServer(t, Config{AdminToken: "s3cret", Jobs: q}, scripted())
	router, err := gorillamux.NewRouter(mustOpenAPI(t))
	if err != nil {
		t.Fatal(err)
	}
	o := openAPICheck{t: t, router: router, base: ts.URL}
	auth := bearer("s3cret")

	body := o.do("POST", "/api/ingest?kind=ads&name=a.csv", "text/csv", []byte("title\nInfirmier\n"), auth, http.StatusAccepted)
	var j ingest.Job
	mustDecode(t, body, &j)
	if j.State != ingest.JobQueued || j.Name != "a.csv" || j.Kind != "ads" || j.ID == "" {
		t.Fatalf("the upload's job is %+v", j)
	}
	o.do("GET", "/api/ingest/"+j.ID, "", nil, auth, http.StatusOK)
	o.do("GET", "/api/ingest/"+j.ID, "", nil, nil, http.StatusUnauthorized)
	o.do("GET", "/api/ingest/12345", "", nil, auth, http.StatusNotFound)
	o.do("GET", "/api/ingest/x", "", nil, auth, http.StatusNotFound)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go q.Work(ctx, func(_ context.Context, j ingest.Job, path string, progress func(ingest.Progress)) (any, error) {
		b, err := os.ReadFile(path)
		progress(ingest.Progress{File: j.Name, Records: 1})
		return ingest.Summary{Read: 1, Loaded: 1, Files: []string{j.Name + ":" + string(b)}}, err
	})
	for end := time.Now().Add(20 * time.Second); j.State != ingest.JobDone && time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		mustDecode(t, o.do("GET", "/api/ingest/"+j.ID, "", nil, auth, http.StatusOK), &j)
	}
	var sum ingest.Summary
	if err := json.Unmarshal(j.Result, &sum); err != nil || sum.Loaded != 1 || sum.Files[0] != "a.csv:title\nInfirmier\n" {
		t.Errorf("the job ended %+v, result %s (%v)", j, j.Result, err)
	}
}

// Without a queue an upload is ingested in its request, as before, and
// there is no job to read.
func TestIngestWithoutQueueHasNoJobs(t *testing.T) {
	var got upload
	ts := newTestServer(t, Config{AdminToken: "s3cret", Ingest: recordingIngest(&got)}, scripted())
	resp, b := mustPost(t, ts.URL+"/api/ingest?kind=ads&name=a.csv", "text/csv", []byte("title\nInfirmier"), bearer("s3cret"))
	if resp.StatusCode != http.StatusOK || got.name != "a.csv" {
		t.Fatalf("status %d (%s), hook got %+v", resp.StatusCode, b, got)
	}
	req, _ := http.NewRequest(http.MethodGet, ts.URL+"/api/ingest/1", nil)
	req.Header = bearer("s3cret")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("GET a job without a queue: %d, want 404", resp.StatusCode)
	}
}
