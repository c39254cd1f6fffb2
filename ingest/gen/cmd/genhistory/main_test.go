package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunWritesHistory(t *testing.T) {
	out := filepath.Join(t.TempDir(), "sub", "h.csv")
	var log bytes.Buffer
	if err := run([]string{"-out", out, "-seed", "3"}, &log); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil || !strings.HasPrefix(string(b), "month,isco,region,ads,source\n2019-01,") {
		t.Fatalf("file: %.60q, %v", b, err)
	}
	if err := run([]string{"-seed", "x"}, &log); err == nil {
		t.Error("a bad seed: want an error")
	}
}
