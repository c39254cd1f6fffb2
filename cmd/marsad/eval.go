package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/marsad/marsad/assistant"
)

func evalCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print one JSON report")
	cfg, rest, err := parseConfig(fs, args, getenv)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if len(rest) != 1 {
		return fmt.Errorf("eval: usage: marsad eval [--json] FILE.jsonl")
	}
	f, err := os.Open(rest[0])
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	cases, err := assistant.ReadCases(f, rest[0])
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	a, err := newApp(ctx, cfg)
	if err != nil {
		return err
	}
	defer a.close()
	rep, err := assistant.Evaluate(ctx, a.assistant.Chat, cases)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(rep)
	}
	printReport(stdout, rep)
	return nil
}

// printReport writes the report for a reader: the accuracies, the rows by
// language and category, then one line a failed check.
func printReport(w io.Writer, r assistant.Report) {
	fmt.Fprintf(w, "cases %d  lang %.3f  tool %.3f  args %.3f  numbers %.3f  citations %.3f  retrieval %.3f\n",
		r.Cases, r.LangAcc, r.ToolAcc, r.ArgsAcc, r.NumberAcc, r.CitationRate, r.RetrievalHit)
	fmt.Fprintf(w, "contains %.3f  not_contains %.3f  unknown %.3f\n", r.ContainsAcc, r.NotContainsAcc, r.UnknownAcc)
	if r.Conversations > 0 {
		fmt.Fprintf(w, "conversations %d, %.3f fully passed\n", r.Conversations, r.ConversationAcc)
	}
	for _, l := range r.ByLang {
		fmt.Fprintf(w, "  %-9s %3d cases, %.3f fully passed\n", l.Lang, l.Cases, l.Passed)
	}
	for _, c := range r.ByCategory {
		fmt.Fprintf(w, "  %-12s %3d cases, %.3f fully passed\n", c.Category, c.Cases, c.Passed)
	}
	for _, f := range r.Failures {
		fmt.Fprintf(w, "FAIL %s %s: want %s, got %s\n", f.ID, f.Check, f.Want, f.Got)
	}
}
