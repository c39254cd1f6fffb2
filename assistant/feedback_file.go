package assistant

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"sync"
)

var _ FeedbackStore = (*FileFeedback)(nil)

// FileFeedback keeps feedback in memory and, when it has a path, appends
// each Put as one JSON line to that file, which OpenFileFeedback reads
// back (the last line for a session and turn wins). It is the store of the
// embedded run, whose data folder one process holds at a time (marsad's
// lock), so no other writer shares the file.
type FileFeedback struct {
	mu   sync.Mutex
	file *os.File // nil: memory only
	byID map[string]map[int]Feedback
}

// OpenFileFeedback opens the feedback file at path, creating it if needed,
// and reads what it holds. A last line cut short (a crash in the middle of
// a write) is ignored and cut off; any other line that does not decode is an error
// naming it. An empty path keeps feedback in memory only. The caller
// closes the store.
func OpenFileFeedback(path string) (*FileFeedback, error) {
	s := &FileFeedback{byID: map[string]map[int]Feedback{}}
	if path == "" {
		return s, nil
	}
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("open feedback: %w", err)
	}
	if err := s.read(path, data); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open feedback: %w", err)
	}
	if n := len(data); n > 0 && data[n-1] != '\n' {
		// drop the torn line, so that the next record starts a line
		if err := f.Truncate(int64(bytes.LastIndexByte(data, '\n') + 1)); err != nil {
			f.Close()
			return nil, fmt.Errorf("open feedback: %w", err)
		}
	}
	s.file = f
	return s, nil
}

func (s *FileFeedback) read(path string, data []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	complete := len(data) == 0 || data[len(data)-1] == '\n'
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var f Feedback
		if err := json.Unmarshal(sc.Bytes(), &f); err != nil {
			if !complete && line == 1+bytes.Count(data, []byte("\n")) {
				return nil // the torn last line
			}
			return fmt.Errorf("open feedback: %s:%d: %w", path, line, err)
		}
		s.keep(f)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("open feedback: %s: %w", path, err)
	}
	return nil
}

func (s *FileFeedback) keep(f Feedback) {
	m := s.byID[f.SessionID]
	if m == nil {
		m = map[int]Feedback{}
		s.byID[f.SessionID] = m
	}
	m[f.Turn] = f
}

// Put implements FeedbackStore. The line is written and synced before Put
// returns.
func (s *FileFeedback) Put(ctx context.Context, f Feedback) error {
	b, err := json.Marshal(f)
	if err != nil {
		return fmt.Errorf("save feedback: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.file != nil {
		if _, err := s.file.Write(append(b, '\n')); err != nil {
			return fmt.Errorf("save feedback: %w", err)
		}
		if err := s.file.Sync(); err != nil {
			return fmt.Errorf("save feedback: %w", err)
		}
	}
	s.keep(f)
	return nil
}

// List implements FeedbackStore.
func (s *FileFeedback) List(ctx context.Context, id string) ([]Feedback, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Feedback
	for _, f := range s.byID[id] {
		out = append(out, f)
	}
	slices.SortFunc(out, func(a, b Feedback) int { return a.Turn - b.Turn })
	return out, nil
}

// Close closes the file.
func (s *FileFeedback) Close() error {
	if s.file == nil {
		return nil
	}
	return s.file.Close()
}
