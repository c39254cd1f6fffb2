package embedded

import (
	"errors"
	"io"
	"os"
	"path/filepath"
)

// replaceFile writes path's new content through write into a temporary
// file of the same folder, syncs and closes it, then renames it over path:
// a crash leaves the old content or the new, never a mix. Every file of the
// store (indicator snapshot, profiles, ad index snapshot) is replaced so.
func replaceFile(path, pattern string, write func(io.Writer) error) error {
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

// syncDir makes the renames done in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
