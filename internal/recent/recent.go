// Package recent keeps the values of the keys used last, within a bound:
// a memo for pure functions whose inputs repeat (the same question asked
// again) without growing with the inputs that do not.
package recent

import "sync"

// Map keeps up to 2×n entries in two generations of n: when the newer is
// full it becomes the older and the older is dropped whole, so that an
// entry used again within the last n to 2n entries stays (one found in
// the older generation moves to the newer). It is safe for concurrent
// use; the zero Map keeps nothing (New gives one that keeps).
type Map[K comparable, V any] struct {
	mu       sync.Mutex
	n        int
	new, old map[K]V
}

// New returns a Map keeping up to 2×n entries.
func New[K comparable, V any](n int) *Map[K, V] {
	return &Map[K, V]{n: n}
}

// Get returns the value kept for k.
func (m *Map[K, V]) Get(k K) (V, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.new[k]
	if !ok {
		if v, ok = m.old[k]; ok {
			m.put(k, v)
		}
	}
	return v, ok
}

// Put keeps v for k.
func (m *Map[K, V]) Put(k K, v V) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.put(k, v)
}

// Len returns how many entries are kept, in both generations.
func (m *Map[K, V]) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.new) + len(m.old)
}

// put is Put with mu held.
func (m *Map[K, V]) put(k K, v V) {
	if m.n <= 0 {
		return
	}
	if len(m.new) >= m.n {
		m.old, m.new = m.new, nil
	}
	if m.new == nil {
		m.new = make(map[K]V, m.n)
	}
	m.new[k] = v
}
