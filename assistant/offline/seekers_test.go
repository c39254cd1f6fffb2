package offline

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
)

// seekerCase is one line of assistant/testdata/seekers.jsonl, in the
// evaluation format of DESIGN.md. The id names the point of issue 15
// item 5 it covers ("sk-fr-p3-01": point 3, salaries).
type seekerCase struct {
	ID       string `json:"id"`
	Question string `json:"question"`
	Expect   struct {
		Lang        string            `json:"lang"`
		Tool        string            `json:"tool"`
		Args        map[string]string `json:"args"`
		Numbers     []string          `json:"numbers"`
		ContainsAny []string          `json:"contains_any"`
		NotContains []string          `json:"not_contains"`
	} `json:"expect"`
}

// TestSeekerQuestions asks the job seekers' questions of
// assistant/testdata/seekers.jsonl on the seed corpus and checks each
// expectation as marsad eval does (args against the call's arguments or
// the code its result reports). A salary question (point 3) must also
// lead with its figure: the first line of the answer holds one of the
// expected numbers. It logs the share of cases passed per language and
// per point, and fails on any failed case.
func TestSeekerQuestions(t *testing.T) {
	p := seededPlanner(t)
	passed, total := map[string]int{}, map[string]int{}
	for _, c := range readSeekerCases(t) {
		turn, _ := runTurn(t, p, nil, c.Question)
		fails := c.check(turn)
		for _, key := range []string{"lang " + c.Expect.Lang, "point " + c.point()} {
			total[key]++
			if len(fails) == 0 {
				passed[key]++
			}
		}
		for _, f := range fails {
			t.Errorf("%s %q: %s\n%s", c.ID, c.Question, f, turn.Answer)
		}
	}
	keys := make([]string, 0, len(total))
	for k := range total {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%-14s %2d/%2d", k, passed[k], total[k])
	}
}

func readSeekerCases(t *testing.T) []seekerCase {
	t.Helper()
	data, err := os.ReadFile("../testdata/seekers.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var out []seekerCase
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var c seekerCase
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil {
			t.Fatalf("seekers.jsonl:%d: %v", i+1, err)
		}
		out = append(out, c)
	}
	return out
}

// point is the point of the issue a case covers, read from its id.
func (c seekerCase) point() string {
	for _, part := range strings.Split(c.ID, "-") {
		if len(part) == 2 && part[0] == 'p' {
			return part[1:]
		}
	}
	return "?"
}

// check returns what the turn got wrong, nothing when it passes.
func (c seekerCase) check(turn assistant.Turn) []string {
	var fails []string
	e := c.Expect
	if e.Lang != "" && turn.Lang != e.Lang {
		fails = append(fails, fmt.Sprintf("lang %s, want %s", turn.Lang, e.Lang))
	}
	if e.Tool != "" && !slices.Contains(toolsCalled(turn), e.Tool) {
		fails = append(fails, fmt.Sprintf("tools %v, want %s", toolsCalled(turn), e.Tool))
	}
	for k, v := range e.Args {
		if !argsHave(turn, e.Tool, k, v) {
			fails = append(fails, fmt.Sprintf("no call with %s=%s", k, v))
		}
	}
	found := assistant.NumbersIn(turn.Answer)
	for _, n := range e.Numbers {
		if !containsValue(found, mustNumber(n)) {
			fails = append(fails, "lacks number "+n)
		}
	}
	if len(e.ContainsAny) > 0 && !slices.ContainsFunc(e.ContainsAny, func(s string) bool { return strings.Contains(turn.Answer, s) }) {
		fails = append(fails, fmt.Sprintf("contains none of %q", e.ContainsAny))
	}
	for _, s := range e.NotContains {
		if strings.Contains(turn.Answer, s) {
			fails = append(fails, fmt.Sprintf("contains %q", s))
		}
	}
	if c.point() == "3" && !leadsWith(turn.Answer, e.Numbers) {
		fails = append(fails, "first line holds no salary figure")
	}
	return fails
}

// argsHave reports whether a call of tool (any tool when "") has value v
// for key k, as marsad eval reads it: under k or its aliases (an
// occupation is also reported as "occupations" or "code"), in the call's
// arguments or its result's data, at their top level or in a nested
// object (not in lists of objects: rows).
func argsHave(turn assistant.Turn, tool, k, v string) bool {
	names := append([]string{k}, seekerArgAliases[k]...)
	for _, tc := range turn.ToolCalls {
		if tool != "" && tc.Name != tool {
			continue
		}
		objs := []json.RawMessage{tc.Arguments}
		if tc.Result != nil {
			data, _ := json.Marshal(tc.Result.Data)
			objs = append(objs, data)
		}
		for _, raw := range objs {
			var obj map[string]any
			_ = json.Unmarshal(raw, &obj)
			if slices.Contains(fieldStrings(obj, names), v) {
				return true
			}
		}
	}
	return false
}

var seekerArgAliases = map[string][]string{"occupation": {"occupations", "code"}, "region": {"geo", "geos"}}

// fieldStrings returns the strings (or items of string lists) under names
// in obj and in its nested objects.
func fieldStrings(obj map[string]any, names []string) []string {
	var out []string
	for key, val := range obj {
		switch x := val.(type) {
		case string:
			if slices.Contains(names, key) {
				out = append(out, x)
			}
		case []any:
			for _, item := range x {
				if s, ok := item.(string); ok && slices.Contains(names, key) {
					out = append(out, s)
				}
			}
		case map[string]any:
			out = append(out, fieldStrings(x, names)...)
		}
	}
	return out
}

// leadsWith reports whether the first line of answer holds one of the
// numbers (any of them when none is expected).
func leadsWith(answer string, numbers []string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(answer), "\n")
	got := assistant.NumbersIn(first)
	if len(numbers) == 0 {
		return len(got) > 0
	}
	return slices.ContainsFunc(numbers, func(n string) bool { return containsValue(got, mustNumber(n)) })
}

func mustNumber(s string) float64 {
	ns := assistant.NumbersIn(s)
	if len(ns) != 1 {
		panic("seekers.jsonl: bad number " + s)
	}
	return ns[0]
}
