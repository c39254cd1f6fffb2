//go:build amd64 && !purego

package embedded

// prefetchCode asks the processor to bring into its caches the int8 code
// of a vector and its factor, which a search is about to read:
// the rows a search by signs re-scores are scattered over all the codes,
// and read one after the other each waited for memory (a third of a
// search at a million vectors, 440 ns a row), where prefetching a few rows
// ahead overlaps those waits.
//
//go:noescape
func prefetchCode(code []int8, scale *float32)
