package offline

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
)

// conversation is a case of assistant/testdata/conversations.jsonl: turns
// asked in one session (DESIGN.md, "Evaluation contract").
type conversation struct {
	ID    string `json:"id"`
	Turns []struct {
		Question string     `json:"question"`
		Expect   turnExpect `json:"expect"`
	} `json:"turns"`
}

// turnExpect is the part of the eval contract's expect a conversation
// turn uses.
type turnExpect struct {
	Lang        string         `json:"lang,omitempty"`
	Tool        string         `json:"tool,omitempty"`
	Args        map[string]any `json:"args,omitempty"`
	Numbers     []string       `json:"numbers,omitempty"`
	ContainsAny []string       `json:"contains_any,omitempty"`
	NotContains []string       `json:"not_contains,omitempty"`
}

func readConversations(t *testing.T) []conversation {
	t.Helper()
	f, err := os.Open("../testdata/conversations.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []conversation
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var c conversation
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil || len(c.Turns) < 2 {
			t.Fatalf("conversations.jsonl:%d: %v (or fewer than 2 turns)", n, err)
		}
		out = append(out, c)
	}
	return out
}

// TestConversations runs the conversations of assistant/testdata over the
// seed corpus, each turn with the turns before it as history, passed
// through JSON as a session store gives them back, and reports per
// language how many conversations are right to their last turn. It fails
// on any wrong turn.
func TestConversations(t *testing.T) {
	p := seededPlanner(t)
	right, total := map[string]int{}, map[string]int{}
	for _, c := range readConversations(t) {
		l := c.Turns[0].Expect.Lang
		total[l]++
		var history []assistant.Turn
		ok := true
		for i, ct := range c.Turns {
			turn, _ := runTurn(t, p, history, ct.Question)
			turn.Question = ct.Question
			for _, f := range checkTurn(ct.Expect, turn) {
				ok = false
				t.Errorf("%s turn %d %q: %s\n%s", c.ID, i+1, ct.Question, f, turn.Answer)
			}
			history = append(history, throughJSON(t, turn))
		}
		if ok {
			right[l]++
		}
	}
	for _, l := range []string{"fr", "ar", "ary", "ary-Latn", "en"} {
		t.Logf("%-8s %d/%d conversations right to the last turn", l, right[l], total[l])
	}
}

// throughJSON returns turn as a session store that serialises turns gives
// it back: tool results' Data as maps, slices and float64s.
func throughJSON(t *testing.T, turn assistant.Turn) assistant.Turn {
	t.Helper()
	raw, err := json.Marshal(turn)
	if err != nil {
		t.Fatal(err)
	}
	var back assistant.Turn
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	return back
}

// checkTurn returns what turn gets wrong against e, nothing when it is
// right.
func checkTurn(e turnExpect, turn assistant.Turn) []string {
	var fails []string
	if e.Lang != "" && turn.Lang != e.Lang {
		fails = append(fails, fmt.Sprintf("lang %s, want %s", turn.Lang, e.Lang))
	}
	if e.Tool != "" && !slices.Contains(toolsCalled(turn), e.Tool) {
		fails = append(fails, fmt.Sprintf("tools %v, want %s", toolsCalled(turn), e.Tool))
	}
	if e.Tool != "" && len(e.Args) > 0 && !argsMatch(turn, e.Tool, e.Args) {
		fails = append(fails, fmt.Sprintf("no %s call with args %v: %s", e.Tool, e.Args, callsJSON(turn)))
	}
	found := assistant.NumbersIn(turn.Answer)
	for _, n := range e.Numbers {
		if !hasNumber(found, n) {
			fails = append(fails, fmt.Sprintf("number %s not in the answer", n))
		}
	}
	if len(e.ContainsAny) > 0 && !slices.ContainsFunc(e.ContainsAny, func(w string) bool { return containsFold(turn.Answer, w) }) {
		fails = append(fails, fmt.Sprintf("answer has none of %q", e.ContainsAny))
	}
	for _, w := range e.NotContains {
		if containsFold(turn.Answer, w) {
			fails = append(fails, fmt.Sprintf("answer has %q", w))
		}
	}
	return fails
}

