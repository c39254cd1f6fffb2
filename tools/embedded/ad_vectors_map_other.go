//go:build !unix

package embedded

// remap does nothing where the file is not mapped: rowsView is empty and
// readers read the file.
func (v *vectorStore) remap() {}

func (v *vectorStore) unmap() error { return nil }
