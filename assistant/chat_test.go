package assistant_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
)

// blocker is a planner that waits for its context to end, as one waiting
// on a frozen database or model does. release stops the wait should the
// context never end, so that a broken timeout fails the test instead of
// hanging it.
type blocker struct{ release <-chan time.Time }

func (b blocker) Run(ctx context.Context, _ []assistant.Turn, _ lang.Reading, _ assistant.Emit) (assistant.Turn, error) {
	select {
	case <-ctx.Done():
		return assistant.Turn{}, fmt.Errorf("tool indicator_series: %w", ctx.Err())
	case <-b.release:
		return assistant.Turn{}, errors.New("released by the test: the turn's context never ended")
	}
}

func TestChatEndsATurnPastItsTimeoutInTheUsersLanguage(t *testing.T) {
	const q = "شحال كاينة البطالة ف كازا؟"
	a := assistant.New(blocker{release: time.After(5 * time.Second)}, assistant.WithTurnTimeout(20*time.Millisecond))
	var events []assistant.Event
	_, err := a.Chat(context.Background(), assistant.Request{Message: q}, func(e assistant.Event) error {
		events = append(events, e)
		return nil
	})
	if !errors.Is(err, assistant.ErrTurnTimeout) {
		t.Errorf("err = %v, want ErrTurnTimeout", err)
	}
	want, _ := prompts.Render("error.timeout", "ary", nil)
	if len(events) != 1 || events[0].Type != assistant.EventError || events[0].Message != want {
		t.Errorf("events = %+v, want one error event %q", events, want)
	}
}

func TestChatTellsNothingToAClientGoneBeforeTheTimeout(t *testing.T) {
	a := assistant.New(blocker{release: time.After(5 * time.Second)}, assistant.WithTurnTimeout(time.Hour))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var events []assistant.Event
	_, err := a.Chat(ctx, assistant.Request{Message: "Taux de chômage ?"}, func(e assistant.Event) error {
		events = append(events, e)
		return nil
	})
	if !errors.Is(err, context.Canceled) || errors.Is(err, assistant.ErrTurnTimeout) || len(events) != 0 {
		t.Errorf("err = %v, events %+v; want context.Canceled and no event", err, events)
	}
}
