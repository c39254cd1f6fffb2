//go:build !amd64 || purego

package embedded

// prefetchCode does nothing without the amd64 kernel: the search reads
// the rows without asking for them ahead.
func prefetchCode([]int8, *float32) {}
