// Package feedbacktest checks that an implementation of
// assistant.FeedbackStore keeps the rules of its doc comment: the test of
// each implementation calls TestFeedback with a function that makes an
// empty store.
package feedbacktest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad/assistant"
)

// NewStore returns an empty store for one subtest; the caller releases it
// (t.Cleanup).
type NewStore func(t *testing.T) assistant.FeedbackStore

// TestFeedback runs the suite, one store per subtest. Run it with -race:
// one subtest puts concurrently.
func TestFeedback(t *testing.T, newStore NewStore) {
	t.Run("a session without feedback lists none", func(t *testing.T) { testNone(t, newStore(t)) })
	t.Run("feedback loads back whole, ordered by turn", func(t *testing.T) { testRoundTrip(t, newStore(t)) })
	t.Run("a later rating of a turn replaces the earlier", func(t *testing.T) { testReplace(t, newStore(t)) })
	t.Run("sessions are isolated", func(t *testing.T) { testIsolated(t, newStore(t)) })
	t.Run("concurrent puts are all kept", func(t *testing.T) { testConcurrent(t, newStore(t)) })
}

// at is a time every store keeps exactly: PostgreSQL keeps microseconds.
var at = time.Date(2026, 12, 6, 17, 4, 5, 123456000, time.UTC)

func fb(id string, turn int, rating, comment string) assistant.Feedback {
	return assistant.Feedback{SessionID: id, Turn: turn, Rating: rating, Comment: comment,
		Time: at.Add(time.Duration(turn) * time.Second), Question: fmt.Sprintf("q%d", turn), Answer: fmt.Sprintf("a%d", turn)}
}

// MustPut puts every feedback or fails the test.
func MustPut(t *testing.T, s assistant.FeedbackStore, fs ...assistant.Feedback) {
	t.Helper()
	for _, f := range fs {
		if err := s.Put(context.Background(), f); err != nil {
			t.Fatalf("Put(%+v): %v", f, err)
		}
	}
}

// MustList lists the feedback of id or fails the test.
func MustList(t *testing.T, s assistant.FeedbackStore, id string) []assistant.Feedback {
	t.Helper()
	got, err := s.List(context.Background(), id)
	if err != nil {
		t.Fatalf("List(%q): %v", id, err)
	}
	return got
}

func same(t *testing.T, what string, got, want []assistant.Feedback) {
	t.Helper()
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if d := cmp.Diff(want, got, cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); d != "" {
		t.Errorf("%s (-want +got):\n%s", what, d)
	}
}

func testNone(t *testing.T, s assistant.FeedbackStore) {
	MustPut(t, s, fb("known", 0, "up", ""))
	same(t, "List of a session without feedback", MustList(t, s, "unknown"), nil)
	same(t, "List of a prefix of a known session", MustList(t, s, "know"), nil)
}

func testRoundTrip(t *testing.T, s assistant.FeedbackStore) {
	odd := fb("s", 7, "down", "Le chiffre de 2023 manque.\nالمصدر غير واضح — \"quotes\" \\ and a tab\t.")
	MustPut(t, s, odd, fb("s", 2, "up", ""), fb("s", 12, "up", "ok"))
	same(t, "List", MustList(t, s, "s"), []assistant.Feedback{fb("s", 2, "up", ""), odd, fb("s", 12, "up", "ok")})
}

func testReplace(t *testing.T, s assistant.FeedbackStore) {
	MustPut(t, s, fb("s", 1, "up", ""), fb("s", 1, "down", "finalement non"))
	same(t, "List after two ratings of turn 1", MustList(t, s, "s"), []assistant.Feedback{fb("s", 1, "down", "finalement non")})
}

func testIsolated(t *testing.T, s assistant.FeedbackStore) {
	ids := []string{"s", "s1", "s%", "s_", "user:42"}
	for _, id := range ids {
		MustPut(t, s, fb(id, 0, "up", id))
	}
	for _, id := range ids {
		same(t, "List "+id, MustList(t, s, id), []assistant.Feedback{fb(id, 0, "up", id)})
	}
}

func testConcurrent(t *testing.T, s assistant.FeedbackStore) {
	const writers, each = 4, 10
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				if err := s.Put(context.Background(), fb("shared", w*each+i, "up", "")); err != nil {
					t.Errorf("concurrent Put: %v", err)
					return
				}
			}
		})
	}
	wg.Wait()
	got := MustList(t, s, "shared")
	if len(got) != writers*each {
		t.Fatalf("List after %d concurrent puts gives %d", writers*each, len(got))
	}
	for i, f := range got {
		if f.Turn != i {
			t.Fatalf("feedback %d is of turn %d, want turns in order", i, f.Turn)
		}
	}
}
