package assistant

import (
	"container/list"
	"context"
	"crypto/rand"
	"encoding/hex"
	"sync"
)

// Sessions stores the turns of conversations. Implementations are safe for
// concurrent use, keep at least the last TurnsKept turns of each session,
// and give back turns equal as JSON to those appended (a store that
// serialises turns gives each tool result's Data back as decoded JSON,
// maps, slices and float64s, rather than as the tool's Go type).
// assistant/sessionstest checks these rules on an implementation.
type Sessions interface {
	// Load returns the last n turns of session id, oldest first: fewer
	// when the session holds fewer, none (and no error) for an unknown
	// session or n <= 0.
	Load(ctx context.Context, id string, n int) ([]Turn, error)
	// Append adds a turn to session id, creating it if needed. Turns
	// appended concurrently to one session are all kept, each once.
	Append(ctx context.Context, id string, t Turn) error
}

// NewSessionID returns a random session id.
func NewSessionID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand never fails on supported platforms
	return hex.EncodeToString(b[:])
}

// MemorySessions keeps the most recently used sessions in memory, each
// with its last 20 turns; the least recently used session goes first when
// the bound is reached.
type MemorySessions struct {
	mu    sync.Mutex
	max   int
	order *list.List // of string ids, most recent at front
	byID  map[string]*memorySession
}

type memorySession struct {
	elem  *list.Element
	turns []Turn
}

// TurnsKept is how many of its last turns a session keeps at least; the
// Assistant gives a planner fewer.
const TurnsKept = 20

// NewMemorySessions returns a store of at most max sessions.
func NewMemorySessions(max int) *MemorySessions {
	return &MemorySessions{max: max, order: list.New(), byID: map[string]*memorySession{}}
}

// Load implements Sessions.
func (m *MemorySessions) Load(ctx context.Context, id string, n int) ([]Turn, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.byID[id]
	if !ok {
		return nil, nil
	}
	m.order.MoveToFront(s.elem)
	if n <= 0 {
		return nil, nil
	}
	start := max(0, len(s.turns)-n)
	return append([]Turn(nil), s.turns[start:]...), nil
}

// Append implements Sessions.
func (m *MemorySessions) Append(ctx context.Context, id string, t Turn) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.byID[id]
	if !ok {
		s = &memorySession{elem: m.order.PushFront(id)}
		m.byID[id] = s
		if m.order.Len() > m.max {
			oldest := m.order.Back()
			m.order.Remove(oldest)
			delete(m.byID, oldest.Value.(string))
		}
	}
	m.order.MoveToFront(s.elem)
	s.turns = append(s.turns, t)
	if len(s.turns) > TurnsKept {
		s.turns = s.turns[len(s.turns)-TurnsKept:]
	}
	return nil
}
