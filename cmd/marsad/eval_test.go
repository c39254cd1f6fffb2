package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
)

// TestEvalJSONScoresConversationsAndCategories runs eval on the real
// chat path: a conversation's follow-up must reach the tool with the
// place of the turn before, which only a shared session gives.
func TestEvalJSONScoresConversationsAndCategories(t *testing.T) {
	set := `{"id":"one","category":"figures","question":"Taux de chômage à Oujda en 2024","expect":{"lang":"fr","tool":"indicator_series","args":{"geo":"MA-02","period":2024},"numbers":["20.9"],"not_contains":["Casablanca"]}}
{"id":"conv","category":"conversation","turns":[{"question":"Taux de chômage à Oujda en 2024","expect":{"args":{"region":"MA-02"}}},{"question":"et en 2023 ?","expect":{"tool":"indicator_series","args":{"geo":"MA-02","period":"2023"}}}]}
`
	path := filepath.Join(t.TempDir(), "set.jsonl")
	if err := os.WriteFile(path, []byte(set), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"eval", "--json", path}, env(t), nil, &out, &errb); err != nil {
		t.Fatalf("eval: %v (%s)", err, errb.String())
	}
	var r assistant.Report
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("not one JSON report: %v\n%s", err, out.String())
	}
	if r.Cases != 2 || r.Conversations != 1 || r.ConversationAcc != 1 || r.ArgsAcc != 1 || r.NotContainsAcc != 1 || len(r.Failures) != 0 {
		t.Errorf("report = %s", out.String())
	}
	if len(r.ByCategory) != 2 || r.ByCategory[0].Category != "conversation" || r.ByCategory[1].Category != "figures" {
		t.Errorf("by_category = %+v", r.ByCategory)
	}
}

func TestEvalPrintReportShowsTheNewFields(t *testing.T) {
	r := assistant.Report{Cases: 3, ArgsAcc: 0.5, UnknownAcc: 1, NotContainsAcc: 0.25, Conversations: 2, ConversationAcc: 0.5,
		ByCategory: []assistant.CategoryRow{{Category: "unknown", Cases: 1, Passed: 1}},
		Failures:   []assistant.Failure{{ID: "conv-3#2", Check: "args", Want: "geo=MA-02", Got: "no call of any tool"}}}
	var b bytes.Buffer
	printReport(&b, r)
	for _, want := range []string{"args 0.500", "not_contains 0.250  unknown 1.000", "conversations 2, 0.500 fully passed",
		"unknown        1 cases, 1.000 fully passed", "FAIL conv-3#2 args: want geo=MA-02, got no call of any tool"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}
