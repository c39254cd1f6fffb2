//go:build unix

package embedded

import (
	"os"

	"golang.org/x/sys/unix"
)

// remap maps the file so that it covers the rows of the indexed ads, for
// rowsView. The mapping runs past the end of the file, to be remapped
// only when the file grows by half; nothing reads past the indexed rows,
// which the file holds. When mapping fails, rowsView covers fewer rows
// and readers fall back to reading the file.
func (v *vectorStore) remap() {
	size := int(v.offset(v.rows))
	if v.f == nil || v.stride == 0 || size <= len(v.mapped) {
		return
	}
	v.unmap()
	m, err := unix.Mmap(int(v.f.Fd()), 0, max(size+size/2, 1<<20), unix.PROT_READ, unix.MAP_SHARED)
	if err == nil {
		v.mapped = m
	}
}

func (v *vectorStore) unmap() error {
	if v.mapped == nil {
		return nil
	}
	m := v.mapped
	v.mapped = nil
	return unix.Munmap(m)
}

// mapFile maps the first size bytes of f read-only; nil when it cannot
// (a copy by recency is then not used).
func mapFile(f *os.File, size int) []byte {
	if size <= 0 {
		return nil
	}
	m, err := unix.Mmap(int(f.Fd()), 0, size, unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil
	}
	return m
}

func unmapFile(b []byte) error {
	if b == nil {
		return nil
	}
	return unix.Munmap(b)
}
