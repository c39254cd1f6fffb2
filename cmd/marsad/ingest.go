package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/tools"
)

// kinds of input ingest knows; "" lets the content tell.
var ingestKinds = []string{ingest.KindIndicators, ingest.KindAds, ingest.KindProfiles, ingest.KindNotes}

// ingestSummary is the JSON line `marsad ingest --json` ends with; Read =
// Loaded + Duplicates + Quarantined always. Indicator files add Inserted
// (new figures; the rest of Loaded are corrections, also in Updated) and
// the corrected values; Refused lists inputs of which nothing was stored.
type ingestSummary struct {
	ingest.Summary
	Inserted int            `json:"inserted"`
	Refused  []string       `json:"refused,omitempty"`
	Changes  []tools.Change `json:"changes,omitempty"`
}

func (s *ingestSummary) add(o ingestSummary) {
	s.Summary.Add(o.Summary)
	s.Inserted += o.Inserted
	s.Changes = append(s.Changes, o.Changes...)
}

func ingestCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "end with one JSON summary line")
	force := fs.Bool("force", false, "read again a file already ingested whole (its records then count as duplicates, or update the ads they edit)")
	cfg, rest, err := parseConfig(fs, args, getenv)
	cfg.Force = *force
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	kind := ""
	if len(rest) > 0 && slices.Contains(ingestKinds, rest[0]) {
		kind, rest = rest[0], rest[1:]
	}
	if len(rest) == 0 {
		return fmt.Errorf("ingest: no path (usage: marsad ingest [--json] [%s] PATH...)", strings.Join(ingestKinds, "|"))
	}
	a, err := newApp(ctx, cfg)
	if err != nil {
		return err
	}
	defer a.close()
	bar := newProgressBar(stderr)
	a.progress = bar.update
	sum := ingestSummary{Summary: ingest.Summary{Files: []string{}}}
	kept := 0 // new ads stored by inputs that stopped midway
	for _, path := range rest {
		s, err := a.ingestPath(ctx, kind, path)
		if err != nil {
			sum.Refused = append(sum.Refused, path)
			fmt.Fprintln(stderr, "marsad: ingest:", err)
			var stopped *ingest.StoppedError
			if errors.As(err, &stopped) {
				kept += stopped.Stored
			}
			continue
		}
		sum.add(s)
	}
	bar.finish()
	report(stdout, stderr, sum, *asJSON)
	return ingestStatus(sum, len(rest), kept)
}

// ingestStatus is the command's outcome once every path was tried: an
// error when any file was refused (each reason is already on stderr), so
// that a script sees the failure even though the other files were stored.
// kept counts the new ads that inputs stopped midway stored before they
// stopped: they stay, and the status says so rather than "nothing".
func ingestStatus(sum ingestSummary, paths, kept int) error {
	switch {
	case len(sum.Files) == 0 && len(sum.Skipped) == 0 && kept == 0:
		return errors.New("ingest: nothing could be stored")
	case len(sum.Refused) > 0 && kept > 0:
		return fmt.Errorf("ingest: %d of %d files refused or stopped (%s); %d new ads they stored before stopping are kept, and a re-run resumes them",
			len(sum.Refused), paths, strings.Join(sum.Refused, ", "), kept)
	case len(sum.Refused) > 0:
		return fmt.Errorf("ingest: %d of %d files refused: %s", len(sum.Refused), paths, strings.Join(sum.Refused, ", "))
	}
	return nil
}

func report(stdout, stderr io.Writer, sum ingestSummary, asJSON bool) {
	for _, c := range sum.Changes {
		fmt.Fprintf(stderr, "corrected %s %s %s/%s/%s/%s %s: %v -> %v\n", c.Key.Indicator, c.Key.Geo, c.Key.Area, c.Key.Sex, c.Key.Age, c.Key.Diploma, c.Key.Period, c.Old, c.New)
	}
	if sum.Quarantine != "" && sum.Quarantined > 0 {
		fmt.Fprintf(stderr, "%d records quarantined with their file, line and reason in %s\n", sum.Quarantined, sum.Quarantine)
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(sum)
		return
	}
	updated := ""
	if sum.Updated > 0 {
		updated = fmt.Sprintf(" (%d of them updates of earlier versions)", sum.Updated)
	}
	fmt.Fprintf(stdout, "read %d, loaded %d%s, duplicates %d (near %d), quarantined %d\n",
		sum.Read, sum.Loaded, updated, sum.Duplicates, sum.NearDuplicates, sum.Quarantined)
	if sum.Unclassified > 0 {
		fmt.Fprintf(stdout, "%d of the ads loaded could not be placed in an occupation: stored unclassified, counted as such\n", sum.Unclassified)
	}
}

// ingestPath loads one file: indicator CSVs through the indicator store,
// everything else through the pipeline (resumable, skipped when already
// ingested whole unless --force).
func (a *app) ingestPath(ctx context.Context, kind, path string) (ingestSummary, error) {
	return a.ingestPathAs(ctx, kind, path, path)
}

