package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/ingest"
)

func TestProgressLineHasRowsRateAndETA(t *testing.T) {
	b := newProgressBar(&bytes.Buffer{})
	got := b.line(ingest.Progress{File: "ads.csv", Records: 5000, Bytes: 250, Total: 1000}, 2*time.Second)
	for _, want := range []string{"ads.csv", "5000 rows", "2500 rows/s", "25%", "ETA 6s"} {
		if !strings.Contains(got, want) {
			t.Errorf("line %q lacks %q", got, want)
		}
	}
}

func TestProgressOffTerminalLogsPlainLines(t *testing.T) {
	var out bytes.Buffer
	b := newProgressBar(&out)
	b.update(ingest.Progress{File: "a.csv", Records: 10})
	b.update(ingest.Progress{File: "a.csv", Records: 20}) // within logEvery: not logged
	b.update(ingest.Progress{File: "b.csv", Records: 5})
	if lines := strings.Count(out.String(), "\n"); lines != 2 || strings.Contains(out.String(), "\r") {
		t.Fatalf("output %q: want two plain lines", out.String())
	}
}
