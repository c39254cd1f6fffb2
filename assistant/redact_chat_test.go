package assistant_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/lang"
)

// echo is a planner answering with the message it read, in its language,
// and a tool call whose query is that message: what a model given the
// message could repeat.
var echo = assistant.PlannerFunc(func(_ context.Context, _ []assistant.Turn, msg lang.Reading, _ assistant.Emit) (assistant.Turn, error) {
	args, _ := json.Marshal(map[string]string{"query": msg.Text})
	return assistant.Turn{Lang: string(msg.Lang), Answer: "Vous avez écrit : " + msg.Text,
		ToolCalls: []assistant.ToolCall{{Name: "search_job_ads", Arguments: args}}}, nil
})

func TestChatKeepsNoPersonalData(t *testing.T) {
	sessions := assistant.NewMemorySessions(assistant.MemoryLimits{})
	a := assistant.New(echo, assistant.WithSessions(sessions))
	ctx := context.Background()
	q := "salam, ana CIN BE123456 w tel 06 61 23 45 67, mail karim@menara.ma: kayn chi khedma f tanja?"
	turn, err := a.Chat(ctx, assistant.Request{Message: q, SessionID: "s1"}, func(assistant.Event) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if turn.Lang != string(lang.Detect(q)) {
		t.Errorf("lang %q, want the original question's %q", turn.Lang, lang.Detect(q))
	}
	if _, err := a.Rate(ctx, assistant.Feedback{SessionID: "s1", Turn: 0, Rating: "down", Comment: "rappelez-moi au +212 661 234 567"}); err != nil {
		t.Fatal(err)
	}
	_, kept, _ := sessions.History(ctx, "s1")
	fb, _ := a.Feedback(ctx, "s1")
	stored, _ := json.Marshal(map[string]any{"returned": turn, "kept": kept, "feedback": fb})
	for _, secret := range []string{"BE123456", "61 23 45 67", "karim@", "234 567"} {
		if strings.Contains(string(stored), secret) {
			t.Errorf("%q is kept: %s", secret, stored)
		}
	}
	for _, placeholder := range []string{"[CIN]", "[PHONE]", "[EMAIL]", "khedma f tanja"} {
		if !strings.Contains(kept[0].Question, placeholder) {
			t.Errorf("kept question %q lacks %q", kept[0].Question, placeholder)
		}
	}
}

// A conversation the client keeps (the OpenAI-compatible route) reaches
// the planner redacted too.
func TestChatRedactsTheHistoryAClientSends(t *testing.T) {
	var seen []assistant.Turn
	planner := assistant.PlannerFunc(func(ctx context.Context, history []assistant.Turn, msg lang.Reading, emit assistant.Emit) (assistant.Turn, error) {
		seen = history
		return echo(ctx, history, msg, emit)
	})
	a := assistant.New(planner)
	history := []assistant.Turn{{Question: "je suis AB12345, 0522-12-34-56 : chômage à Casa ?", Answer: "Écrivez à contact@exemple.ma"}}
	if _, err := a.Chat(context.Background(), assistant.Request{Message: "et à Rabat ?", History: history}, func(assistant.Event) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if len(seen) != 1 || seen[0].Question != "je suis [CIN], [PHONE] : chômage à Casa ?" || seen[0].Answer != "Écrivez à [EMAIL]" {
		t.Errorf("the planner saw %+v", seen)
	}
}
