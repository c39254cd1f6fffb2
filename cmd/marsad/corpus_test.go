package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/ingest/gen"
	"github.com/marsad/marsad/ingest/seed"
)

func TestIngestGeneratedAdsThenSkipOnRerun(t *testing.T) {
	getenv := env(t)
	path := filepath.Join(t.TempDir(), "ads.jsonl")
	var buf bytes.Buffer
	if err := gen.Ads(7, 3000, &buf, gen.FormatJSONL); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, _, err := ingestJSON(t, getenv, path) // kind told by the content
	if err != nil || sum.Read != 3000 || sum.Loaded < 2700 || sum.Duplicates == 0 {
		t.Fatalf("first run %+v, %v", sum.Summary, err)
	}
	again, _, err := ingestJSON(t, getenv, "ads", path)
	if err != nil || again.Loaded != 0 || len(again.Skipped) != 1 {
		t.Fatalf("rerun %+v, %v; want the unchanged file skipped", again.Summary, err)
	}
}

func TestSeedExportReingestedIsAllDuplicatesOrQuarantined(t *testing.T) {
	getenv := env(t)
	data, err := fs.ReadFile(seed.FS, "ads/site_a.csv")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "site_a.csv")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	sum, stderr, err := ingestJSON(t, getenv, path)
	if err != nil || sum.Loaded != 0 || sum.Duplicates == 0 || sum.Mapped["titre"] != "title" {
		t.Fatalf("seed export again: %+v, %v (%s)", sum.Summary, err, stderr)
	}
	if sum.Quarantined > 0 && !strings.Contains(stderr, "quarantine") {
		t.Fatalf("quarantined %d records without saying where: %s", sum.Quarantined, stderr)
	}
}

func TestHTTPIngestNeedsTheAdminToken(t *testing.T) {
	base := startServerEnv(t, env(t, "MARSAD_ADMIN_TOKEN", "s3cret"))
	body := csvHeader + "unemployment_rate,MA-04,total,total,15+,total,2024,10.1,percent,HCP,test,https://example.ma/rsk\n"
	post := func(token string) *http.Response {
		req, _ := http.NewRequest("POST", base+"/api/ingest?name=upload.csv", strings.NewReader(body))
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { res.Body.Close() })
		return res
	}
	if res := post(""); res.StatusCode != http.StatusUnauthorized {
		t.Fatalf("without token: %d, want 401", res.StatusCode)
	}
	res := post("s3cret")
	var sum ingestSummary
	if err := json.NewDecoder(res.Body).Decode(&sum); err != nil || res.StatusCode != 200 || sum.Loaded != 1 {
		t.Fatalf("with token: %d %+v %v", res.StatusCode, sum, err)
	}
}
