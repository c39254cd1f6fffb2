package ingest_test

import (
	"bufio"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/seed"
	"github.com/marsad/marsad/tools"
)

// FuzzReadIndicators checks the reader's contract on any input: it never
// panics, and either accepts the file with every row valid and within
// bounds, or refuses it whole with a short error naming a line of it.
func FuzzReadIndicators(f *testing.F) {
	for _, c := range refusedFiles {
		f.Add(c.body)
	}
	for _, c := range boundsRefused {
		if body := header + row(c.kv...); len(body) < 4<<10 {
			f.Add(body)
		}
	}
	f.Add(header + row() + row("value", "13,3", "reported_by", "another site") + row("value", "13.4"))
	f.Add(strings.ReplaceAll(header+row("value", "1 234 567", "unit", "persons"), ",", ";"))
	f.Add(seedHead(f, "indicators/hcp_labour_figures.csv", 12))
	f.Add(seedHead(f, "indicators/hcp_regional_extra.csv", 12))
	f.Fuzz(func(t *testing.T, body string) {
		obs, err := ingest.ReadIndicators(strings.NewReader(body), "f.csv")
		if err != nil {
			checkRefusal(t, body, obs, err)
			return
		}
		if len(obs) == 0 {
			t.Fatal("accepted a file with no figure")
		}
		seen := map[tools.Key]bool{}
		for _, o := range obs {
			checkAccepted(t, o)
			if seen[o.Key()] {
				t.Fatalf("two figures for one cell: %+v", o.Key())
			}
			seen[o.Key()] = true
		}
	})
}

// checkRefusal: no figure, ErrBadFile, a RowError on a line of the input,
// and a message that starts with the place and echoes no huge field.
func checkRefusal(t *testing.T, body string, obs []tools.Observation, err error) {
	t.Helper()
	var re *ingest.RowError
	if obs != nil || !errors.Is(err, ingest.ErrBadFile) || !errors.As(err, &re) {
		t.Fatalf("refusal with %d figures, err %v: want none and a *RowError wrapping ErrBadFile", len(obs), err)
	}
	// Lines are counted on the input as given; decoding never adds any.
	if lines := strings.Count(body, "\n") + 1; re.Line < 1 || re.Line > lines {
		t.Fatalf("error on line %d of a %d-line input: %v", re.Line, lines, err)
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, fmt.Sprintf("f.csv:%d: ", re.Line)) || len(msg) > 1000 {
		t.Fatalf("message %.300q (%d bytes): want it to start f.csv:%d: and stay short", msg, len(msg), re.Line)
	}
}

// checkAccepted re-checks an accepted figure by its own rules, written
// apart from the reader's: the dimensions as tools validates them, a
// finite value of plausible size, short fields, an http(s) source.
func checkAccepted(t *testing.T, o tools.Observation) {
	t.Helper()
	if err := tools.ValidateObservation(o); err != nil {
		t.Fatalf("accepted an invalid figure: %v", err)
	}
	v := o.Value
	if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > 1e9 ||
		(strings.HasPrefix(strings.ToLower(o.Unit), "percent") && (v < 0 || v > 100)) {
		t.Fatalf("accepted value %v %s", v, o.Unit)
	}
	for _, s := range []string{o.Indicator, o.Unit, o.Publisher, o.ReportedBy} {
		if utf8.RuneCountInString(s) > 300 {
			t.Fatalf("accepted a field of %d characters", utf8.RuneCountInString(s))
		}
	}
	u := strings.ToLower(o.SourceURL)
	if len(o.SourceURL) > 2048*utf8.UTFMax || (u != "" && !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://")) {
		t.Fatalf("accepted source %.100q", o.SourceURL)
	}
}

// seedHead returns the first n lines of a bundled seed file.
func seedHead(f *testing.F, name string, n int) string {
	r, err := seed.FS.Open(name)
	if err != nil {
		f.Fatal(err)
	}
	defer r.Close()
	var b strings.Builder
	sc := bufio.NewScanner(r)
	for i := 0; i < n && sc.Scan(); i++ {
		b.WriteString(sc.Text() + "\n")
	}
	return b.String()
}
