package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/marsad/marsad/assistant"
)

func ask(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the whole turn as one JSON object")
	session := fs.String("session", "", "session id, to follow up on an earlier question")
	cfg, rest, err := parseConfig(fs, args, getenv)
	if err != nil {
		return fmt.Errorf("ask: %w", err)
	}
	question := strings.TrimSpace(strings.Join(rest, " "))
	if question == "" {
		return fmt.Errorf(`ask: no question; usage: marsad ask [--json] "question"`)
	}
	a, err := newApp(ctx, cfg)
	if err != nil {
		return err
	}
	defer a.close()
	a.chartLog = func(err error) { fmt.Fprintln(stderr, "marsad ask: turn without charts:", err) }
	turn, err := a.assistant.Chat(ctx, assistant.Request{Message: question, SessionID: *session}, func(assistant.Event) error { return nil })
	if err != nil {
		return fmt.Errorf("ask: %w", err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(turn)
	}
	// the answer, then its sources: the answer does not list them itself
	_, err = fmt.Fprintln(stdout, assistant.Readable(turn))
	return err
}
