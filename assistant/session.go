package assistant

import (
	"container/list"
	"context"
	"crypto/rand"
	"encoding/hex"
	"sync"
)

// Sessions stores the turns of conversations. Implementations are safe for
// concurrent use.
type Sessions interface {
	// Load returns the last n turns of session id, oldest first; none
	// (and no error) for an unknown session.
	Load(ctx context.Context, id string, n int) ([]Turn, error)
	// Append adds a turn to session id, creating it if needed.
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

const turnsKept = 20

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
	if len(s.turns) > turnsKept {
		s.turns = s.turns[len(s.turns)-turnsKept:]
	}
	return nil
}
