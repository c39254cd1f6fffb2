//go:build !unix

package embedded

import "os"

// remap does nothing where the file is not mapped: rowsView is empty and
// readers read the file.
func (v *vectorStore) remap() {}

func (v *vectorStore) unmap() error { return nil }

// mapFile returns nil where files are not mapped: no copy by recency is
// written nor used.
func mapFile(*os.File, int) []byte { return nil }

func unmapFile([]byte) error { return nil }
