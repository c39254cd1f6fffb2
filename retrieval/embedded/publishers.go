package embedded

import (
	"context"

	"github.com/marsad/marsad/retrieval"
)

// Publishers implements retrieval.Store: it walks the rows of the kind's
// field index, the live first chunks only (memory only: no context to
// honour).
func (s *Store) Publishers(_ context.Context, kind string) (map[string]int, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, retrieval.ErrClosed
	}
	out := map[string]int{}
	for _, r := range s.t.fields[fieldKind][kind] {
		if s.t.alive.has(r) && s.t.chunks[r].Ordinal == 0 {
			out[s.t.chunks[r].Publisher]++
		}
	}
	return out, nil
}
