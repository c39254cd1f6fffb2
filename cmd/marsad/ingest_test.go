package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/ingest"
)

const csvHeader = "indicator,geo,area,sex,age,diploma,period,value,unit,publisher,reported_by,source_url\n"

func writeFile(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "figures.csv")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func ingestJSON(t *testing.T, getenv func(string) string, args ...string) (ingestSummary, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), append([]string{"ingest", "--json"}, args...), getenv, nil, &out, &errb)
	var sum ingestSummary
	lastSummaryLine(t, out.String(), &sum, &sum.Summary)
	return sum, errb.String(), err
}

// lastSummaryLine decodes the last line of out into v, whose counts are
// sum, and checks that read = loaded + duplicates + quarantined.
func lastSummaryLine(t *testing.T, out string, v any, sum *ingest.Summary) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), v); err != nil {
		t.Fatalf("last line is not the JSON summary: %q (%v)", out, err)
	}
	if sum.Read != sum.Loaded+sum.Duplicates+sum.Quarantined {
		t.Fatalf("read %d != loaded %d + duplicates %d + quarantined %d", sum.Read, sum.Loaded, sum.Duplicates, sum.Quarantined)
	}
}

func askAnswer(t *testing.T, getenv func(string) string, q string) string {
	t.Helper()
	var out bytes.Buffer
	if err := run(context.Background(), []string{"ask", q}, getenv, nil, &out, &out); err != nil {
		t.Fatalf("ask: %v", err)
	}
	return out.String()
}

func TestIngestThenAskSeesTheFigure(t *testing.T) {
	getenv := env(t)
	path := writeFile(t, csvHeader+"unemployment_rate,MA-04,total,total,15+,total,2024,10.1,percent,HCP,test,https://example.ma/rsk\n")
	sum, _, err := ingestJSON(t, getenv, "indicators", path)
	if err != nil || sum.Read != 1 || sum.Loaded != 1 {
		t.Fatalf("first ingest: %+v, %v", sum, err)
	}
	sum, _, err = ingestJSON(t, getenv, path) // kind told by the content
	if err != nil || sum.Loaded != 0 || sum.Duplicates != 1 {
		t.Fatalf("re-ingest: %+v, %v; want 1 duplicate", sum, err)
	}
	if a := askAnswer(t, getenv, "Taux de chômage dans la région de Rabat en 2024"); !strings.Contains(a, "10,1") {
		t.Fatalf("ask after ingest = %q, want 10,1", a)
	}
}

func TestIngestCorrectionIsLogged(t *testing.T) {
	getenv := env(t)
	path := writeFile(t, csvHeader+"unemployment_rate,MA,total,total,15+,total,2024,13.4,percent,HCP,test,https://example.ma/fix\n")
	sum, stderr, err := ingestJSON(t, getenv, path)
	if err != nil || sum.Updated != 1 || len(sum.Changes) != 1 || !strings.Contains(stderr, "13.3 -> 13.4") {
		t.Fatalf("correction: %+v, %v, stderr %q", sum, err, stderr)
	}
}

func TestIngestBadFileStoresNothing(t *testing.T) {
	getenv := env(t)
	path := writeFile(t, csvHeader+
		"unemployment_rate,MA-04,total,total,15+,total,2024,10.1,percent,HCP,,\n"+
		"unemployment_rate,Rabat,total,total,15+,total,2024,10.1,percent,HCP,,\n")
	sum, stderr, err := ingestJSON(t, getenv, path)
	if err == nil || sum.Loaded != 0 {
		t.Fatalf("bad file: %+v, err %v; want refusal", sum, err)
	}
	if !strings.Contains(stderr, "figures.csv:3: field geo") {
		t.Fatalf("stderr %q does not name file, line and field", stderr)
	}
	if a := askAnswer(t, getenv, "Taux de chômage dans la région de Rabat en 2024"); strings.Contains(a, "10,1") {
		t.Fatalf("a row of the refused file was stored: %q", a)
	}
}

