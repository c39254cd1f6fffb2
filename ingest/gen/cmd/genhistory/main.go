// Command genhistory writes Marsad's demo monthly history of job-ad counts
// by occupation and region (ingest/seed/ad_history/monthly_ad_counts.csv).
// Run it through `go generate ./ingest/gen`.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/marsad/marsad/ingest/gen"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "genhistory:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("genhistory", flag.ContinueOnError)
	out := fs.String("out", "../seed/ad_history/monthly_ad_counts.csv", "file to write")
	seed := fs.Int64("seed", gen.HistorySeed, "random seed")
	if err := fs.Parse(args); err != nil {
		return err
	}
	rows := gen.AdHistory(*seed)
	var buf bytes.Buffer
	if err := gen.WriteAdHistoryCSV(&buf, rows); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s\t%d rows\t%d bytes\n", *out, len(rows), buf.Len())
	return nil
}
