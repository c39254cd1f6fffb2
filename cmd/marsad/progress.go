package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/marsad/marsad/ingest"
)

// progressBar shows an ingestion's progress: a line redrawn in place on a
// terminal, a plain log line every logEvery otherwise (CI, redirected
// output), so that both stay readable.
type progressBar struct {
	w     io.Writer
	tty   bool
	now   func() time.Time
	file  string
	start time.Time
	last  time.Time
	drawn bool
}

const (
	redrawEvery = 100 * time.Millisecond
	logEvery    = 5 * time.Second
)

func newProgressBar(w io.Writer) *progressBar {
	f, ok := w.(*os.File)
	tty := false
	if ok {
		if fi, err := f.Stat(); err == nil {
			tty = fi.Mode()&os.ModeCharDevice != 0
		}
	}
	return &progressBar{w: w, tty: tty, now: time.Now}
}

// update takes one report; it is called from one goroutine at a time.
func (b *progressBar) update(pr ingest.Progress) {
	now := b.now()
	if pr.File != b.file {
		b.finish()
		// a log line waits a full period, when the rate means something;
		// a terminal line shows at once
		b.file, b.start, b.last = pr.File, now, now
		if b.tty {
			b.last = time.Time{}
		}
	}
	every := logEvery
	if b.tty {
		every = redrawEvery
	}
	if now.Sub(b.last) < every {
		return
	}
	b.last = now
	line := b.line(pr, now.Sub(b.start))
	if b.tty {
		fmt.Fprintf(b.w, "\r\033[K%s", line)
		b.drawn = true
		return
	}
	fmt.Fprintln(b.w, "ingest:", line)
}

// line words a report: rows, rate, share of bytes and time left.
func (b *progressBar) line(pr ingest.Progress, elapsed time.Duration) string {
	rate := float64(pr.Records) / max(elapsed.Seconds(), 1e-3)
	s := fmt.Sprintf("%s  %d rows  %.0f rows/s", pr.File, pr.Records, rate)
	if pr.Total > 0 && pr.Bytes > 0 {
		done := float64(pr.Bytes) / float64(pr.Total)
		left := time.Duration(float64(elapsed) * (1 - done) / done).Round(time.Second)
		s += fmt.Sprintf("  %3.0f%%  ETA %s", 100*done, left)
	}
	return s
}

// finish ends the terminal line, if one was drawn.
func (b *progressBar) finish() {
	if b.tty && b.drawn {
		fmt.Fprintln(b.w)
		b.drawn = false
	}
}
