// Package sessionstest checks that an implementation of assistant.Sessions
// keeps the rules of its doc comment: the test of each implementation calls
// TestSessions with a function that makes an empty store.
package sessionstest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/marsad/marsad/assistant"
)

// NewSessions returns an empty store for one subtest; the caller releases
// it (t.Cleanup).
type NewSessions func(t *testing.T) assistant.Sessions

const kept = assistant.TurnsKept

// TestSessions runs the conformance suite on the stores newStore makes,
// one store per subtest. Run it with -race: two subtests append
// concurrently.
func TestSessions(t *testing.T, newStore NewSessions) {
	t.Run("unknown session has no turns", func(t *testing.T) { testUnknown(t, newStore(t)) })
	t.Run("load gives the last n turns oldest first", func(t *testing.T) { testOrder(t, newStore(t)) })
	t.Run("n of zero or less gives no turns", func(t *testing.T) { testBounds(t, newStore(t)) })
	t.Run("the last TurnsKept turns are kept", func(t *testing.T) { testKept(t, newStore(t)) })
	t.Run("sessions are isolated", func(t *testing.T) { testIsolated(t, newStore(t)) })
	t.Run("concurrent appends to one session are all kept in each writer's order",
		func(t *testing.T) { testConcurrentOne(t, newStore(t)) })
	t.Run("concurrent appends to many sessions land in their own", func(t *testing.T) { testConcurrentMany(t, newStore(t)) })
	t.Run("a turn loads back as the same JSON", func(t *testing.T) { testRoundTrip(t, newStore(t)) })
	t.Run("history of an unknown session is empty", func(t *testing.T) { testHistoryUnknown(t, newStore(t)) })
	t.Run("history gives every kept turn with its index", func(t *testing.T) { testHistoryAll(t, newStore(t)) })
	t.Run("history indices hold as old turns are dropped", func(t *testing.T) { testHistoryDropped(t, newStore(t)) })
}

func turn(answer string) assistant.Turn {
	return assistant.Turn{Lang: "fr", Answer: answer, ToolCalls: []assistant.ToolCall{}}
}

func mustAppend(t *testing.T, s assistant.Sessions, id string, answers ...string) {
	t.Helper()
	for _, a := range answers {
		if err := s.Append(context.Background(), id, turn(a)); err != nil {
			t.Fatalf("Append(%q, %q): %v", id, a, err)
		}
	}
}

// answers loads the last n turns of id and returns their answers.
func answers(t *testing.T, s assistant.Sessions, id string, n int) []string {
	t.Helper()
	turns, err := s.Load(context.Background(), id, n)
	if err != nil {
		t.Fatalf("Load(%q, %d): %v", id, n, err)
	}
	out := []string{}
	for _, tr := range turns {
		out = append(out, tr.Answer)
	}
	return out
}

func numbered(prefix string, from, to int) []string {
	var out []string
	for i := from; i <= to; i++ {
		out = append(out, fmt.Sprintf("%s%d", prefix, i))
	}
	return out
}

func expect(t *testing.T, what string, got, want []string) {
	t.Helper()
	if want == nil {
		want = []string{}
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s: got %q, want %q", what, got, want)
	}
}

func testUnknown(t *testing.T, s assistant.Sessions) {
	mustAppend(t, s, "known", "a")
	expect(t, "Load of an unknown session", answers(t, s, "unknown", 6), nil)
	expect(t, "Load of a prefix of a known session", answers(t, s, "know", 6), nil)
}

func testOrder(t *testing.T, s assistant.Sessions) {
	mustAppend(t, s, "s", numbered("t", 1, 5)...)
	expect(t, "Load 3 of 5", answers(t, s, "s", 3), numbered("t", 3, 5))
	expect(t, "Load 5 of 5", answers(t, s, "s", 5), numbered("t", 1, 5))
	expect(t, "Load 100 of 5", answers(t, s, "s", 100), numbered("t", 1, 5))
	expect(t, "Load 1 of 5", answers(t, s, "s", 1), []string{"t5"})
}

func testBounds(t *testing.T, s assistant.Sessions) {
	mustAppend(t, s, "s", "a", "b")
	expect(t, "Load 0", answers(t, s, "s", 0), nil)
	expect(t, "Load -1", answers(t, s, "s", -1), nil)
}

func testKept(t *testing.T, s assistant.Sessions) {
	mustAppend(t, s, "s", numbered("t", 1, kept+5)...)
	expect(t, "Load 20 of 25", answers(t, s, "s", kept), numbered("t", 6, kept+5))
	// A store may keep more than 20; what it gives must end with the last
	// turns, in order.
	all := answers(t, s, "s", kept+5)
	if len(all) < kept {
		t.Fatalf("Load 25 of 25 gives %d turns, want at least %d", len(all), kept)
	}
	expect(t, "Load 25 of 25", all, numbered("t", kept+6-len(all), kept+5))
}

func testIsolated(t *testing.T, s assistant.Sessions) {
	// ids that are prefixes of each other, or that a careless query would
	// read as a pattern, are distinct sessions
	ids := []string{"s", "s1", "s%", "s_", "جلسة", "s'; --"}
	for round := 1; round <= 2; round++ {
		for _, id := range ids {
			mustAppend(t, s, id, fmt.Sprintf("%s/%d", id, round))
		}
	}
	for _, id := range ids {
		expect(t, "Load "+id, answers(t, s, id, 10), []string{id + "/1", id + "/2"})
	}
}

func testConcurrentOne(t *testing.T, s assistant.Sessions) {
	const writers, each = 4, kept / 4 // all fit in the turns kept
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				if err := s.Append(context.Background(), "shared", turn(fmt.Sprintf("w%d-%d", w, i))); err != nil {
					t.Errorf("concurrent Append: %v", err)
					return
				}
			}
		})
	}
	wg.Wait()
	got := answers(t, s, "shared", kept)
	if len(got) != writers*each {
		t.Fatalf("Load after %d concurrent appends gives %d turns: %q", writers*each, len(got), got)
	}
	for w := range writers {
		prefix := fmt.Sprintf("w%d-", w)
		var mine []string
		for _, a := range got {
			if strings.HasPrefix(a, prefix) {
				mine = append(mine, a)
			}
		}
		expect(t, "writer "+prefix+"'s turns", mine, numbered(prefix, 0, each-1))
	}
}

func testConcurrentMany(t *testing.T, s assistant.Sessions) {
	const sessions, writers, each = 8, 2, 3
	var wg sync.WaitGroup
	for id := range sessions {
		for w := range writers {
			wg.Go(func() {
				for i := range each {
					a := fmt.Sprintf("s%d/w%d-%d", id, w, i)
					if err := s.Append(context.Background(), fmt.Sprint("s", id), turn(a)); err != nil {
						t.Errorf("concurrent Append: %v", err)
						return
					}
				}
			})
		}
	}
	wg.Wait()
	for id := range sessions {
		got := answers(t, s, fmt.Sprint("s", id), kept)
		slices.Sort(got)
		var want []string
		for w := range writers {
			want = append(want, numbered(fmt.Sprintf("s%d/w%d-", id, w), 0, each-1)...)
		}
		expect(t, fmt.Sprintf("turns of s%d (sorted)", id), got, want)
	}
}
