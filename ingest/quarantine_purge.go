package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/marsad/marsad/internal/atomicfile"
)

// quarantineFileMu serialises this process's appends to quarantine files
// with their purge: a purge writes the entries it keeps to a new file and
// renames it over the old one, so an append made to the old file in
// between would be lost. Between processes the data folder's lock does
// the same.
var quarantineFileMu sync.Mutex

// PurgeQuarantine removes from the quarantine file at path the entries
// quarantined before cutoff and returns how many. A quarantined record
// is an ad as its source wrote it, often with a recruiter's name, phone
// number or e-mail address, so it is kept no longer than conversations
// are (the caller passes the same retention). A line that does not
// decode, or whose date does not parse, is kept as it is: its age is
// unknown. The file is replaced whole (atomicfile), so a crash leaves
// the old file or the new one, never a part; a file
// that does not exist holds nothing to remove.
func PurgeQuarantine(path string, cutoff time.Time) (int64, error) {
	quarantineFileMu.Lock()
	defer quarantineFileMu.Unlock()
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("purge quarantine: %w", err)
	}
	kept, removed := keepQuarantinedSince(b, cutoff)
	if removed == 0 {
		return 0, nil
	}
	err = atomicfile.WriteFile(path, QuarantineFile+".purge-*", kept)
	if err = errors.Join(err, atomicfile.SyncDir(filepath.Dir(path))); err != nil {
		return 0, fmt.Errorf("purge quarantine %s: %w", path, err)
	}
	return removed, nil
}

// keepQuarantinedSince returns the lines of a quarantine file quarantined
// at or after cutoff, or of unknown age, and how many it left out.
func keepQuarantinedSince(b []byte, cutoff time.Time) ([]byte, int64) {
	var kept bytes.Buffer
	var removed int64
	for len(b) > 0 {
		line, rest, _ := bytes.Cut(b, []byte("\n"))
		b = rest
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var e struct {
			At string `json:"at"`
		}
		if json.Unmarshal(line, &e) == nil {
			if at, err := time.Parse(time.RFC3339, e.At); err == nil && at.Before(cutoff) {
				removed++
				continue
			}
		}
		kept.Write(line)
		kept.WriteByte('\n')
	}
	return kept.Bytes(), removed
}
