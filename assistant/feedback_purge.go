package assistant

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/marsad/marsad/internal/atomicfile"
)

// Purge implements Purger: it forgets the feedback given before cutoff
// and, when the store has a file, rewrites the file without it: a new
// file written and synced beside it, then renamed over it, so that a crash
// leaves either the old file or the new one. The store is unchanged when
// the rewrite fails.
func (s *FileFeedback) Purge(ctx context.Context, cutoff time.Time) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var n int64
	kept := map[string]map[int]Feedback{}
	var lines []byte
	for id, turns := range s.byID {
		for turn, f := range turns {
			if f.Time.Before(cutoff) {
				n++
				continue
			}
			if kept[id] == nil {
				kept[id] = map[int]Feedback{}
			}
			kept[id][turn] = f
			b, err := json.Marshal(f)
			if err != nil {
				return 0, fmt.Errorf("purge feedback: %w", err)
			}
			lines = append(append(lines, b...), '\n')
		}
	}
	if n == 0 {
		return 0, nil
	}
	if s.file != nil {
		f, err := replaceFile(s.file.Name(), lines)
		if err != nil {
			return 0, fmt.Errorf("purge feedback: %w", err)
		}
		s.file.Close()
		s.file = f
	}
	s.byID = kept
	return n, nil
}

// replaceFile writes data to path through a synced temporary file renamed
// over it, and returns path opened for appending.
func replaceFile(path string, data []byte) (*os.File, error) {
	if err := atomicfile.WriteFile(path, filepath.Base(path)+".purge-*", data); err != nil {
		return nil, err
	}
	return os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0o600)
}
