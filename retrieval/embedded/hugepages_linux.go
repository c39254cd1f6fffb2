//go:build linux

package embedded

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// adviseHuge asks Linux to map the pages of s in huge pages (2 MB on
// amd64) as they are first written, where the system allows it
// (transparent huge pages "always" or "madvise"; a no-op under "never").
//
// Why: a search by signs re-scores about ten thousand rows scattered over
// the int8 codes of the whole index (384 MB at a million vectors of 384
// dimensions), each on a page of its own: with 4 KB pages every row cost a
// miss of the processor's page cache (TLB) and a walk of the page tables,
// twice as long in a virtual machine, on top of the row's six lines. With
// 2 MB pages the codes of a million vectors take 192 entries: re-scoring
// 5,000 random rows of a million took 95 ns a row against 132 (one core,
// BenchmarkDenseSearch's store). The runtime gives no huge pages to the
// heap by itself (the system's default, "madvise", asks for this call).
//
// Only memory not yet written is mapped in huge pages at once (fresh from
// the system, as a store opened from its snapshot gets it); memory the
// runtime reuses was zeroed, and the system collapses it later, when it
// does. Called once per allocation of a table's buckets (withRoom), so
// the few regions it marks do not multiply the process's mappings.
func adviseHuge[T any](s []T) {
	var zero T
	n := len(s) * int(unsafe.Sizeof(zero))
	if n < hugePage {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), n)
	// madvise takes whole pages: from the first page boundary in s to
	// the last
	lo := int(-uintptr(unsafe.Pointer(unsafe.SliceData(b))) & (pageSize - 1))
	hi := lo + (n-lo)&^(pageSize-1)
	_ = unix.Madvise(b[lo:hi], unix.MADV_HUGEPAGE) // advice: nothing to do when refused
}

// hugePage is the size of a huge page; smaller regions are not advised.
// pageSize is that of a page, which madvise takes whole.
const (
	hugePage = 2 << 20
	pageSize = 4096
)
