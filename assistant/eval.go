package assistant

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Case is one line of an evaluation file (DESIGN.md, "Evaluation
// contract").
type Case struct {
	ID       string `json:"id"`
	Question string `json:"question"`
	Expect   Expect `json:"expect"`
}

// Expect is what a case checks; every field is optional.
type Expect struct {
	Lang        string   `json:"lang,omitempty"`
	Tool        string   `json:"tool,omitempty"`
	Numbers     []string `json:"numbers,omitempty"`
	ContainsAny []string `json:"contains_any,omitempty"`
	DocIDs      []string `json:"doc_ids,omitempty"`
}

// Report is the score of a run. Each accuracy counts only the cases that
// set its field (0 when none did).
type Report struct {
	Cases        int       `json:"cases"`
	LangAcc      float64   `json:"lang_acc"`
	ToolAcc      float64   `json:"tool_acc"`
	NumberAcc    float64   `json:"number_acc"`
	CitationRate float64   `json:"citation_rate"`
	RetrievalHit float64   `json:"retrieval_hit"`
	ContainsAcc  float64   `json:"contains_acc"`
	ByLang       []LangRow `json:"by_lang"`
	Failures     []Failure `json:"failures"`
}

// LangRow is the share of fully passed cases for one expected language.
type LangRow struct {
	Lang   string  `json:"lang"`
	Cases  int     `json:"cases"`
	Passed float64 `json:"passed"`
}

// Failure is one failed check of a case.
type Failure struct {
	ID     string `json:"id"`
	Check  string `json:"check"`
	Want   string `json:"want"`
	Got    string `json:"got"`
	Answer string `json:"answer,omitempty"`
}

// ReadCases reads JSON Lines cases; blank lines and lines starting with #
// are skipped. An invalid line is an error naming its line number.
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
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if c.Question == "" {
			return nil, fmt.Errorf("%s:%d: empty question", name, n)
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

// Evaluate runs each case through chat (the same path as the chat routes)
// in a fresh session and scores it.
func Evaluate(ctx context.Context, chat func(context.Context, Request, Emit) (Turn, error), cases []Case) (Report, error) {
	var s scorer
	for _, c := range cases {
		turn, err := chat(ctx, Request{Message: c.Question}, func(Event) error { return nil })
		if err != nil && ctx.Err() != nil {
			return Report{}, err
		}
		s.score(c, turn, err)
	}
	return s.report(), nil
}
