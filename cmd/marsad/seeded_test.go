package main

import (
	"context"
	"io"
	"os"
	"strings"
	"sync"
	"testing"
)

// A data folder the demo corpus was seeded into once for the test binary:
// seeding (profiles, notes and ads through the whole pipeline) is most of
// what a fresh `serve` or `ask` costs, and the tests need a seeded folder,
// not to watch it being seeded again. The seeding of a fresh folder still
// runs, once, here (a failure fails every test that asks for a folder);
// a test that wants an empty folder names its own MARSAD_DATA_DIR.
var seeded struct {
	once sync.Once
	dir  string
	err  error
}

func TestMain(m *testing.M) {
	if execMain() {
		return
	}
	code := m.Run()
	if seeded.dir != "" {
		os.RemoveAll(seeded.dir)
	}
	os.Exit(code)
}

// seededDataDir returns a new folder holding a copy of the seeded one.
func seededDataDir(t testing.TB) string {
	t.Helper()
	seeded.once.Do(func() {
		if seeded.dir, seeded.err = os.MkdirTemp("", "marsad-seeded-"); seeded.err != nil {
			return
		}
		getenv := func(k string) string {
			return map[string]string{"MARSAD_DATA_DIR": seeded.dir, "MARSAD_LOG_LEVEL": "warn"}[k]
		}
		seeded.err = run(context.Background(), []string{"ask", "bonjour"}, getenv, strings.NewReader(""), io.Discard, io.Discard)
	})
	if seeded.err != nil {
		t.Fatalf("seeding the shared data folder: %v", seeded.err)
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(seeded.dir)); err != nil {
		t.Fatalf("copying the seeded data folder: %v", err)
	}
	return dir
}
