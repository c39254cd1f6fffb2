// Package embedded is Marsad's own retrieval.Store: every chunk in memory;
// dense vectors stored contiguously per list of an inverted-file (IVF)
// index past 8,192 vectors, with int8 codes scanned first and the best
// candidates re-scored exactly (AVX2 kernels on amd64, pure Go elsewhere),
// or scanned exactly below that size or under a selective filter; an
// inverted index for the sparse arm; payload filters as row bitsets.
//
// Persistence, when the store has a folder: each Upsert or Delete call is
// appended to a log as one checksummed frame, synced before it is applied;
// the log is folded into a compacted snapshot (written to a temporary file,
// synced, then renamed) when it outgrows the snapshot and on Close. Open
// loads the snapshot, replays the log and ignores a torn last frame, so a
// kill at any point loses at most the call in flight. One process at a time
// may open a folder.
package embedded

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/marsad/marsad/retrieval"
)

// File names inside the store's folder.
const (
	snapName  = "vectors.snap"
	logPrefix = "vectors-" // vectors-<generation>.log
)

// Store is the embedded retrieval.Store. Create it with Open.
type Store struct {
	dir    string // "" keeps everything in memory only
	dim    int
	nprobe int // 0: defaultProbes
	sync   bool

	mu     sync.RWMutex
	closed bool
	t      *table
	log    *wal // nil in memory
	gen    uint64
	snapSz int64 // size of the snapshot file
}

// Option configures a Store.
type Option func(*Store)

// WithNProbe sets the number of IVF lists a search scans first, instead
// of the default (an eighth of the lists, at least 16); more lists, better
// recall, slower search.
func WithNProbe(n int) Option { return func(s *Store) { s.nprobe = max(n, 1) } }

// WithoutSync stops syncing the log after each call: faster bulk loads, but
// a machine crash (not a process kill) may lose the last calls.
func WithoutSync() Option { return func(s *Store) { s.sync = false } }

// Open opens the store kept in folder dir (created if needed) for dense
// vectors of dimension dim, loading what an earlier process stored there.
// An empty dir gives a store that keeps nothing on disk. It fails with
// retrieval.ErrDimension when dir holds vectors of another dimension, and
// with ErrCorrupt when the snapshot is damaged.
func Open(dir string, dim int, opts ...Option) (*Store, error) {
	if dim <= 0 {
		return nil, fmt.Errorf("open vector store: dimension %d: %w", dim, retrieval.ErrInvalid)
	}
	s := &Store{dir: dir, dim: dim, sync: true, t: newTable(dim)}
	for _, o := range opts {
		o(s)
	}
	if dir != "" {
		if err := s.load(); err != nil {
			return nil, fmt.Errorf("open vector store: %w", err)
		}
	}
	s.maybeTrain()
	return s, nil
}

// load reads the snapshot and the log of s.dir, removes stale files and
// opens the log for appending.
func (s *Store) load() error {
	if err := os.MkdirAll(s.dir, 0o755); err != nil {
		return err
	}
	snap := filepath.Join(s.dir, snapName)
	t, gen, err := readSnapshot(snap, s.dim)
	if err != nil {
		return err
	}
	if fi, err := os.Stat(snap); err == nil {
		s.snapSz = fi.Size()
	}
	s.t, s.gen = t, gen
	if err := s.removeStale(); err != nil {
		return err
	}
	s.log, err = openWAL(s.logPath(gen), s.t, s.sync)
	return err
}

func (s *Store) logPath(gen uint64) string {
	return filepath.Join(s.dir, fmt.Sprintf("%s%d.log", logPrefix, gen))
}

// removeStale deletes temporary files and logs of other generations.
func (s *Store) removeStale() error {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return err
	}
	keep := filepath.Base(s.logPath(s.gen))
	for _, e := range entries {
		n := e.Name()
		stale := strings.HasPrefix(n, ".vectors-") && strings.HasSuffix(n, ".tmp") ||
			strings.HasPrefix(n, logPrefix) && strings.HasSuffix(n, ".log") && n != keep
		if stale {
			if err := os.Remove(filepath.Join(s.dir, n)); err != nil {
				return err
			}
		}
	}
	return nil
}

// Dimension implements retrieval.Store.
func (s *Store) Dimension() int { return s.dim }

// Count implements retrieval.Store.
func (s *Store) Count(ctx context.Context) (int, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return 0, retrieval.ErrClosed
	}
	return s.t.live, nil
}

// lock takes the store's lock to change it, once the goroutines of past
// searches still reading its table are done (table.lent).
func (s *Store) lock() {
	s.mu.Lock()
	s.t.lent.Wait()
}

// Close writes a snapshot when the log holds anything, then releases the
// files. It is safe to call twice.
func (s *Store) Close() error {
	s.lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if s.log == nil {
		return nil
	}
	var err error
	if s.log.size > 0 {
		err = s.snapshot()
	}
	if cerr := s.log.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("close vector store: %w", err)
	}
	return nil
}