// ingestPathAs is ingestPath naming the input name in what it reports,
// counted in the metrics when serve set them.
func (a *app) ingestPathAs(ctx context.Context, kind, path, name string) (ingestSummary, error) {
	var err error
	if kind == "" {
		kind, err = sniffFile(path, name)
	}
	var s ingestSummary
	if err == nil {
		s, err = a.ingestKind(ctx, kind, path, name)
	}
	if a.cfg.Metrics != nil {
		a.cfg.Metrics.Ingested(kind, s.Loaded, s.Duplicates, s.Quarantined, err)
	}
	return s, err
}

// ingestKind loads one file of a known kind.
func (a *app) ingestKind(ctx context.Context, kind, path, name string) (ingestSummary, error) {
	if kind == ingest.KindIndicators {
		f, err := os.Open(path)
		if err != nil {
			return ingestSummary{}, err
		}
		defer f.Close()
		return a.ingestIndicators(ctx, name, f)
	}
	s, err := a.pipeline.IngestFileAs(ctx, kind, path, name)
	return ingestSummary{Summary: s}, err
}

func sniffFile(path, name string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	dec, _ := ingest.DecodeInput(f)
	head, _ := bufio.NewReaderSize(dec, 8<<10).Peek(8 << 10)
	if kind := ingest.Sniff(head); kind != "" {
		return kind, nil
	}
	return "", fmt.Errorf("%s: %w: cannot tell what the file holds; name the kind (%s)", name, ingest.ErrBadFile, strings.Join(ingestKinds, ", "))
}

// ingestUpload loads one upload; it is the POST /api/ingest hook. The
// body is first spooled to a file of the data folder, so that an upload
// goes the way of a file given to `marsad ingest`: recognised by its
// content (the same export sent twice, or sent after the command line
// ingested it, changes nothing), resumed after a crash of the server.
func (a *app) ingestUpload(ctx context.Context, kind, name string, body io.Reader) (any, error) {
	path, err := a.spool(body)
	if err != nil {
		return nil, err
	}
	defer os.Remove(path)
	return a.ingestSpooled(ctx, kind, path, name)
}

// ingestSpooled ingests an upload spooled at path; a file that cannot
// be stored is told as tools.ErrBadData.
func (a *app) ingestSpooled(ctx context.Context, kind, path, name string) (any, error) {
	s, err := a.ingestPathAs(ctx, kind, path, name)
	if errors.Is(err, ingest.ErrBadFile) || errors.Is(err, tools.ErrBadData) || errors.Is(err, ingest.ErrUnknownKind) {
		return nil, fmt.Errorf("%w: %v", tools.ErrBadData, err)
	}
	return s, err
}

// uploadsDir holds uploads being ingested, under the data folder.
func uploadsDir(dataDir string) string { return filepath.Join(dataDir, "ingest", "uploads") }

// removeStaleUploads deletes the spooled uploads a killed process left:
// the caller holds the data folder, so no upload is in progress. Their
// checkpoints stay in the ingestion state; the client sends them again.
func removeStaleUploads(dataDir string) {
	stale, _ := filepath.Glob(filepath.Join(uploadsDir(dataDir), "upload-*"))
	jobs, _ := filepath.Glob(filepath.Join(uploadsDir(dataDir), "ingest-job-*")) // a job's: it is taken again
	for _, p := range append(stale, jobs...) {
		_ = os.Remove(p)
	}
}

// spool copies an upload into a new file under the data folder and
// returns its path; the caller removes it.
func (a *app) spool(body io.Reader) (string, error) {
	dir := uploadsDir(a.cfg.DataDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("spool upload: %w", err)
	}
	f, err := os.CreateTemp(dir, "upload-*")
	if err != nil {
		return "", fmt.Errorf("spool upload: %w", err)
	}
	_, err = io.Copy(f, body)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", fmt.Errorf("spool upload: %w", err)
	}
	return f.Name(), nil
}

// ingestIndicators loads one indicator file whole or not at all. A row
// repeating an earlier row's cell and value in the same file counts as a
// duplicate, as does a figure the store already holds.
func (a *app) ingestIndicators(ctx context.Context, name string, r io.Reader) (ingestSummary, error) {
	f, err := ingest.ReadIndicatorFile(r, name)
	if err != nil {
		return ingestSummary{}, err
	}
	ls, err := a.indicators.Load(ctx, f.Observations)
	if err != nil {
		return ingestSummary{}, fmt.Errorf("%s: %w", name, err)
	}
	return ingestSummary{
		Summary: ingest.Summary{Read: ls.Read + f.Duplicates, Loaded: ls.Inserted + ls.Updated,
			Duplicates: ls.Unchanged + f.Duplicates, Updated: ls.Updated, Files: []string{name}},
		Inserted: ls.Inserted, Changes: ls.Changes,
	}, nil
}
