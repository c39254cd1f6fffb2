package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/marsad/marsad/ingest"
)

// classifySummary is the last line of `marsad classify --json`.
type classifySummary struct {
	Ads          int `json:"ads"`
	Unclassified int `json:"unclassified"`
	Unreadable   int `json:"unreadable"`
}

// classifyCmd prints the occupation ingestion would give each job ad of
// the files, storing nothing.
func classifyCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("classify", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, `one JSON line per ad: {"id", "title", "isco", "confidence", "via"}, then a summary line`)
	cfg, rest, err := parseConfig(fs, args, getenv)
	if err != nil {
		return fmt.Errorf("classify: %w", err)
	}
	if len(rest) == 0 {
		return fmt.Errorf("classify: no file (usage: marsad classify [--json] FILE...)")
	}
	a, err := newApp(ctx, cfg)
	if err != nil {
		return err
	}
	defer a.close()
	out := newClassifyPrinter(stdout, *asJSON)
	for _, path := range rest {
		if err := classifyFile(ctx, a.pipeline, path, out.print); err != nil {
			return fmt.Errorf("classify %s: %w", path, err)
		}
	}
	return out.finish()
}

func classifyFile(ctx context.Context, p *ingest.Pipeline, path string, emit func(string, ingest.Classified) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return p.ClassifyAds(ctx, f, func(c ingest.Classified) error { return emit(path, c) })
}

// classifyPrinter writes JSON lines or a table, and counts.
type classifyPrinter struct {
	json bool
	enc  *json.Encoder
	tab  *tabwriter.Writer
	sum  classifySummary
}

func newClassifyPrinter(w io.Writer, asJSON bool) *classifyPrinter {
	p := &classifyPrinter{json: asJSON, enc: json.NewEncoder(w), tab: tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)}
	p.enc.SetEscapeHTML(false)
	if !asJSON {
		fmt.Fprintln(p.tab, "FILE:LINE\tID\tISCO\tCONFIDENCE\tVIA\tTITLE")
	}
	return p
}

func (p *classifyPrinter) print(path string, c ingest.Classified) error {
	p.sum.Ads++
	switch {
	case c.Err != "":
		p.sum.Unreadable++
	case c.ISCO == "":
		p.sum.Unclassified++
	}
	if p.json {
		return p.enc.Encode(c)
	}
	code := c.ISCO
	if c.Err != "" {
		code = "error: " + c.Err
	} else if code == "" {
		code = "unknown"
	}
	_, err := fmt.Fprintf(p.tab, "%s:%d\t%s\t%s\t%.2f\t%s\t%s\n", path, c.Line, c.ID, code, c.Confidence, c.Via, c.Title)
	return err
}

func (p *classifyPrinter) finish() error {
	if p.json {
		return p.enc.Encode(p.sum)
	}
	fmt.Fprintf(p.tab, "\n%d ads, %d could not be placed in an occupation, %d unreadable\n", p.sum.Ads, p.sum.Unclassified, p.sum.Unreadable)
	return p.tab.Flush()
}
