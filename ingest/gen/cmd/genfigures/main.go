// Command genfigures writes a bundled indicator file of Marsad's seed
// (ingest/seed/indicators) from its source: every row with its series and,
// where HCP_PAGES.tsv verified one, HCP's own page (gen.SeedFigures). Run
// it through `go generate ./ingest/gen`.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/marsad/marsad/ingest/gen"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "genfigures:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("genfigures", flag.ContinueOnError)
	in := fs.String("in", "", "the indicator CSV to read (may be -out itself)")
	out := fs.String("out", "", "the file to write")
	pagesPath := fs.String("pages", "../seed/indicators/HCP_PAGES.tsv", "the figures verified on hcp.ma pages")
	if err := fs.Parse(args); err != nil {
		return err
	}
	src, err := os.ReadFile(*in)
	if err != nil {
		return err
	}
	pf, err := os.Open(*pagesPath)
	if err != nil {
		return err
	}
	defer pf.Close()
	pages, err := gen.ReadHCPPages(pf)
	if err != nil {
		return fmt.Errorf("%s: %w", *pagesPath, err)
	}
	var buf bytes.Buffer
	n, err := gen.SeedFigures(bytes.NewReader(src), pages, &buf)
	if err != nil {
		return fmt.Errorf("%s: %w", *in, err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s\t%d bytes, %d rows given an HCP page\n", *out, buf.Len(), n)
	return nil
}
