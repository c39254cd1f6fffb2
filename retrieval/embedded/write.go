package embedded

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/marsad/marsad/retrieval"
)

// Upsert implements retrieval.Store. Dense vectors are stored normalised
// to unit length (the dense arm ranks by cosine). The call that makes the
// vectors outgrow the dense index retrains it, which takes a few seconds
// per million vectors.
func (s *Store) Upsert(ctx context.Context, recs []retrieval.Record) error {
	if err := retrieval.ValidateRecords(recs, s.dim); err != nil {
		return fmt.Errorf("upsert: %w", err)
	}
	if len(recs) == 0 {
		return nil
	}
	return s.write(ctx, upsertPayload(recs), func(t *table) { t.upsertAll(recs) })
}

// Delete implements retrieval.Store.
func (s *Store) Delete(ctx context.Context, docIDs []string) error {
	if len(docIDs) == 0 {
		return nil
	}
	return s.write(ctx, deletePayload(docIDs), func(t *table) {
		for _, id := range docIDs {
			t.deleteDoc(id)
		}
	})
}

// write logs payload, then applies it with do, then compacts, retrains and
// snapshots as needed.
func (s *Store) write(ctx context.Context, payload []byte, do func(*table)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.lock()
	defer s.mu.Unlock()
	if s.closed {
		return retrieval.ErrClosed
	}
	if s.log != nil {
		if err := s.log.append(payload); err != nil {
			return fmt.Errorf("write vector log: %w", err)
		}
	}
	do(s.t)
	if s.t.dead() > 1024 && s.t.dead() > s.t.live/2 {
		s.t = s.t.compact()
	}
	s.maybeTrainLocked()
	if s.log != nil && s.log.size > max(minSnapshotLog, s.snapSz) {
		if err := s.snapshot(); err != nil {
			return fmt.Errorf("write vector snapshot: %w", err)
		}
	}
	return nil
}

// minSnapshotLog is the log size below which no snapshot is written.
const minSnapshotLog = 64 << 20

// snapshot writes the compacted table as the next generation's snapshot
// and starts its empty log. Callers hold the write lock.
func (s *Store) snapshot() error {
	if s.t.dead() > 0 {
		s.t = s.t.compact()
	}
	next := s.gen + 1
	snap := filepath.Join(s.dir, snapName)
	if err := writeSnapshot(snap, s.t, next); err != nil {
		return err
	}
	old := s.logPath(s.gen)
	s.gen = next
	if err := s.log.close(); err != nil {
		return err
	}
	var err error
	s.log, err = openWAL(s.logPath(next), newTable(s.dim), s.sync)
	if err != nil {
		return err
	}
	if err := removeIfExists(old); err != nil {
		return err
	}
	s.snapSz = fileSize(snap)
	return nil
}

// maybeTrain trains the dense index when the vectors reach annMinRows or
// have doubled since the last training, and drops it below annMinRows.
func (s *Store) maybeTrain() {
	s.lock()
	defer s.mu.Unlock()
	s.maybeTrainLocked()
}

func (s *Store) maybeTrainLocked() {
	n := s.t.vecLiv
	switch {
	case n < annMinRows && s.t.ann != nil:
		untrain(s.t)
	case n >= annMinRows && (s.t.ann == nil || n >= retrainFactor*s.t.ann.trained):
		train(s.t)
	case s.t.ann != nil && !s.t.ann.calibrated:
		s.t.ann.calibrate(s.t, vectorRows(s.t))
	}
}

func removeIfExists(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}
