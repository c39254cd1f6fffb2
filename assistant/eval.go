package assistant

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Case is one line of an evaluation file (DESIGN.md, "Evaluation
// contract"): either one Question with its Expect, or a conversation of
// Turns asked in order in one session. Category, when set, groups the
// case in Report.ByCategory.
type Case struct {
	ID       string     `json:"id"`
	Category string     `json:"category,omitempty"`
	Question string     `json:"question,omitempty"`
	Expect   Expect     `json:"expect"`
	Turns    []CaseTurn `json:"turns,omitempty"`
}

// CaseTurn is one turn of a conversation case.
type CaseTurn struct {
	Question string `json:"question"`
	Expect   Expect `json:"expect"`
}

// Expect is what a case or turn checks; every field is optional, and a
// field left out (or Unknown false) checks nothing. Args values are
// strings, numbers or booleans, as read with json.Decoder.UseNumber.
type Expect struct {
	Lang        string         `json:"lang,omitempty"`
	Tool        string         `json:"tool,omitempty"`
	Args        map[string]any `json:"args,omitempty"`
	Numbers     []string       `json:"numbers,omitempty"`
	ContainsAny []string       `json:"contains_any,omitempty"`
	NotContains []string       `json:"not_contains,omitempty"`
	Unknown     bool           `json:"unknown,omitempty"`
	DocIDs      []string       `json:"doc_ids,omitempty"`
}

// ReadCases reads JSON Lines cases; blank lines and lines starting with #
// are skipped. A line that is not a case (bad JSON, a field no case has,
// no question, a conversation with a question or expect of its own, an
// args value that is a list or an object) is an error naming its line.
func ReadCases(r io.Reader, name string) ([]Case, error) {
	var out []Case
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var c Case
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields() // a typo in a field name would check nothing
		dec.UseNumber()             // args values compare as written, "2024" = 2024
		if err := dec.Decode(&c); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if err := c.validate(); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

func (c Case) validate() error {
	if len(c.Turns) == 0 {
		if c.Question == "" {
			return errors.New("empty question")
		}
		return c.Expect.validate()
	}
	if c.Question != "" || !c.Expect.empty() {
		return errors.New("a case with turns has its questions and expects inside them")
	}
	for i, t := range c.Turns {
		if t.Question == "" {
			return fmt.Errorf("turn %d: empty question", i+1)
		}
		if err := t.Expect.validate(); err != nil {
			return fmt.Errorf("turn %d: %w", i+1, err)
		}
	}
	return nil
}

func (e Expect) validate() error {
	for k, v := range e.Args {
		if _, ok := argString(v); !ok {
			return fmt.Errorf("args.%s: want a string, a number or a boolean, got %v", k, v)
		}
	}
	return nil
}

func (e Expect) empty() bool {
	return e.Lang == "" && e.Tool == "" && len(e.Args) == 0 && len(e.Numbers) == 0 && len(e.ContainsAny) == 0 &&
		len(e.NotContains) == 0 && !e.Unknown && len(e.DocIDs) == 0
}

// ChatFunc runs one turn as Assistant.Chat does.
type ChatFunc func(context.Context, Request, Emit) (Turn, error)

// Evaluate runs each case through chat (the same path as the chat
// routes) and scores it: a single question in a fresh session, a
// conversation's turns in order in one new session. A turn that fails is
// scored as a failed turn; only the end of ctx stops the run, with its
// error.
func Evaluate(ctx context.Context, chat ChatFunc, cases []Case) (Report, error) {
	var s scorer
	for _, c := range cases {
		runs, err := runCase(ctx, chat, c)
		if err != nil {
			return Report{}, err
		}
		s.score(c, runs)
	}
	return s.report(), nil
}

// turnRun is one asked turn of a case with what it was expected to do.
type turnRun struct {
	id       string // the case's, with "#n" (from 1) for a conversation's turn n
	question string
	expect   Expect
	turn     Turn
	err      error
}

func runCase(ctx context.Context, chat ChatFunc, c Case) ([]turnRun, error) {
	quiet := func(Event) error { return nil }
	if len(c.Turns) == 0 {
		t, err := chat(ctx, Request{Message: c.Question}, quiet)
		if err != nil && ctx.Err() != nil {
			return nil, err
		}
		return []turnRun{{id: c.ID, question: c.Question, expect: c.Expect, turn: t, err: err}}, nil
	}
	session := NewSessionID()
	runs := make([]turnRun, 0, len(c.Turns))
	for i, ct := range c.Turns {
		t, err := chat(ctx, Request{Message: ct.Question, SessionID: session}, quiet)
		if err != nil && ctx.Err() != nil {
			return nil, err
		}
		id := fmt.Sprintf("%s#%d", c.ID, i+1)
		runs = append(runs, turnRun{id: id, question: ct.Question, expect: ct.Expect, turn: t, err: err})
	}
	return runs, nil
}
