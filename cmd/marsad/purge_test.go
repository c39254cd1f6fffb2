package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant"
	pgsessions "github.com/marsad/marsad/assistant/postgres"
	"github.com/marsad/marsad/ingest"
	ingestpg "github.com/marsad/marsad/ingest/postgres"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

// runPurge runs marsad purge with args and returns its JSON report.
func runPurge(t *testing.T, getenv func(string) string, args ...string) purgeReport {
	t.Helper()
	var out, errOut bytes.Buffer
	if err := run(context.Background(), append([]string{"purge", "--json"}, args...), getenv, strings.NewReader(""), &out, &errOut); err != nil {
		t.Fatalf("purge: %v (%s)", err, errOut.String())
	}
	var r purgeReport
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("purge printed %q: %v", out.String(), err)
	}
	return r
}

func TestPurgeRemovesOldFeedbackFromTheDataFolder(t *testing.T) {
	getenv := env(t)
	path := filepath.Join(getenv("MARSAD_DATA_DIR"), "feedback.jsonl")
	var lines []byte
	for i, age := range []time.Duration{40 * 24 * time.Hour, 10 * 24 * time.Hour, time.Hour} {
		b, _ := json.Marshal(assistant.Feedback{SessionID: "s", Turn: i, Rating: "up", Time: time.Now().Add(-age)})
		lines = append(append(lines, b...), '\n')
	}
	if err := os.WriteFile(path, lines, 0o600); err != nil {
		t.Fatal(err)
	}
	quarantined := quarantinePath(getenv("MARSAD_DATA_DIR"))
	var records []byte
	for _, age := range []time.Duration{40 * 24 * time.Hour, time.Hour} {
		b, _ := json.Marshal(ingest.QuarantineEntry{File: "ads.csv", Line: 2, Reason: "no title", Raw: "0612345678", At: time.Now().Add(-age).UTC().Format(time.RFC3339)})
		records = append(append(records, b...), '\n')
	}
	if err := os.MkdirAll(filepath.Dir(quarantined), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(quarantined, records, 0o600); err != nil {
		t.Fatal(err)
	}
	if r := runPurge(t, getenv); r.Feedback != 1 || r.Turns != 0 || r.Quarantined != 1 {
		t.Errorf("purge with the default retention (30d) = %+v, want 1 feedback and 1 quarantined record", r)
	}
	if left, err := ingest.ReadQuarantine(quarantined); err != nil || len(left) != 1 {
		t.Errorf("the quarantine holds %+v (%v), want the last hour's record", left, err)
	}
	if r := runPurge(t, getenv, "--older-than", "7d"); r.Feedback != 1 {
		t.Errorf("purge --older-than 7d = %+v, want 1 feedback", r)
	}
	if data, _ := os.ReadFile(path); bytes.Count(data, []byte("\n")) != 1 {
		t.Errorf("feedback.jsonl holds:\n%s\nwant the last hour's record only", data)
	}
	if r := runPurge(t, getenv, "--older-than", "0"); r.Feedback != 1 {
		t.Errorf("purge --older-than 0 = %+v, want the last record", r)
	}
}

func TestPurgeRefusesABadDuration(t *testing.T) {
	var out bytes.Buffer
	err := run(context.Background(), []string{"purge", "--older-than", "a month"}, env(t), strings.NewReader(""), &out, &out)
	if err == nil || !strings.Contains(err.Error(), `--older-than="a month"`) {
		t.Errorf("purge --older-than 'a month' = %v, want an error naming the value", err)
	}
}

func TestPurgeRemovesOldConversationsFromPostgres(t *testing.T) {
	dsn := pgtest.NewSchema(t)
	s, err := pgsessions.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, id := range []string{"old", "old", "new"} {
		if err := s.Append(context.Background(), id, assistant.Turn{Question: "q", Answer: "a"}); err != nil {
			t.Fatal(err)
		}
	}
	pgtest.Exec(t, dsn, `UPDATE chat_turns SET created_at = now() - interval '3 days' WHERE session_id = 'old'`)
	// An upload ingested three days ago, one an hour ago, one still queued.
	q, err := ingestpg.Open(context.Background(), dsn, ingestpg.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	for _, age := range []string{"3 days", "1 hour", ""} {
		j, err := q.Enqueue(context.Background(), "ads", "ads.csv", strings.NewReader("x"))
		if err != nil {
			t.Fatal(err)
		}
		if age != "" {
			pgtest.Exec(t, dsn, `UPDATE ingest_jobs SET state = 'done', finished_at = now() - $2::interval WHERE id = $1`, j.ID, age)
		}
	}
	err = q.Ledger().Quarantine(context.Background(), []ingest.QuarantineEntry{
		{File: "ads.csv", Line: 2, Reason: "no title", Raw: "x", SHA256: "h", At: time.Now().Add(-72 * time.Hour).UTC().Format(time.RFC3339)},
		{File: "ads.csv", Line: 3, Reason: "no title", Raw: "y", SHA256: "h", At: time.Now().UTC().Format(time.RFC3339)}})
	if err != nil {
		t.Fatal(err)
	}
	getenv := env(t, "MARSAD_DATABASE_URL", dsn)
	if r := runPurge(t, getenv, "--older-than", "4d"); r.Turns != 0 || r.Jobs != 0 || r.Quarantined != 0 {
		t.Errorf("purge --older-than 4d = %+v, want nothing removed", r)
	}
	if r := runPurge(t, getenv, "--older-than", "48h"); r.Turns != 2 || r.Jobs != 1 || r.Quarantined != 1 {
		t.Errorf("purge --older-than 48h = %+v, want old's 2 turns, the job and the record of 3 days ago", r)
	}
	if n := pgtest.QueryInt(t, dsn, `SELECT count(*) FROM chat_turns`); n != 1 {
		t.Errorf("chat_turns holds %d rows, want new's one", n)
	}
	if n := pgtest.QueryInt(t, dsn, `SELECT count(*) FROM ingest_jobs`); n != 2 {
		t.Errorf("ingest_jobs holds %d rows, want the recent and the queued job", n)
	}
}
