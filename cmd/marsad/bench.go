package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/gin-gonic/gin"

	"github.com/marsad/marsad/web/chatbench"
)

// benchCmd runs `marsad bench chat`: a load of websocket sessions on a
// running server, beside the ceiling of the same machine.
func benchCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "chat" {
		return fmt.Errorf("bench: which bench? (usage: marsad bench chat --addr HOST:PORT --sessions N [--questions N] [--json])")
	}
	fs := flag.NewFlagSet("bench chat", flag.ContinueOnError)
	sessions := fs.Int("sessions", 100, "websocket sessions at once")
	questions := fs.Int("questions", 5, "questions each session asks in turn")
	asJSON := fs.Bool("json", false, `last line {"sessions","answers","errors","p50_ms","p99_ms","ceiling_p99_ms",…}`)
	cfg, rest, err := parseConfig(fs, args[1:], getenv)
	if err != nil {
		return fmt.Errorf("bench chat: %w", err)
	}
	if len(rest) > 0 {
		return fmt.Errorf("bench chat: unexpected %q (usage: marsad bench chat --addr HOST:PORT --sessions N [--questions N] [--json])", rest[0])
	}
	gin.SetMode(gin.ReleaseMode) // the ceiling's engine logs nothing
	o := chatbench.Options{Addr: dialable(cfg.Addr), Sessions: *sessions, Questions: *questions,
		Progress: func(format string, args ...any) { fmt.Fprintf(stderr, "bench chat: "+format+"\n", args...) }}
	r, err := chatbench.Run(ctx, o)
	if err != nil {
		return fmt.Errorf("bench chat: %w", err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(r)
	}
	ratio := 0.0
	if r.CeilingP99 > 0 {
		ratio = r.P99 / r.CeilingP99
	}
	_, err = fmt.Fprintf(stdout, "%d sessions, %d answers, %d errors in %.1f s: p50 %.1f ms, p99 %.1f ms; ceiling p50 %.1f ms, p99 %.1f ms (%.1f× the ceiling's p99)\n",
		r.Sessions, r.Answers, r.Errors, r.Seconds, r.P50, r.P99, r.CeilingP50, r.CeilingP99, ratio)
	return err
}
