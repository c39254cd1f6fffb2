// Command marsad is Marsad's one binary: serve the chat, ingest data, ask
// a question from the shell, and evaluate question sets.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/marsad/marsad/ingest"
)

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(ingest.MemoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "marsad:", err)
		os.Exit(1)
	}
}

const usage = `usage: marsad <command> [flags] [args]

commands:
  serve                      start the chat server (default 127.0.0.1:8080)
  ask [--json] "question"    answer one question
  ingest [--json] [indicators|ads|profiles|notes] PATH...
                             load data files
  collect [--json] [ADDRESS...]
                             collect job ads from a sitemap, a feed, a listing
                             page or an export (no address: MARSAD_COLLECT_SOURCES)
  import ckan --portal URL --organization NAME --mapping FILE [--json]
                             import a publisher's tables from a CKAN portal
  eval [--json] FILE.jsonl   score a question set
  classify [--json] FILE...  print the occupation each job ad would get, storing nothing
  purge [--older-than DURATION] [--json]
                             remove conversations and feedback older than
                             DURATION (default MARSAD_RETENTION, 30d)
  health                     check that the server at MARSAD_ADDR answers /healthz
  bench chat [--json] --sessions N
                             load the websocket of the server at MARSAD_ADDR,
                             beside a bare echo server's ceiling
  version                    print the version

Configuration comes from MARSAD_* environment variables; flags of the same
name (--data-dir for MARSAD_DATA_DIR…) override them; "marsad COMMAND --help"
lists a command's flags. See README.md.`

// run is main without the process: tests call it with their own args,
// environment and streams.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return fmt.Errorf("no command given")
	}
	err := dispatch(ctx, args, getenv, stdin, stdout, stderr)
	var help helpRequest
	if errors.As(err, &help) {
		help.print(stdout)
		return nil
	}
	return err
}

func dispatch(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return serve(ctx, rest, getenv, stdout, stderr)
	case "ask":
		return ask(ctx, rest, getenv, stdout, stderr)
	case "ingest":
		return ingestCmd(ctx, rest, getenv, stdout, stderr)
	case "collect":
		return collectCmd(ctx, rest, getenv, stdout, stderr)
	case "import":
		return importCmd(ctx, rest, getenv, stdout, stderr)
	case "eval":
		return evalCmd(ctx, rest, getenv, stdout, stderr)
	case "classify":
		return classifyCmd(ctx, rest, getenv, stdout, stderr)
	case "purge":
		return purgeCmd(ctx, rest, getenv, stdout)
	case "health":
		return health(ctx, rest, getenv, stdout)
	case "bench":
		return benchCmd(ctx, rest, getenv, stdout, stderr)
	case "version", "--version":
		fmt.Fprintln(stdout, "marsad", buildVersion())
		return nil
	case "help", "-h", "--help":
		fmt.Fprintln(stdout, usage)
		return nil
	}
	fmt.Fprintln(stderr, usage)
	return fmt.Errorf("unknown command %q", cmd)
}
