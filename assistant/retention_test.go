package assistant_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant"
)

func TestPurgeForgetsMemorySessionsAndFeedbackBeforeTheCutoff(t *testing.T) {
	ctx := context.Background()
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	sessions := assistant.NewMemorySessions(assistant.MemoryLimits{Idle: 365 * 24 * time.Hour, Now: func() time.Time { return clock }})
	path := filepath.Join(t.TempDir(), "feedback.jsonl")
	fb, err := assistant.OpenFileFeedback(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fb.Close()
	a := assistant.New(echo, assistant.WithSessions(sessions), assistant.WithFeedback(fb))
	for _, id := range []string{"january", "january", "march"} {
		if id == "march" {
			clock = clock.AddDate(0, 2, 0)
		}
		if _, err := a.Chat(ctx, assistant.Request{Message: "chômage " + id, SessionID: id}, func(assistant.Event) error { return nil }); err != nil {
			t.Fatal(err)
		}
		if err := fb.Put(ctx, assistant.Feedback{SessionID: id, Rating: "up", Time: clock}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := a.Purge(ctx, clock.Add(-assistant.DefaultRetention))
	if err != nil || got != (assistant.Purged{Turns: 2, Feedback: 1}) {
		t.Fatalf("Purge = %+v, %v; want january's 2 turns and 1 feedback", got, err)
	}
	if _, turns, _ := sessions.History(ctx, "january"); len(turns) != 0 {
		t.Errorf("january keeps %d turns", len(turns))
	}
	if _, turns, _ := sessions.History(ctx, "march"); len(turns) != 1 {
		t.Errorf("march keeps %d turns, want 1", len(turns))
	}
	// The file no longer holds the purged feedback: a store opened on it
	// (the next start) lists march's only, and a later Put still appends.
	if err := fb.Put(ctx, assistant.Feedback{SessionID: "march", Turn: 1, Rating: "down", Time: clock}); err != nil {
		t.Fatal(err)
	}
	reopened, err := assistant.OpenFileFeedback(path)
	if err != nil {
		t.Fatal(err)
	}
	defer reopened.Close()
	jan, _ := reopened.List(ctx, "january")
	mar, _ := reopened.List(ctx, "march")
	if len(jan) != 0 || len(mar) != 2 {
		data, _ := os.ReadFile(path)
		t.Errorf("reopened file lists %d january and %d march feedback, want 0 and 2:\n%s", len(jan), len(mar), data)
	}
}

func TestPurgeEveryPurgesAtOnceWithTheClockGiven(t *testing.T) {
	sessions := assistant.NewMemorySessions(assistant.MemoryLimits{Idle: 365 * 24 * time.Hour})
	a := assistant.New(echo, assistant.WithSessions(sessions))
	if _, err := a.Chat(context.Background(), assistant.Request{Message: "chômage", SessionID: "s"}, func(assistant.Event) error { return nil }); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	later := func() time.Time { return time.Now().Add(31 * 24 * time.Hour) }
	var got assistant.Purged
	a.PurgeEvery(ctx, assistant.DefaultRetention, time.Hour, later, func(p assistant.Purged, err error) {
		got = p
		cancel()
	})
	if got.Turns != 1 {
		t.Errorf("first purge removed %+v, want the turn of 31 days ago", got)
	}
}
