package assistant

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalReadCasesConversationCategoryAndArgs(t *testing.T) {
	const in = `# a comment
{"id":"c1","category":"conversation","turns":[` +
		`{"question":"Taux de chômage à Oujda en 2024","expect":{"args":{"geo":"MA-02","period":2024}}},` +
		`{"question":"et en 2023 ?","expect":{"unknown":true,"not_contains":["20,9"]}}]}`
	cases, err := ReadCases(strings.NewReader(in), "set.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	c := cases[0]
	if c.Category != "conversation" || len(c.Turns) != 2 || c.Turns[1].Question != "et en 2023 ?" {
		t.Fatalf("case = %+v", c)
	}
	if p, ok := c.Turns[0].Expect.Args["period"].(json.Number); !ok || p != "2024" {
		t.Errorf("args.period = %#v, want json.Number 2024", c.Turns[0].Expect.Args["period"])
	}
	if e := c.Turns[1].Expect; !e.Unknown || len(e.NotContains) != 1 {
		t.Errorf("turn 2 expect = %+v", e)
	}
}

func TestEvalReadCasesRefusesWithFileAndLine(t *testing.T) {
	tests := []struct{ name, line, err string }{
		{"a typo in an expect field", `{"id":"x","question":"q","expect":{"unknwon":true}}`, `unknown field "unknwon"`},
		{"a typo in a turn", `{"id":"x","turns":[{"question":"q","expct":{}}]}`, `unknown field "expct"`},
		{"no question", `{"id":"x","expect":{"lang":"fr"}}`, "empty question"},
		{"a conversation with a question of its own", `{"id":"x","question":"q","turns":[{"question":"q"}]}`, "inside them"},
		{"a conversation with an expect of its own", `{"id":"x","expect":{"lang":"fr"},"turns":[{"question":"q"}]}`, "inside them"},
		{"a turn without question", `{"id":"x","turns":[{"question":"q"},{"expect":{"lang":"fr"}}]}`, "turn 2: empty question"},
		{"a list in args", `{"id":"x","question":"q","expect":{"args":{"geos":["MA-01"]}}}`, "args.geos: want a string"},
		{"an object in a turn's args", `{"id":"x","turns":[{"question":"q","expect":{"args":{"cell":{}}}}]}`, "turn 1: args.cell"},
		{"unknown not a boolean", `{"id":"x","question":"q","expect":{"unknown":"yes"}}`, "cannot unmarshal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCases(strings.NewReader("\n"+tt.line+"\n"), "set.jsonl")
			if err == nil || !strings.Contains(err.Error(), "set.jsonl:2: ") || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("err = %v, want set.jsonl:2: ... %s", err, tt.err)
			}
		})
	}
}

// TestEvalReadCasesRepositorySets: every question set of the repository
// still reads with today's fields.
func TestEvalReadCasesRepositorySets(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no question set in testdata (%v)", err)
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		cases, err := ReadCases(f, name)
		f.Close()
		if err != nil || len(cases) == 0 {
			t.Errorf("%s: %d cases, %v", name, len(cases), err)
		}
	}
}

// sessionChat is a fake Chat that keeps a session: a follow-up ("et en
// 2023 ?") reuses the place of the session's previous turn, and without
// one the place is unknown. keep false forgets every session, as a chat
// path that lost it would.
func sessionChat(keep bool, sessions map[string][]string) ChatFunc {
	return func(_ context.Context, req Request, _ Emit) (Turn, error) {
		place := ""
		switch {
		case strings.Contains(req.Message, "Oujda"):
			place = "MA-02"
		case keep && len(sessions[req.SessionID]) > 0:
			place = sessions[req.SessionID][len(sessions[req.SessionID])-1]
		}
		sessions[req.SessionID] = append(sessions[req.SessionID], place)
		if place == "" {
			return Turn{Lang: "fr", Answer: "Je ne sais pas de quel lieu vous parlez."}, nil
		}
		year := "2024"
		if strings.Contains(req.Message, "2023") {
			year = "2023"
		}
		args := `{"indicator":"unemployment_rate","geo":"` + place + `","from":"` + year + `","to":"` + year + `"}`
		c := ToolCall{Name: "indicator_series", Arguments: json.RawMessage(args)}
		return Turn{Lang: "fr", Answer: "Taux de chômage en " + year + " : 20,9 %.", ToolCalls: []ToolCall{c}}, nil
	}
}

