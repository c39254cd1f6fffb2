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

// TestClassifyPrintsEachAdAndStoresNothing: one JSON line per ad (a
// record that cannot be read says why, the others go on), a summary, and
// the same file ingested afterwards loads every ad as new.
func TestClassifyPrintsEachAdAndStoresNothing(t *testing.T) {
	ads := `{"id":"c-1","titre":"Soudeur TIG H/F","ville":"Kénitra","description":"Atelier de chaudronnerie recrute un soudeur TIG expérimenté.","date":"2025-10-01"}
{"id":"c-2","titre":"Comptable confirmé","ville":"Rabat","description":"Cabinet recrute un comptable pour la tenue des comptes.","date":"2025-10-02"}
{not json
`
	path := filepath.Join(t.TempDir(), "ads.jsonl")
	if err := os.WriteFile(path, []byte(ads), 0o644); err != nil {
		t.Fatal(err)
	}
	e := env(t)
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"classify", "--json", path}, e, nil, &out, &errb); err != nil {
		t.Fatalf("classify: %v (%s)", err, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 4 {
		t.Fatalf("want 3 ads and a summary, got:\n%s", out.String())
	}
	var got []ingest.Classified
	for _, l := range lines[:3] {
		var c ingest.Classified
		if err := json.Unmarshal([]byte(l), &c); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		got = append(got, c)
	}
	if got[0].ID != "c-1" || got[0].ISCO != "7212" || got[0].Via == "" || got[0].Confidence <= 0 {
		t.Errorf("welder: %+v, want 7212 with a confidence and how it was found", got[0])
	}
	if got[1].ISCO == "" || got[2].Err == "" || got[2].Line != 3 {
		t.Errorf("accountant %+v, broken line %+v: want a code, and an error on line 3", got[1], got[2])
	}
	var sum classifySummary
	if err := json.Unmarshal([]byte(lines[3]), &sum); err != nil || sum.Ads != 3 || sum.Unreadable != 1 {
		t.Errorf("summary %q: want 3 ads, 1 unreadable", lines[3])
	}
	out.Reset()
	if err := run(context.Background(), []string{"ingest", "--json", "ads", path}, e, nil, &out, &errb); err != nil && !strings.Contains(err.Error(), "quarantine") {
		t.Logf("ingest: %v", err)
	}
	if !strings.Contains(out.String(), `"loaded":2`) {
		t.Errorf("ingest after classify: %s; want the two ads loaded as new", out.String())
	}
}
