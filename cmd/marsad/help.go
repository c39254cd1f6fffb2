package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// helpRequest is returned by parseConfig when the arguments ask for help
// (-h, --help): run prints the command's flags to standard output and
// exits 0, as a user asking for help did nothing wrong.
type helpRequest struct{ fs *flag.FlagSet }

func (h helpRequest) Error() string { return "help requested" }

// Unwrap lets errors.Is(err, flag.ErrHelp) recognise it.
func (h helpRequest) Unwrap() error { return flag.ErrHelp }

// print writes the command's usage line and every flag with its
// environment variable and the value in force (the environment's, else
// the default); secrets only say that they are set.
func (h helpRequest) print(w io.Writer) {
	fmt.Fprintf(w, "usage: marsad %s [flags]%s\n\nflags (each also read from its environment variable; the flag wins):\n", h.fs.Name(), commandArgs[h.fs.Name()])
	h.fs.VisitAll(func(f *flag.Flag) {
		fmt.Fprintf(w, "  --%s\n        %s", f.Name, f.Usage)
		switch {
		case f.DefValue == "" || f.DefValue == "false":
		case secretSettings[f.Name]:
			fmt.Fprint(w, " (set)")
		default:
			fmt.Fprintf(w, " (default %q)", f.DefValue)
		}
		fmt.Fprintln(w)
	})
}

// secretSettings are never printed, even when the environment sets them.
var secretSettings = map[string]bool{"admin-token": true, "llm-api-key": true, "database-url": true}

// commandArgs is what each command takes after its flags.
var commandArgs = map[string]string{
	"serve":      "",
	"ask":        ` "question"`,
	"ingest":     " [" + strings.Join(ingestKinds, "|") + "] PATH...",
	"eval":       " FILE.jsonl",
	"health":     "",
	"bench chat": "",
	"purge":      "",
}
