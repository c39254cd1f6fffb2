package collect

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"sync"
	"time"

	"github.com/marsad/marsad/internal/atomicfile"
)

// PageState is what a run keeps of a page it fetched, for the next run.
type PageState struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	// Lastmod is the page's lastmod in its sitemap when it was fetched:
	// while the sitemap says the same, the page is not asked for again.
	Lastmod string `json:"lastmod,omitempty"`
	// Kind, Links and Next are what a listing page, a sitemap or a
	// feed was and held, read again when it answers 304 Not Modified.
	Kind    string    `json:"kind,omitempty"`
	Links   []Link    `json:"links,omitempty"`
	Next    []string  `json:"next,omitempty"`
	Fetched time.Time `json:"fetched"`
}

// StateStore keeps the pages' states between runs: in a file of the data
// folder (FileState) or in PostgreSQL (collect/postgres), so that the
// replicas collecting in turn share them. Implementations are safe for
// concurrent use.
type StateStore interface {
	// Pages returns the state of every page a completed run kept, by
	// address; an empty map when none.
	Pages(ctx context.Context) (map[string]PageState, error)
	// Put records the states of a run's pages, replacing those of the
	// same addresses: all of them, or none and an error.
	Put(ctx context.Context, pages map[string]PageState) error
}

// FileState is a StateStore in a JSON file.
type FileState struct {
	path  string
	mu    sync.Mutex
	pages map[string]PageState
}

// OpenState reads the state file at path (none yet is an empty state);
// "" keeps the state in memory only.
func OpenState(path string) (*FileState, error) {
	s := &FileState{path: path, pages: map[string]PageState{}}
	if path == "" {
		return s, nil
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("collect state: %w", err)
	}
	if err := json.Unmarshal(b, &s.pages); err != nil {
		return nil, fmt.Errorf("collect state %s: %w", path, err)
	}
	return s, nil
}

// Pages returns a copy of the kept states.
func (s *FileState) Pages(context.Context) (map[string]PageState, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps.Clone(s.pages), nil
}

// Put records the pages' states and writes the file whole (through a
// temporary file renamed over it, so a crash leaves the old state or the
// new one). On error the state in memory is unchanged.
func (s *FileState) Put(_ context.Context, pages map[string]PageState) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	next := maps.Clone(s.pages)
	maps.Copy(next, pages)
	if s.path != "" {
		b, err := json.Marshal(next)
		if err == nil {
			err = atomicfile.WriteFile(s.path, ".state-*.tmp", b)
		}
		if err != nil {
			return fmt.Errorf("collect state: %w", err)
		}
	}
	s.pages = next
	return nil
}
