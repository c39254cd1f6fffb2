package collect

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sync"
	"time"

	"github.com/marsad/marsad/ingest"
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

// State keeps the pages' states between runs in a JSON file; it is safe
// for concurrent use.
type State struct {
	path  string
	mu    sync.Mutex
	pages map[string]PageState
}

// OpenState reads the state file at path (none yet is an empty state);
// "" keeps the state in memory only.
func OpenState(path string) (*State, error) {
	s := &State{path: path, pages: map[string]PageState{}}
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

// Page returns the state of the page at address, false when it was never
// fetched by a run that completed.
func (s *State) Page(address string) (PageState, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.pages[address]
	return p, ok
}

// Put records the states of a run's pages and writes the file whole
// (through a temporary file renamed over it, so a crash leaves the old
// state or the new one). On error the state in memory is unchanged.
func (s *State) Put(pages map[string]PageState) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	next := make(map[string]PageState, len(s.pages)+len(pages))
	for k, v := range s.pages {
		next[k] = v
	}
	for k, v := range pages {
		next[k] = v
	}
	if err := s.write(next); err != nil {
		return fmt.Errorf("collect state: %w", err)
	}
	s.pages = next
	return nil
}

func (s *State) write(pages map[string]PageState) error {
	if s.path == "" {
		return nil
	}
	b, err := json.Marshal(pages)
	if err != nil {
		return err
	}
	return ingest.WriteFileAtomic(s.path, b)
}