var oujdaConversation = Case{ID: "conv-1", Category: "conversation", Turns: []CaseTurn{
	{Question: "Taux de chômage à Oujda en 2024", Expect: Expect{Lang: "fr", Args: map[string]any{"geo": "MA-02"}}},
	{Question: "et en 2023 ?", Expect: Expect{Args: map[string]any{"geo": "MA-02", "period": json.Number("2023")}}},
}}

func TestEvalConversationRunsItsTurnsInOneSession(t *testing.T) {
	sessions := map[string][]string{}
	r, err := Evaluate(context.Background(), sessionChat(true, sessions), []Case{oujdaConversation})
	if err != nil {
		t.Fatal(err)
	}
	if r.Cases != 1 || r.Conversations != 1 || r.ConversationAcc != 1 || r.ArgsAcc != 1 || len(r.Failures) != 0 {
		t.Errorf("report = %+v", r)
	}
	if len(sessions) != 1 {
		t.Fatalf("sessions = %v, want the two turns in one", sessions)
	}
	for id, turns := range sessions {
		if id == "" || len(turns) != 2 {
			t.Errorf("session %q had %d turns, want a named session with 2", id, len(turns))
		}
	}
}

func TestEvalConversationFailsAtTheTurnThatLostTheSession(t *testing.T) {
	single := Case{ID: "fr-1", Category: "figures", Question: "Taux de chômage à Oujda en 2024",
		Expect: Expect{Lang: "fr", Numbers: []string{"20.9"}}}
	r, err := Evaluate(context.Background(), sessionChat(false, map[string][]string{}), []Case{single, oujdaConversation})
	if err != nil {
		t.Fatal(err)
	}
	if r.Cases != 2 || r.Conversations != 1 || r.ConversationAcc != 0 || r.ArgsAcc != 0.5 || r.NumberAcc != 1 {
		t.Errorf("report = %+v", r)
	}
	want := []CategoryRow{{Category: "conversation", Cases: 1, Passed: 0}, {Category: "figures", Cases: 1, Passed: 1}}
	if len(r.ByCategory) != 2 || r.ByCategory[0] != want[0] || r.ByCategory[1] != want[1] {
		t.Errorf("by_category = %+v, want %+v", r.ByCategory, want)
	}
	if len(r.Failures) != 1 {
		t.Fatalf("failures = %+v, want one", r.Failures)
	}
	f := r.Failures[0]
	if f.ID != "conv-1#2" || f.Check != "args" || f.Want != "geo=MA-02, period=2023" || f.Got != "no call of any tool" || f.Answer == "" {
		t.Errorf("failure = %+v", f)
	}
}

func TestEvalStopsWhenTheContextEnds(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	chat := func(ctx context.Context, _ Request, _ Emit) (Turn, error) { return Turn{}, ctx.Err() }
	if _, err := Evaluate(ctx, chat, []Case{oujdaConversation}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestEvalScoresAFailedTurnAndGoesOn(t *testing.T) {
	calls := 0
	chat := func(context.Context, Request, Emit) (Turn, error) {
		calls++
		if calls == 1 {
			return Turn{}, errors.New("tool indicator_series: store down")
		}
		return Turn{Lang: "fr"}, nil
	}
	r, err := Evaluate(context.Background(), chat, []Case{oujdaConversation})
	if err != nil || calls != 2 {
		t.Fatalf("err = %v after %d turns, want nil after 2", err, calls)
	}
	if len(r.Failures) < 2 || r.Failures[0].ID != "conv-1#1" || r.Failures[0].Check != "error" {
		t.Errorf("failures = %+v, want conv-1#1 error first", r.Failures)
	}
}
