package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A purge removes the records quarantined before the cutoff and keeps
// the later ones, and a line whose age cannot be read, byte for byte.
func TestPurgeQuarantineKeepsRecentAndUnknownAge(t *testing.T) {
	path := filepath.Join(t.TempDir(), QuarantineFile)
	lines := []string{
		`{"file":"old.csv","line":2,"reason":"no title","raw":"0612345678","at":"2026-10-01T08:00:00Z"}`,
		`{"file":"new.csv","line":5,"reason":"no title","raw":"x","at":"2026-12-01T08:00:00Z"}`,
		`{"file":"cut.csv","line":9,"reas`,
		`{"file":"nodate.csv","line":1,"reason":"r","raw":"y","at":"hier"}`,
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cutoff := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	n, err := PurgeQuarantine(path, cutoff)
	if err != nil || n != 1 {
		t.Fatalf("PurgeQuarantine = %d, %v; want the one record of October", n, err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Join(lines[1:], "\n") + "\n"; string(b) != want {
		t.Errorf("left:\n%s\nwant:\n%s", b, want)
	}
	if n, err := PurgeQuarantine(path, cutoff); n != 0 || err != nil {
		t.Errorf("a second purge = %d, %v; want nothing", n, err)
	}
	if n, err := PurgeQuarantine(filepath.Join(t.TempDir(), QuarantineFile), cutoff); n != 0 || err != nil {
		t.Errorf("purge of no file = %d, %v; want nothing and no error", n, err)
	}
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil || len(entries) != 1 {
		t.Errorf("the folder holds %v (%v), want the quarantine alone", entries, err)
	}
}
