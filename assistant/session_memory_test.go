package assistant_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/assistant"
)

func mustAppendTurn(t *testing.T, s assistant.Sessions, id string, turn assistant.Turn) {
	t.Helper()
	if err := s.Append(context.Background(), id, turn); err != nil {
		t.Fatalf("Append(%q): %v", id, err)
	}
}

// held returns how many turns session id holds.
func held(t *testing.T, s assistant.Sessions, id string) int {
	t.Helper()
	turns, err := s.Load(context.Background(), id, 100)
	if err != nil {
		t.Fatalf("Load(%q): %v", id, err)
	}
	return len(turns)
}

// sessionCost is what one session holding turn accounts for.
func sessionCost(t *testing.T, id string, turn assistant.Turn) int64 {
	t.Helper()
	s := assistant.NewMemorySessions(assistant.MemoryLimits{})
	mustAppendTurn(t, s, id, turn)
	return s.Bytes()
}

func TestMemorySessionsStayWithinTheirBudget(t *testing.T) {
	const budget, perSession, sessions = 1 << 20, 10, 300 // ~15 MB of turns
	s := assistant.NewMemorySessions(assistant.MemoryLimits{Bytes: budget})
	for i := range sessions * perSession {
		mustAppendTurn(t, s, fmt.Sprint("s", i/perSession), sampleTurn(i))
		if got := s.Bytes(); got > budget {
			t.Fatalf("after %d turns the store accounts %d bytes, over its budget of %d", i+1, got, budget)
		}
	}
	if got := s.Bytes(); got < budget*3/4 {
		t.Errorf("store accounts %d bytes, want close to its budget %d: sessions were dropped needlessly", got, budget)
	}
	last := fmt.Sprint("s", sessions-1)
	if n := held(t, s, last); n != perSession {
		t.Errorf("the most recent session holds %d turns, want its %d", n, perSession)
	}
	if n := held(t, s, "s0"); n != 0 {
		t.Errorf("the oldest session still holds %d turns, want it forgotten", n)
	}
}

func TestMemorySessionsForgetLeastRecentlyUsed(t *testing.T) {
	turn := sampleTurn(1)
	cost := sessionCost(t, "a", turn)
	s := assistant.NewMemorySessions(assistant.MemoryLimits{Bytes: 2*cost + cost/2}) // room for two
	mustAppendTurn(t, s, "a", turn)
	mustAppendTurn(t, s, "b", turn)
	held(t, s, "a") // a is now more recent than b
	mustAppendTurn(t, s, "c", turn)
	for id, want := range map[string]int{"a": 1, "b": 0, "c": 1} {
		if got := held(t, s, id); got != want {
			t.Errorf("session %s holds %d turns, want %d", id, got, want)
		}
	}
}

func TestMemorySessionAloneOverTheBudgetKeepsItsLastTurns(t *testing.T) {
	cost := sessionCost(t, "s", sampleTurn(1))
	s := assistant.NewMemorySessions(assistant.MemoryLimits{Bytes: 3 * cost})
	for i := range 10 {
		mustAppendTurn(t, s, "s", sampleTurn(i))
	}
	turns, _ := s.Load(context.Background(), "s", 100)
	if len(turns) == 0 || len(turns) > 3 || !strings.HasSuffix(turns[len(turns)-1].Question, " 9") {
		t.Errorf("session over the budget holds %d turns, the last asking %q; want at most 3 ending with turn 9",
			len(turns), lastQuestion(turns))
	}
	if s.Bytes() > 3*cost {
		t.Errorf("store accounts %d bytes, over its budget of %d", s.Bytes(), 3*cost)
	}
}

func lastQuestion(turns []assistant.Turn) string {
	if len(turns) == 0 {
		return ""
	}
	return turns[len(turns)-1].Question
}

// clock is a settable time for the store.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }
func newClock() *clock                   { return &clock{t: time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)} }

func TestMemorySessionsExpireWhenIdle(t *testing.T) {
	c := newClock()
	s := assistant.NewMemorySessions(assistant.MemoryLimits{Idle: 2 * time.Hour, Now: c.now})
	mustAppendTurn(t, s, "old", sampleTurn(1))
	c.advance(time.Hour)
	mustAppendTurn(t, s, "recent", sampleTurn(2))
	c.advance(time.Hour + time.Second)
	if n := held(t, s, "old"); n != 0 {
		t.Errorf("a session idle for 2h01 holds %d turns, want it forgotten", n)
	}
	if n := held(t, s, "recent"); n != 1 { // a Load is a use
		t.Fatalf("a session idle for 1h01 holds %d turns, want 1", n)
	}
	if got, want := s.Bytes(), sessionCost(t, "recent", sampleTurn(2)); got != want {
		t.Errorf("store accounts %d bytes, want %d (the recent session alone)", got, want)
	}
	c.advance(2*time.Hour - time.Second)
	if n := held(t, s, "recent"); n != 1 {
		t.Errorf("a session loaded 1h59 ago holds %d turns, want 1", n)
	}
}
