package sessionstest

import (
	"context"
	"testing"

	"github.com/marsad/marsad/assistant"
)

// history returns the index of the first kept turn of id and the answers
// of its kept turns.
func history(t *testing.T, s assistant.Sessions, id string) (int, []string) {
	t.Helper()
	first, turns, err := s.History(context.Background(), id)
	if err != nil {
		t.Fatalf("History(%q): %v", id, err)
	}
	out := []string{}
	for _, tr := range turns {
		out = append(out, tr.Answer)
	}
	return first, out
}

func testHistoryUnknown(t *testing.T, s assistant.Sessions) {
	mustAppend(t, s, "known", "a")
	for _, id := range []string{"unknown", "know", "known2"} {
		first, got := history(t, s, id)
		if first != 0 || len(got) != 0 {
			t.Errorf("History(%q) = %d, %q; want 0 and no turns", id, first, got)
		}
	}
}

func testHistoryAll(t *testing.T, s assistant.Sessions) {
	mustAppend(t, s, "s", numbered("t", 1, 7)...)
	mustAppend(t, s, "other", "x")
	first, got := history(t, s, "s")
	if first != 0 {
		t.Errorf("first index of a session of 7 turns = %d, want 0", first)
	}
	expect(t, "History of 7 turns", got, numbered("t", 1, 7))
}

// A session past TurnsKept gives its last turns, first being the index of
// the oldest one given: turn i (0-based) is always answer t(i+1).
func testHistoryDropped(t *testing.T, s assistant.Sessions) {
	mustAppend(t, s, "s", numbered("t", 1, kept+5)...)
	first, got := history(t, s, "s")
	if len(got) < kept {
		t.Fatalf("History of %d turns gives %d, want at least %d", kept+5, len(got), kept)
	}
	if first+len(got) != kept+5 {
		t.Fatalf("History gives first %d and %d turns, want them to end at turn %d", first, len(got), kept+5)
	}
	expect(t, "History after drops", got, numbered("t", first+1, kept+5))
	mustAppend(t, s, "s", "next")
	first2, got2 := history(t, s, "s")
	if first2+len(got2) != kept+6 || got2[len(got2)-1] != "next" {
		t.Errorf("after one more append: first %d, %d turns ending %q; want them to end at turn %d, \"next\"",
			first2, len(got2), got2[len(got2)-1], kept+6)
	}
}
