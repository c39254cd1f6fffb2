package assistant_test

import (
	"context"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/assistant/sessionstest"
)

func TestMemorySessions(t *testing.T) {
	sessionstest.TestSessions(t, func(*testing.T) assistant.Sessions { return assistant.NewMemorySessions(assistant.MemoryLimits{}) })
}

// recorder is a planner that answers with the message it got and keeps
// the history it was given.
type recorder struct{ histories [][]assistant.Turn }

func (r *recorder) Run(_ context.Context, history []assistant.Turn, msg string, _ assistant.Emit) (assistant.Turn, error) {
	r.histories = append(r.histories, history)
	return assistant.Turn{Lang: "fr", Answer: "réponse à " + msg}, nil
}

func TestChatRecordsTheQuestionWithTheTurn(t *testing.T) {
	p := &recorder{}
	a := assistant.New(p)
	nop := func(assistant.Event) error { return nil }
	first, err := a.Chat(context.Background(), assistant.Request{Message: "  Taux de chômage des femmes ?\n"}, nop)
	if err != nil {
		t.Fatal(err)
	}
	if first.Question != "Taux de chômage des femmes ?" {
		t.Errorf("returned turn's question = %q, want the trimmed message", first.Question)
	}
	if _, err := a.Chat(context.Background(), assistant.Request{Message: "et les hommes ?", SessionID: first.SessionID}, nop); err != nil {
		t.Fatal(err)
	}
	h := p.histories[1]
	if len(h) != 1 || h[0].Question != first.Question || h[0].Answer != first.Answer {
		t.Errorf("history of the follow-up = %+v, want the first turn with its question", h)
	}
}
