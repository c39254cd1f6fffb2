package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/tools"
)

// kinds of input ingest knows; "" lets the content tell.
var ingestKinds = []string{"indicators", "ads", "profiles", "notes"}

// ingestSummary is the JSON line `marsad ingest --json` ends with; Read =
// Loaded + Duplicates + Quarantined always.
type ingestSummary struct {
	Read        int            `json:"read"`
	Loaded      int            `json:"loaded"`
	Duplicates  int            `json:"duplicates"`
	Quarantined int            `json:"quarantined"`
	Inserted    int            `json:"inserted"`
	Updated     int            `json:"updated"`
	Files       []string       `json:"files"`
	Refused     []string       `json:"refused,omitempty"`
	Changes     []tools.Change `json:"changes,omitempty"`
}

func ingestCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "end with one JSON summary line")
	cfg, rest, err := parseConfig(fs, args, getenv)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	kind := ""
	if len(rest) > 0 && contains(ingestKinds, rest[0]) {
		kind, rest = rest[0], rest[1:]
	}
	if len(rest) == 0 {
		return fmt.Errorf("ingest: no path; usage: marsad ingest [--json] [%s] PATH...", strings.Join(ingestKinds, "|"))
	}
	a, err := newApp(ctx, cfg)
	if err != nil {
		return err
	}
	defer a.close()
	sum := ingestSummary{Files: []string{}}
	for _, path := range rest {
		if err := a.ingestPath(ctx, kind, path, &sum); err != nil {
			sum.Refused = append(sum.Refused, path)
			fmt.Fprintln(stderr, "marsad: ingest:", err)
		}
	}
	for _, c := range sum.Changes {
		fmt.Fprintf(stderr, "corrected %s %s %s/%s/%s/%s %s: %v -> %v\n", c.Key.Indicator, c.Key.Geo, c.Key.Area, c.Key.Sex, c.Key.Age, c.Key.Diploma, c.Key.Period, c.Old, c.New)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(sum)
	} else {
		fmt.Fprintf(stdout, "read %d, loaded %d (inserted %d, updated %d), duplicates %d, quarantined %d\n",
			sum.Read, sum.Loaded, sum.Inserted, sum.Updated, sum.Duplicates, sum.Quarantined)
	}
	if len(sum.Files) == 0 {
		return errors.New("ingest: nothing could be stored")
	}
	return nil
}

func (a *app) ingestPath(ctx context.Context, kind, path string, sum *ingestSummary) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	s, err := a.ingestReader(ctx, kind, path, f)
	if err != nil {
		return err
	}
	sum.add(s)
	sum.Files = append(sum.Files, path)
	return nil
}

// ingestReader loads one input; it is also the POST /api/ingest hook.
func (a *app) ingestReader(ctx context.Context, kind, name string, r io.Reader) (ingestSummary, error) {
	br := bufio.NewReader(r)
	if kind == "" {
		kind = sniffKind(br)
	}
	switch kind {
	case "indicators":
		return a.ingestIndicators(ctx, name, br)
	case "":
		return ingestSummary{}, fmt.Errorf("%s: %w: cannot tell what the file holds; name the kind (%s)", name, ingest.ErrBadFile, strings.Join(ingestKinds, ", "))
	}
	return ingestSummary{}, fmt.Errorf("%s: ingesting %s is not in this build yet; only indicators are", name, kind)
}

func (a *app) ingestIndicators(ctx context.Context, name string, r io.Reader) (ingestSummary, error) {
	obs, err := ingest.ReadIndicators(r, name)
	if err != nil {
		return ingestSummary{}, err
	}
	ls, err := a.indicators.Load(ctx, obs)
	if err != nil {
		return ingestSummary{}, fmt.Errorf("%s: %w", name, err)
	}
	return ingestSummary{Read: ls.Read, Loaded: ls.Inserted + ls.Updated, Duplicates: ls.Unchanged,
		Inserted: ls.Inserted, Updated: ls.Updated, Changes: ls.Changes, Files: []string{name}}, nil
}

func (a *app) ingestUpload(ctx context.Context, kind, name string, body io.Reader) (any, error) {
	s, err := a.ingestReader(ctx, kind, name, body)
	if errors.Is(err, ingest.ErrBadFile) || errors.Is(err, tools.ErrBadData) {
		return nil, fmt.Errorf("%w: %v", tools.ErrBadData, err)
	}
	return s, err
}

func (s *ingestSummary) add(o ingestSummary) {
	s.Read += o.Read
	s.Loaded += o.Loaded
	s.Duplicates += o.Duplicates
	s.Quarantined += o.Quarantined
	s.Inserted += o.Inserted
	s.Updated += o.Updated
	s.Changes = append(s.Changes, o.Changes...)
}

// sniffKind tells the kind of an input from its first bytes: an indicator
// CSV starts with its long-format header.
func sniffKind(br *bufio.Reader) string {
	head, _ := br.Peek(512)
	head = bytes.TrimPrefix(head, []byte("\ufeff"))
	first, _, _ := bytes.Cut(head, []byte("\n"))
	if bytes.HasPrefix(bytes.ToLower(bytes.TrimSpace(first)), []byte("indicator,")) {
		return "indicators"
	}
	return ""
}

func contains(set []string, s string) bool {
	for _, v := range set {
		if v == s {
			return true
		}
	}
	return false
}
