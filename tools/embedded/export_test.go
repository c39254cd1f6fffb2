package embedded

// SnapshotAt is how much of its log the store's last snapshot covers: at
// open, what it did not have to replay.
func SnapshotAt(s *JobMarket) int64 {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.snapshotAt
}

// SnapshotFile is the name of the snapshot in a store's folder.
const SnapshotFile = adSnapshotFile

// SetRecentMin sets the fewest ads past the copy of the vectors by
// recency for which a new one is written.
func SetRecentMin(s *JobMarket, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.recentMin = n
}

// WaitRecent waits for the copy by recency being written, if any, and
// returns the UpTo of the copy in use (0: none). No other call may run.
func WaitRecent(s *JobMarket) int {
	s.rewrites.Wait()
	return s.ix.rec.coveredUpTo()
}

// RecentFile is the name of the copy by recency in a store's folder.
const RecentFile = recentFile

// Slotted returns how many ads of the recency order have a row in the
// copy by recency.
func Slotted(s *JobMarket) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	s.ix.byRecency()
	r := &s.ix.rec
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, k := range r.keys {
		if k.slot >= 0 {
			n++
		}
	}
	return n
}