func TestRestartKeepsCorrectionAndAddsNothingTwice(t *testing.T) {
	getenv := env(t)
	path := writeFile(t, csvHeader+"unemployment_rate,MA,total,total,15+,total,2024,13.4,percent,HCP,test,https://example.ma/fix\n")
	if _, _, err := ingestJSON(t, getenv, path); err != nil {
		t.Fatal(err)
	}
	// every command start re-checks the seed; the correction must survive it
	if a := askAnswer(t, getenv, "taux de chômage au Maroc en 2024"); !strings.Contains(a, "13,4") {
		t.Fatalf("after restart: %q, want the corrected 13,4", a)
	}
	sum, _, err := ingestJSON(t, getenv, path)
	if err != nil || sum.Duplicates != 1 || sum.Loaded != 0 {
		t.Fatalf("second ingest %+v %v", sum, err)
	}
}

func TestIngestRepeatedRowCountsAsDuplicate(t *testing.T) {
	getenv := env(t)
	path := writeFile(t, csvHeader+
		"unemployment_rate,MA-04,total,total,15+,total,2024,10.1,percent,HCP,test,https://example.ma/rsk\n"+
		"unemployment_rate,MA-04,total,total,15+,total,2024,\"10,1\",percent,HCP,another site,https://example.ma/other\n")
	sum, _, err := ingestJSON(t, getenv, path)
	if err != nil || sum.Read != 2 || sum.Loaded != 1 || sum.Duplicates != 1 || len(sum.Changes) != 0 {
		t.Fatalf("got %+v, %v; want 2 read, 1 loaded, 1 duplicate, no correction", sum, err)
	}
}

func TestIngestContradictoryFileIsRefused(t *testing.T) {
	getenv := env(t)
	path := writeFile(t, csvHeader+
		"unemployment_rate,MA-04,total,total,15+,total,2024,10.1,percent,HCP,test,https://example.ma/rsk\n"+
		"unemployment_rate,MA-04,total,total,15+,total,2024,10.4,percent,HCP,test,https://example.ma/rsk\n")
	sum, stderr, err := ingestJSON(t, getenv, path)
	if err == nil || sum.Loaded != 0 || !strings.Contains(stderr, "figures.csv:3: field value") || !strings.Contains(stderr, "line 2") {
		t.Fatalf("got %+v, %v, stderr %q; want the file refused naming lines 2 and 3", sum, err, stderr)
	}
}

func TestIngestGoesOnPastARefusedFileAndFails(t *testing.T) {
	getenv := env(t)
	bad := writeFile(t, csvHeader+"unemployment_rate,Rabat,total,total,15+,total,2024,10.1,percent,HCP,,\n")
	good := writeFile(t, csvHeader+"unemployment_rate,MA-04,total,total,15+,total,2024,10.1,percent,HCP,test,https://example.ma/rsk\n")
	missing := filepath.Join(t.TempDir(), "missing.csv")
	sum, stderr, err := ingestJSON(t, getenv, "indicators", bad, good, missing)
	if err == nil {
		t.Fatalf("exit status 0 with two of three files refused; stderr %q", stderr)
	}
	if sum.Read != 1 || sum.Loaded != 1 || len(sum.Refused) != 2 {
		t.Fatalf("summary %+v, want the good file loaded and two refused", sum)
	}
	for _, want := range []string{"figures.csv:2: field geo", "missing.csv"} {
		if !strings.Contains(stderr, want) {
			t.Fatalf("stderr %q does not give the reason %q", stderr, want)
		}
	}
	if a := askAnswer(t, getenv, "Taux de chômage dans la région de Rabat en 2024"); !strings.Contains(a, "10,1") {
		t.Fatalf("the good file was not stored: %q", a)
	}
}

// A file that stopped midway (a full disk) after storing ads does not
// make the command say that nothing could be stored.
func TestIngestStatusCountsTheAdsAStoppedFileKept(t *testing.T) {
	stopped := ingestSummary{Summary: ingest.Summary{Files: []string{}}, Refused: []string{"big.csv"}}
	err := ingestStatus(stopped, 1, 4363)
	if err == nil || strings.Contains(err.Error(), "nothing could be stored") || !strings.Contains(err.Error(), "4363 new ads") {
		t.Errorf("status of a file stopped after 4363 ads: %v", err)
	}
	if err := ingestStatus(stopped, 1, 0); err == nil || !strings.Contains(err.Error(), "nothing could be stored") {
		t.Errorf("status of a file refused whole: %v", err)
	}
	ok := ingestSummary{Summary: ingest.Summary{Files: []string{"a.csv"}}}
	if err := ingestStatus(ok, 1, 0); err != nil {
		t.Errorf("status of a loaded file: %v", err)
	}
}
