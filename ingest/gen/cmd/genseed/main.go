// Command genseed writes Marsad's demo job-ad corpus (ingest/seed/ads) from
// the phrase banks of package gen. Run it through `go generate ./ingest/gen`.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/marsad/marsad/ingest/gen"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "genseed:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("genseed", flag.ContinueOnError)
	out := fs.String("out", "../seed/ads", "folder to write the corpus to")
	if err := fs.Parse(args); err != nil {
		return err
	}
	files, err := gen.SeedCorpus()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		p := filepath.Join(*out, f.Name)
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s\t%d bytes\n", p, len(f.Data))
	}
	return nil
}
