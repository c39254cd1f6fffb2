package assistant

import (
	"container/list"
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"
)

// Defaults of MemoryLimits.
const (
	// DefaultSessionBytes holds about 9,700 turns of 6.9 KB as JSON (the
	// mean of ten offline-planner answers on the seed corpus), some 480
	// conversations of 20 turns, in 60 to 85 MB of heap.
	DefaultSessionBytes = 64 << 20
	// DefaultSessionIdle forgets a conversation two hours after its last
	// message: a guidance interview is over by then.
	DefaultSessionIdle = 2 * time.Hour
)

// sessionOverhead is what a session costs beyond its turns' JSON and its
// id: map entry, list element, the struct, the Turn values and slice
// headers. Measured: 100k sessions of one 62-byte turn under 32-byte ids
// held 354 bytes of heap each.
const sessionOverhead = 300

// MemoryLimits bound a MemorySessions; zero values take the defaults.
type MemoryLimits struct {
	// Bytes bounds the accounted size of all sessions: each turn counts
	// its length as JSON, measured once when appended, and each session
	// sessionOverhead. The heap the store holds was measured between 0.9
	// (the offline planner's turns) and 1.25 times that count (the
	// job-ads turns of BenchmarkMemorySessionsHeap).
	Bytes int64
	// Idle is how long a session is kept after its last Load or Append.
	Idle time.Duration
	// Now is the clock (time.Now when nil).
	Now func() time.Time
}

// MemorySessions keeps conversations in memory, within a byte budget.
// Beyond MemoryLimits.Bytes, least recently used sessions are forgotten
// first; a session alone over the budget loses its oldest turns, down to
// its last one. Sessions idle for MemoryLimits.Idle are forgotten at the
// next Load or Append of any session.
type MemorySessions struct {
	mu     sync.Mutex
	limits MemoryLimits
	used   int64      // accounted bytes of all sessions
	order  *list.List // of *memorySession, most recently used at front
	byID   map[string]*memorySession
}

type memorySession struct {
	id    string
	elem  *list.Element
	turns []Turn
	gone  int     // turns dropped from the front: the index of turns[0]
	sizes []int64 // accounted size of each turn
	size  int64   // sessionOverhead + len(id) + the sizes
	used  time.Time
}

// NewMemorySessions returns an empty store within limits.
func NewMemorySessions(limits MemoryLimits) *MemorySessions {
	if limits.Bytes <= 0 {
		limits.Bytes = DefaultSessionBytes
	}
	if limits.Idle <= 0 {
		limits.Idle = DefaultSessionIdle
	}
	if limits.Now == nil {
		limits.Now = time.Now
	}
	return &MemorySessions{limits: limits, order: list.New(), byID: map[string]*memorySession{}}
}

// Bytes returns the accounted size of the sessions held, at most
// MemoryLimits.Bytes unless one turn alone is larger.
func (m *MemorySessions) Bytes() int64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.used
}

// Load implements Sessions.
func (m *MemorySessions) Load(ctx context.Context, id string, n int) ([]Turn, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.limits.Now()
	m.expire(now)
	s, ok := m.byID[id]
	if !ok {
		return nil, nil
	}
	m.touch(s, now)
	if n <= 0 {
		return nil, nil
	}
	start := max(0, len(s.turns)-n)
	return append([]Turn(nil), s.turns[start:]...), nil
}

// Append implements Sessions. It returns an error for a turn that does
// not encode as JSON, which the PostgreSQL store could not keep either.
func (m *MemorySessions) Append(ctx context.Context, id string, t Turn) error {
	// A turn's size is its JSON length: 8 to 46 µs on the seed's answers,
	// against some 2 ms of CPU an answer (937 answers/s on 2 cores), and
	// closer to the heap than a reflective walk of the turn (2 to 6 µs,
	// 15% higher). Measured outside the lock, counted as it is written
	// rather than kept.
	var size jsonSize
	if err := json.NewEncoder(&size).Encode(t); err != nil {
		return fmt.Errorf("save session: %w", err)
	}
	return m.appendSized(id, t, int64(size)-1) // Encode ends the value with a newline
}

// appendSized is Append for a turn whose JSON is n bytes long.
func (m *MemorySessions) appendSized(id string, t Turn, n int64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.limits.Now()
	m.expire(now)
	s, ok := m.byID[id]
	if !ok {
		s = &memorySession{id: id, size: sessionOverhead + int64(len(id))}
		s.elem = m.order.PushFront(s)
		m.byID[id] = s
		m.used += s.size
	}
	m.touch(s, now)
	s.turns, s.sizes = append(s.turns, t), append(s.sizes, n)
	s.size += n
	m.used += n
	m.dropOldest(s, len(s.turns)-TurnsKept)
	m.evict(s)
	return nil
}

// jsonSize counts the bytes written to it.
type jsonSize int

func (n *jsonSize) Write(p []byte) (int, error) {
	*n += jsonSize(len(p))
	return len(p), nil
}

// History implements Sessions.
func (m *MemorySessions) History(ctx context.Context, id string) (int, []Turn, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.limits.Now()
	m.expire(now)
	s, ok := m.byID[id]
	if !ok {
		return 0, nil, nil
	}
	m.touch(s, now)
	return s.gone, append([]Turn(nil), s.turns...), nil
}

func (m *MemorySessions) touch(s *memorySession, now time.Time) {
	s.used = now
	m.order.MoveToFront(s.elem)
}

// expire forgets the sessions unused for the idle time: they are at the
// back of the order.
func (m *MemorySessions) expire(now time.Time) {
	for e := m.order.Back(); e != nil; e = m.order.Back() {
		s := e.Value.(*memorySession)
		if now.Sub(s.used) < m.limits.Idle {
			return
		}
		m.forget(s)
	}
}

// evict brings the accounted bytes within the budget: least recently used
// sessions go first, then the oldest turns of keep (the session just
// appended to, at the front), whose last turn stays.
func (m *MemorySessions) evict(keep *memorySession) {
	for m.used > m.limits.Bytes {
		if s := m.order.Back().Value.(*memorySession); s != keep {
			m.forget(s)
			continue
		}
		if len(keep.turns) <= 1 {
			return
		}
		m.dropOldest(keep, 1)
	}
}

func (m *MemorySessions) forget(s *memorySession) {
	m.order.Remove(s.elem)
	delete(m.byID, s.id)
	m.used -= s.size
}

// dropOldest removes the k oldest turns of s, if k > 0. The turns shift
// down in place and the vacated slots are cleared, so that the backing
// array holds no dropped turn.
func (m *MemorySessions) dropOldest(s *memorySession, k int) {
	if k <= 0 {
		return
	}
	var freed int64
	for _, n := range s.sizes[:k] {
		freed += n
	}
	n := copy(s.turns, s.turns[k:])
	clear(s.turns[n:])
	s.turns = s.turns[:n]
	s.sizes = s.sizes[:copy(s.sizes, s.sizes[k:])]
	s.size -= freed
	m.used -= freed
	s.gone += k
}

// Purge implements Purger: it forgets the sessions last used before
// cutoff and counts their turns. A session still in use keeps its older
// turns: turns carry no time here, and MemoryLimits.Idle (hours) forgets
// a session long before any retention (weeks) would.
func (m *MemorySessions) Purge(ctx context.Context, cutoff time.Time) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var n int64
	for e := m.order.Back(); e != nil; e = m.order.Back() {
		s := e.Value.(*memorySession)
		if !s.used.Before(cutoff) {
			break
		}
		n += int64(len(s.turns))
		m.forget(s)
	}
	return n, nil
}
