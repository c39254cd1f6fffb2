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
