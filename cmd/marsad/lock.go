package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// lockFileName is the file in the data folder whose lock the process
// using the folder holds, and which says who that process is.
const lockFileName = "marsad.lock"

// errFolderInUse is returned when another process holds the data folder.
var errFolderInUse = errors.New("data folder in use")

// folderLock is the data folder held by this process. The embedded stores
// keep their state in memory and append to their logs: two processes on
// one folder would each write from their own view, and one's data would
// vanish at the next start. So one process at a time uses a folder,
// readers included (opening a store repairs a torn tail, which is a write).
type folderLock struct {
	f *os.File
}

// lockDataDir takes the data folder dir for command (serve, ingest…), or
// fails with errFolderInUse naming the folder and the process that holds
// it. The lock is the kernel's (flock), so it goes with the process,
// however that ends: no stale lock survives a crash.
func lockDataDir(dir, command string) (*folderLock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("data folder: %w", err)
	}
	path := filepath.Join(dir, lockFileName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("data folder: %w", err)
	}
	if err := tryLock(f); err != nil {
		holder := readHolder(f)
		f.Close()
		if errors.Is(err, errLocked) {
			return nil, fmt.Errorf("%w: %s is used by %s; one marsad process at a time uses a data folder: "+
				"stop it, give this command another MARSAD_DATA_DIR, or send files to the running server (POST /api/ingest)",
				errFolderInUse, dir, holder)
		}
		return nil, fmt.Errorf("data folder %s: lock: %w", dir, err)
	}
	// Who holds it, for the message of the next process refused.
	stamp := fmt.Sprintf("marsad %s (pid %d, since %s)\n", command, os.Getpid(), time.Now().UTC().Format(time.RFC3339))
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(stamp), 0)
	}
	return &folderLock{f: f}, nil
}

// readHolder says who holds the lock, as that process wrote it.
func readHolder(f *os.File) string {
	b := make([]byte, 256)
	n, _ := f.ReadAt(b, 0)
	if s := strings.TrimSpace(string(b[:n])); s != "" {
		return s
	}
	return "another process"
}

// release gives the folder back; the lock file stays, as another process
// may have opened it already.
func (l *folderLock) release() error {
	return l.f.Close()
}
