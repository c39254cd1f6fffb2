package assistant_test

import (
	"context"
	"testing"

	"github.com/marsad/marsad/assistant"
)

// A conversation the client keeps is rebuilt by the replay planner, not
// by the (costly) main planner, which runs once: for the new message,
// with the rebuilt turns and the answers the client showed.
func TestChatReplaysAClientConversationWithTheReplayPlanner(t *testing.T) {
	main, replay := &recorder{}, &recorder{}
	a := assistant.New(main, assistant.WithReplayPlanner(replay))
	past := []assistant.Turn{{Question: "chômage 2024 ?", Answer: "13,3 %"}, {Question: "et les femmes ?", Answer: "19,4 %"}}
	nop := func(assistant.Event) error { return nil }
	if _, err := a.Chat(context.Background(), assistant.Request{Message: "et en 2023 ?", History: past}, nop); err != nil {
		t.Fatal(err)
	}
	if len(replay.histories) != 2 || len(main.histories) != 1 {
		t.Fatalf("replay planner ran %d times, main %d; want 2 and 1", len(replay.histories), len(main.histories))
	}
	h := main.histories[0]
	if len(h) != 2 || h[0].Question != past[0].Question || h[1].Answer != past[1].Answer {
		t.Errorf("history given to the main planner = %+v, want the two past turns with the client's answers", h)
	}
	if len(replay.histories[1]) != 1 {
		t.Errorf("the second past question was replayed with %d turns before it, want 1", len(replay.histories[1]))
	}
}
