package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/ingest/gen"
)

// writeGeneratedAds writes n generated ads as CSV into a temporary file.
func writeGeneratedAds(t *testing.T, n int) string {
	t.Helper()
	var buf bytes.Buffer
	if err := gen.Ads(7, n, &buf, "csv"); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "export.csv")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A second process on a data folder in use is refused with the folder
// and the holder named, and stores nothing.
func TestSecondWriterOnADataFolderIsRefused(t *testing.T) {
	getenv := env(t)
	startServerEnv(t, getenv)
	path := writeGeneratedAds(t, 20)
	err := run(context.Background(), []string{"ingest", path}, getenv, nil, io.Discard, io.Discard)
	if !errors.Is(err, errFolderInUse) {
		t.Fatalf("ingest beside a running server: %v, want errFolderInUse", err)
	}
	for _, want := range []string{getenv("MARSAD_DATA_DIR"), "marsad serve (pid "} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %q", err, want)
		}
	}
	err = run(context.Background(), []string{"ask", "chomage 2024"}, getenv, nil, io.Discard, io.Discard)
	if !errors.Is(err, errFolderInUse) {
		t.Errorf("ask beside a running server: %v, want errFolderInUse", err)
	}
}

// The lock goes with the process: once a command ends, the next one runs.
func TestDataFolderIsFreeAfterACommand(t *testing.T) {
	getenv := env(t)
	path := writeGeneratedAds(t, 20)
	if _, stderr, err := ingestJSON(t, getenv, path); err != nil {
		t.Fatalf("first ingest: %v (%s)", err, stderr)
	}
	sum, stderr, err := ingestJSON(t, getenv, path)
	if err != nil || len(sum.Skipped) != 1 || sum.Read != 0 {
		t.Fatalf("second ingest: %+v %v (%s), want the file skipped as already ingested", sum, err, stderr)
	}
	sum, stderr, err = ingestJSON(t, getenv, "--force", path)
	if err != nil || len(sum.Skipped) != 0 || sum.Read != 20 || sum.Loaded != 0 || sum.Duplicates != 20 {
		t.Fatalf("ingest --force: %+v %v (%s), want the file read again, all duplicates", sum.Summary, err, stderr)
	}
}

// A file ingested from the command line and then uploaded to the server
// on the same folder changes nothing: the upload is recognised by its
// content, like a file given twice to `marsad ingest`.
func TestReuploadOfAnIngestedFileChangesNothing(t *testing.T) {
	getenv := env(t, "MARSAD_ADMIN_TOKEN", "s3cret")
	path := writeGeneratedAds(t, 300)
	first, stderr, err := ingestJSON(t, getenv, path)
	if err != nil || first.Loaded == 0 {
		t.Fatalf("ingest: %+v %v (%s)", first.Summary, err, stderr)
	}
	base := startServerEnv(t, getenv)
	for i := range 2 {
		sum := upload(t, base, "s3cret", path)
		// Re-reading it is not enough: `ingest --force` of 60,000
		// generated ads loaded 2 of them again (measured), so the upload
		// must be known by its content.
		if sum.Loaded != 0 || sum.Updated != 0 || len(sum.Skipped) != 1 || sum.Skipped[0] != "export.csv" {
			t.Fatalf("upload %d of an ingested file: loaded %d, updated %d, skipped %v; want it skipped whole: %+v",
				i+1, sum.Loaded, sum.Updated, sum.Skipped, sum.Summary)
		}
	}
}

// upload posts the file at path to /api/ingest and returns the summary.
func upload(t *testing.T, base, token, path string) ingestSummary {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	req, _ := http.NewRequest("POST", base+"/api/ingest?kind=ads&name="+filepath.Base(path), f)
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	var sum ingestSummary
	if err := json.Unmarshal(body, &sum); err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("upload: %d %s", res.StatusCode, body)
	}
	return sum
}

// An upload spooled by a process that was killed is removed by the next
// process on the folder.
func TestStaleUploadsAreRemovedAtStart(t *testing.T) {
	getenv := env(t)
	dir := uploadsDir(getenv("MARSAD_DATA_DIR"))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(dir, "upload-123")
	if err := os.WriteFile(stale, []byte("titre\nComptable\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(context.Background(), []string{"ask", "chomage 2024"}, getenv, nil, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("stale upload still there: %v", err)
	}
}
