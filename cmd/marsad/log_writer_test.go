package main

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestLogWriterWritesAWarningAtOnce(t *testing.T) {
	var out lockedBuffer
	lw := newLogWriter(&out)
	log := newLogger(lw, config{LogLevel: "info"})
	log.Warn("store slow", "ms", 900)
	if got := out.String(); !strings.Contains(got, "store slow") {
		t.Fatalf("after a warning the log holds %q", got)
	}
}

func TestLogWriterWritesAFullBufferAtOnce(t *testing.T) {
	var out lockedBuffer
	lw := newLogWriter(&out)
	line := strings.Repeat("x", 99) + "\n"
	for range logFlushSize / len(line) {
		lw.Write([]byte(line))
	}
	lw.Write([]byte(line))
	if got := len(out.String()); got < logFlushSize {
		t.Fatalf("%d bytes written of a full buffer of %d", got, logFlushSize)
	}
}

func TestLogWriterWritesInfoLinesInOrder(t *testing.T) {
	var out lockedBuffer
	lw := newLogWriter(&out)
	log := newLogger(lw, config{LogLevel: "info", LogFormat: "json"})
	var want []string
	for i := range 50 {
		log.Info("turn", "n", i)
		want = append(want, `"n":`+strconv.Itoa(i)+"}")
	}
	lw.Flush()
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), out.String())
	}
	for i, l := range lines {
		if !strings.HasSuffix(l, want[i]) {
			t.Fatalf("line %d is %s, want it to end with %s", i, l, want[i])
		}
	}
}

// The timer writes what is held without a Flush.
func TestLogWriterWritesHeldLinesLater(t *testing.T) {
	var out lockedBuffer
	lw := newLogWriter(&out)
	newLogger(lw, config{LogLevel: "info"}).Info("turn answered")
	for deadline := time.Now().Add(30 * time.Second); !strings.Contains(out.String(), "turn answered"); {
		if time.Now().After(deadline) {
			t.Fatal("an info line was never written")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
