package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestRunWritesCorpus(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	if err := run([]string{"-out", dir}, &out); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"site_a.csv", "site_b.jsonl", "site_c.csv", "anapec_like.jsonl", "DUPLICATES.tsv", "BAD.tsv", "LABELS.tsv"} {
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil || fi.Size() == 0 {
			t.Errorf("%s: missing or empty (%v)", name, err)
		}
	}
	if err := run([]string{"-nope"}, &out); err == nil {
		t.Error("unknown flag: want an error")
	}
}
