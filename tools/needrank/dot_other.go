//go:build !amd64 || purego

package needrank

// dotCodes returns the dot product of need codes with the int8 codes of
// a row (len(codes) >= len(q)).
func dotCodes(q []int16, codes []byte) int64 { return dotGeneric(q, codes) }

// dotCodes4 sets out[j] to dotCodes(q, r[j]) for four rows; next (the
// rows scored next) is for the amd64 kernel's prefetch.
func dotCodes4(q []int16, r, _ *[4][]byte, out *[4]int64) { dotGeneric4(q, r, out) }
