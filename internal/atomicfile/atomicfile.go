// Package atomicfile replaces a file's content so that a crash leaves the
// old content or the new, never a mix: the new content goes to a temporary
// file of the same folder, which is synced and closed, then renamed over
// the file. The embedded stores' snapshots, the ingestion state and the
// purged feedback file are all written so.
package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
)

// Replace writes path's new content through write into a temporary file
// of path's folder (created when missing), named by pattern as
// os.CreateTemp names it (a store that removes what a crash left behind
// knows its pattern), syncs and closes it, and renames it over path. The
// file is private (0600), as os.CreateTemp makes it. Nothing is renamed
// when write fails, and the temporary file is removed. The rename itself
// is durable once SyncDir has synced the folder.
func Replace(path, pattern string, write func(io.Writer) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), pattern)
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	err = write(tmp)
	if err := errors.Join(err, tmp.Sync(), tmp.Close()); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// WriteFile replaces path's content with b, as Replace does.
func WriteFile(path, pattern string, b []byte) error {
	return Replace(path, pattern, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}

// SyncDir makes the renames done in dir durable.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
