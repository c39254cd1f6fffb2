//go:build !amd64 || purego

package embedded

// hasAVX2 is false without the amd64 kernel.
const hasAVX2 = false

// dot returns the dot product of a and b (len(b) >= len(a)).
func dot(a, b []float32) float32 { return dotGeneric(a, b) }

// dotInt8 returns the dot product of two codes (len(b) >= len(a)).
func dotInt8(a, b []int8) int32 { return dotInt8Generic(a, b) }