func containsFold(s, w string) bool { return strings.Contains(strings.ToLower(s), strings.ToLower(w)) }

func hasNumber(found []float64, want string) bool {
	w := assistant.NumbersIn(want)
	return len(w) == 1 && slices.ContainsFunc(found, func(f float64) bool { return math.Abs(f-w[0]) < 1e-9 })
}

// argsMatch reports whether a call of tool has, for each key of want, that
// value among its arguments or anywhere in its result (the value the tool
// resolved: a region or ISCO code, a population, a period).
func argsMatch(turn assistant.Turn, tool string, want map[string]any) bool {
	for _, tc := range turn.ToolCalls {
		if tc.Name != tool {
			continue
		}
		var args map[string]any
		_ = json.Unmarshal(tc.Arguments, &args)
		var result any
		if tc.Result != nil {
			raw, _ := json.Marshal(tc.Result.Data)
			_ = json.Unmarshal(raw, &result)
		}
		if matchesAll(want, args, result) {
			return true
		}
	}
	return false
}

// argAliases are the other names tools give a key of expect.args: the
// indicator tools say geo where the demand tools say region, and the
// demand tools report the ISCO-08 code they resolved as code (a profile)
// or occupations (an ad search).
var argAliases = map[string][]string{"region": {"geo"}, "geo": {"region"}, "occupation": {"code", "occupations"}}

func matchesAll(want, args map[string]any, result any) bool {
	for k, v := range want {
		keys := append([]string{k}, argAliases[k]...)
		if !slices.ContainsFunc(keys, func(k string) bool { return sameValue(args[k], v) || foundIn(result, k, v) }) {
			return false
		}
	}
	return true
}

// foundIn reports whether key k has value v somewhere in the decoded JSON
// value x.
func foundIn(x any, k string, v any) bool {
	switch x := x.(type) {
	case map[string]any:
		if sameValue(x[k], v) {
			return true
		}
		for _, y := range x {
			if foundIn(y, k, v) {
				return true
			}
		}
	case []any:
		for _, y := range x {
			if foundIn(y, k, v) {
				return true
			}
		}
	}
	return false
}

// sameValue reports whether got is want, or a list holding it.
func sameValue(got, want any) bool {
	if list, ok := got.([]any); ok {
		return slices.ContainsFunc(list, func(x any) bool { return sameValue(x, want) })
	}
	return got != nil && strings.EqualFold(fmt.Sprint(got), fmt.Sprint(want))
}

func callsJSON(turn assistant.Turn) string {
	var out []string
	for _, tc := range turn.ToolCalls {
		out = append(out, tc.Name+string(tc.Arguments))
	}
	return strings.Join(out, " ")
}

// TestConversationCheckFails keeps the harness honest: a turn
// that calls the wrong tool or lacks an argument is reported.
func TestConversationCheckFails(t *testing.T) {
	turn := assistant.Turn{Lang: "fr", Answer: "19,4 %", ToolCalls: []assistant.ToolCall{{Name: "indicator_series", Arguments: []byte(`{"indicator":"unemployment_rate","sex":"female"}`)}}}
	if f := checkTurn(turnExpect{Lang: "fr", Tool: "indicator_series", Args: map[string]any{"sex": "female"}, Numbers: []string{"19.4"}}, turn); len(f) != 0 {
		t.Errorf("a right turn fails: %v", f)
	}
	for _, e := range []turnExpect{{Lang: "ar"}, {Tool: "compare_indicator"}, {Tool: "indicator_series", Args: map[string]any{"sex": "male"}},
		{Numbers: []string{"11.6"}}, {ContainsAny: []string{"hommes"}}, {NotContains: []string{"19,4"}}} {
		if f := checkTurn(e, turn); len(f) == 0 {
			t.Errorf("expect %+v passes on %+v", e, turn)
		}
	}
}
