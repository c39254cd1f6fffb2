package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/marsad/marsad/internal/atomicfile"
)

// StateFile is the name of the ingestion state in the data folder: what
// was read of each input, by the SHA-256 of its content.
const StateFile = "ingest-state.json"

// state is the ingestion state: in the ledger when there is one, else
// in a file persisted by write-then-rename; a state without either keeps
// nothing. It is safe for concurrent use.
type state struct {
	ledger Ledger
	path   string
	mu     sync.Mutex
	files  map[string]Checkpoint
}

func openState(dir string, ledger Ledger) (*state, error) {
	s := &state{files: map[string]Checkpoint{}, ledger: ledger}
	if dir == "" || ledger != nil {
		return s, nil
	}
	s.path = filepath.Join(dir, StateFile)
	b, err := os.ReadFile(s.path)
	if errors.Is(err, os.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, &s.files); err != nil {
		return nil, fmt.Errorf("%s: %w", s.path, err)
	}
	return s, nil
}

func (s *state) get(ctx context.Context, hash string) (Checkpoint, bool, error) {
	if s.ledger != nil {
		return s.ledger.Checkpoint(ctx, hash)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	f, ok := s.files[hash]
	return f, ok, nil
}

// put records fs for hash and persists it.
func (s *state) put(ctx context.Context, hash string, fs Checkpoint) error {
	if s.ledger != nil {
		return s.ledger.SaveCheckpoint(ctx, hash, fs)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files[hash] = fs
	if s.path == "" {
		return nil
	}
	b, err := json.MarshalIndent(s.files, "", " ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(s.path, ".state-*.tmp", b)
}
