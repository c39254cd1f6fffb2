package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools/postgres/pgtest"
)

func TestPurgeRemovesWhatIsOlderThanTheCutoff(t *testing.T) {
	dsn := pgtest.NewSchema(t)
	s := mustOpen(t, dsn)
	ctx := context.Background()
	for _, id := range []string{"old", "old", "old", "mixed", "mixed"} {
		if err := s.Append(ctx, id, assistant.Turn{Question: "q " + id, Answer: "a"}); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Now()
	for turn, at := range []time.Time{now.Add(-40 * 24 * time.Hour), now} {
		if err := s.Feedback().Put(ctx, assistant.Feedback{SessionID: "mixed", Turn: turn, Rating: "up", Time: at}); err != nil {
			t.Fatal(err)
		}
	}
	// What the days would do: part of what the test stored moves back.
	pgtest.Exec(t, dsn, `UPDATE chat_turns SET created_at = created_at - interval '40 days' WHERE session_id = 'old' OR (session_id = 'mixed' AND seq = 1)`)

	a := assistant.New(nil, assistant.WithSessions(s), assistant.WithFeedback(s.Feedback()))
	got, err := a.Purge(ctx, now.Add(-assistant.DefaultRetention))
	if err != nil || got != (assistant.Purged{Turns: 4, Feedback: 1}) {
		t.Fatalf("Purge = %+v, %v; want 4 turns and 1 feedback", got, err)
	}
	if first, turns, _ := s.History(ctx, "mixed"); first != 1 || len(turns) != 1 {
		t.Errorf("mixed keeps turns from %d: %+v; want its second turn only, still index 1", first, turns)
	}
	if _, turns, _ := s.History(ctx, "old"); len(turns) != 0 {
		t.Errorf("old keeps %+v", turns)
	}
	if fb, _ := s.Feedback().List(ctx, "mixed"); len(fb) != 1 || fb[0].Turn != 1 {
		t.Errorf("feedback kept: %+v; want the recent one", fb)
	}
	if again, err := a.Purge(ctx, now.Add(-assistant.DefaultRetention)); err != nil || again != (assistant.Purged{}) {
		t.Errorf("second Purge = %+v, %v; want nothing left to remove", again, err)
	}
}

func TestStoredTurnsAndFeedbackAreRedacted(t *testing.T) {
	dsn := pgtest.NewSchema(t)
	s := mustOpen(t, dsn)
	echo := assistant.PlannerFunc(func(_ context.Context, _ []assistant.Turn, msg lang.Reading, _ assistant.Emit) (assistant.Turn, error) {
		return assistant.Turn{Lang: string(msg.Lang), Answer: "Vous avez écrit : " + msg.Text}, nil
	})
	a := assistant.New(echo, assistant.WithSessions(s), assistant.WithFeedback(s.Feedback()))
	ctx := context.Background()
	q := "رقم بطاقتي BE123456 وهاتفي 0661234567 وبريدي salma@gmail.com، ما هي نسبة البطالة في طنجة؟"
	if _, err := a.Chat(ctx, assistant.Request{Message: q, SessionID: "s"}, func(assistant.Event) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Rate(ctx, assistant.Feedback{SessionID: "s", Turn: 0, Rating: "up", Comment: "اتصلوا بي: 06 61 23 45 67"}); err != nil {
		t.Fatal(err)
	}
	leaks := pgtest.QueryInt(t, dsn, `SELECT count(*) FROM chat_turns WHERE turn::text ~ '(BE123456|0661234567|salma@)'`) +
		pgtest.QueryInt(t, dsn, `SELECT count(*) FROM chat_feedback WHERE concat(comment, question, answer) ~ '(BE123456|0661234567|61 23 45 67|salma@)'`)
	if leaks != 0 {
		t.Errorf("%d rows hold the user's CIN, phone or e-mail", leaks)
	}
	if n := pgtest.QueryInt(t, dsn, `SELECT count(*) FROM chat_turns WHERE turn->>'question' LIKE '%[CIN]%[PHONE]%[EMAIL]%نسبة البطالة في طنجة%'`); n != 1 {
		t.Errorf("%d stored questions read with placeholders, want 1", n)
	}
}
