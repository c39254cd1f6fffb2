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

func TestProgressOffTerminalLogsPlainLinesEveryPeriod(t *testing.T) {
	var out bytes.Buffer
	b := newProgressBar(&out)
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	b.now = func() time.Time { return clock }
	for i := 1; i <= 12; i++ { // 12 reports a second apart: lines at 5 s and 10 s
		b.update(ingest.Progress{File: "a.csv", Records: 1000 * i})
		clock = clock.Add(time.Second)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || strings.Contains(out.String(), "\r") || !strings.Contains(lines[0], "6000 rows  1200 rows/s") {
		t.Fatalf("output %q: want two plain lines, the first at 5 s", out.String())
	}
}
