package assistant_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/assistant/sessionstest"
	"github.com/marsad/marsad/retrieval/lang"
)

func TestMemorySessions(t *testing.T) {
	sessionstest.TestSessions(t, func(*testing.T) assistant.Sessions { return assistant.NewMemorySessions(assistant.MemoryLimits{}) })
}

// recorder is a planner that answers with the message it got and keeps
// the history it was given.
type recorder struct{ histories [][]assistant.Turn }

func (r *recorder) Run(_ context.Context, history []assistant.Turn, msg lang.Reading, _ assistant.Emit) (assistant.Turn, error) {
	r.histories = append(r.histories, history)
	return assistant.Turn{Lang: "fr", Answer: "réponse à " + msg.Text}, nil
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

// spy is a store that records the session ids it is asked for.
type spy struct {
	assistant.Sessions
	ids []string
}

func (s *spy) Load(ctx context.Context, id string, n int) ([]assistant.Turn, error) {
	s.ids = append(s.ids, id)
	return s.Sessions.Load(ctx, id, n)
}

func TestChatRefusesBadSessionIDs(t *testing.T) {
	bad := map[string]string{
		"11,000 characters": strings.Repeat("a", 11000),
		"129 characters":    strings.Repeat("a", 129),
		"a NUL":             "abc\x00def",
		"a space":           "abc def",
		"a slash":           "../etc",
		"Arabic letters":    "جلسة",
		"a quote":           "s'; --",
	}
	for name, id := range bad {
		t.Run(name, func(t *testing.T) {
			store := &spy{Sessions: assistant.NewMemorySessions(assistant.MemoryLimits{})}
			a := assistant.New(&recorder{}, assistant.WithSessions(store))
			var events []assistant.Event
			_, err := a.Chat(context.Background(), assistant.Request{Message: "Taux de chômage en 2024 ?", SessionID: id},
				func(e assistant.Event) error { events = append(events, e); return nil })
			if !errors.Is(err, assistant.ErrBadSession) || strings.Contains(err.Error(), id) {
				t.Errorf("err = %.80v, want ErrBadSession without the id", err)
			}
			if len(events) != 1 || events[0].Type != assistant.EventError || !strings.Contains(events[0].Message, "conversation") {
				t.Errorf("events = %+v, want one error event in French naming the conversation", events)
			}
			if len(store.ids) != 0 {
				t.Errorf("the store was asked for session %.20q", store.ids[0])
			}
		})
	}
}

func TestValidSessionID(t *testing.T) {
	for _, id := range []string{assistant.NewSessionID(), "a", strings.Repeat("a", 128),
		"0b5e3c1e-8f4a-4b7e-9d2c-1a2b3c4d5e6f", "chatcmpl-abc_DEF.1:2"} {
		if !assistant.ValidSessionID(id) {
			t.Errorf("ValidSessionID(%q) = false, want true", id)
		}
	}
	for _, id := range []string{"", strings.Repeat("a", 129), "a\x00", "a b", "é", "a/b", "a%b"} {
		if assistant.ValidSessionID(id) {
			t.Errorf("ValidSessionID(%q) = true, want false", id)
		}
	}
}
