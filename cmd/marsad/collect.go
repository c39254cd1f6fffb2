package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/marsad/marsad/ingest/collect"
)

// collectSummary is the JSON line `marsad collect --json` ends with: the
// keys of `ingest --json` (read = loaded + duplicates + quarantined), the
// pages' counts and notes, and the sources of which nothing was stored.
type collectSummary struct {
	collect.Report
	Refused []string `json:"refused,omitempty"`
}

func collectCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("collect", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "end with one JSON summary line")
	cfg, rest, err := parseConfig(fs, args, getenv)
	if err != nil {
		return fmt.Errorf("collect: %w", err)
	}
	srcs, err := collectSources(rest, cfg.CollectSources)
	if err != nil {
		return err
	}
	a, err := newApp(ctx, cfg)
	if err != nil {
		return err
	}
	defer a.close()
	c, done, err := a.collector(ctx)
	if err != nil {
		return err
	}
	defer done()
	sum := collectSummary{Report: collect.Report{}}
	sum.Files = []string{}
	for _, s := range srcs {
		rep, err := c.Collect(ctx, s)
		sum.Add(rep)
		if err != nil {
			sum.Refused = append(sum.Refused, s.Address)
			fmt.Fprintln(stderr, "marsad:", err)
		}
		if ctx.Err() != nil {
			break
		}
	}
	reportCollect(stdout, stderr, sum, *asJSON)
	return collectStatus(sum, len(srcs))
}

// collectSources are the addresses given, else the sources file's.
func collectSources(addresses []string, file string) ([]collect.Source, error) {
	if len(addresses) == 0 && file == "" {
		return nil, errors.New("collect: no address (usage: marsad collect [--json] ADDRESS..., or set MARSAD_COLLECT_SOURCES)")
	}
	if len(addresses) == 0 {
		return readSources(file)
	}
	var srcs []collect.Source
	for _, a := range addresses {
		s := collect.Source{Address: a}
		if err := s.Check(); err != nil {
			return nil, fmt.Errorf("collect: %w", err)
		}
		srcs = append(srcs, s)
	}
	return srcs, nil
}

// collectStatus fails when a source stored nothing or a page failed (each
// reason is already on stderr), so that a script sees it.
func collectStatus(sum collectSummary, sources int) error {
	switch {
	case len(sum.Refused) > 0:
		return fmt.Errorf("collect: %d of %d sources stored nothing: %s", len(sum.Refused), sources, strings.Join(sum.Refused, ", "))
	case len(sum.PagesFailed) > 0:
		return fmt.Errorf("collect: %d pages could not be fetched; the next run asks for them again", len(sum.PagesFailed))
	}
	return nil
}

func reportCollect(stdout, stderr io.Writer, sum collectSummary, asJSON bool) {
	for _, n := range sum.PagesSkipped {
		fmt.Fprintf(stderr, "skipped %s: %s\n", n.URL, n.Reason)
	}
	for _, n := range sum.PagesFailed {
		fmt.Fprintf(stderr, "failed %s: %s\n", n.URL, n.Reason)
	}
	if asJSON {
		if sum.Quarantine != "" && sum.Quarantined > 0 {
			fmt.Fprintf(stderr, "%d records quarantined with their address, line and reason in %s\n", sum.Quarantined, sum.Quarantine)
		}
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(sum)
		return
	}
	fmt.Fprintf(stdout, "pages fetched %d, not modified %d, unchanged in their sitemap %d, skipped %d, failed %d\n",
		sum.Pages, sum.NotModified, sum.Unchanged, len(sum.PagesSkipped), len(sum.PagesFailed))
	report(stdout, stderr, ingestSummary{Summary: sum.Summary}, false)
}
