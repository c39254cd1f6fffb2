package tools

import (
	"cmp"
	"encoding/binary"
	"math"
)

// QuantizeVector encodes x for Ad.Vector: 4 bytes of a little-endian
// float32 scale, then one int8 code per dimension, so that
// code[i]·scale ≈ x[i]. It takes a quarter of the bytes of x, and the
// error of a cosine it yields is below 1% for the unit vectors embedders
// produce. A nil or all-zero x encodes to nil.
func QuantizeVector(x []float32) []byte {
	var m float32
	for _, v := range x {
		m = max(m, float32(math.Abs(float64(v))))
	}
	if m == 0 {
		return nil
	}
	scale := m / 127
	out := make([]byte, 4+len(x))
	binary.LittleEndian.PutUint32(out, math.Float32bits(scale))
	for i, v := range x {
		out[4+i] = byte(int8(math.Round(float64(v / scale))))
	}
	return out
}

// VectorDimension returns the number of dimensions of a QuantizeVector
// encoding, 0 for nil or a malformed one.
func VectorDimension(v []byte) int {
	if len(v) <= 4 {
		return 0
	}
	return len(v) - 4
}

// AdSimilarity returns the dot product of need with the vector encoded
// in v (the cosine when both are unit length), 0 when v is nil or its
// dimension differs from need's. Every store ranks with it, so that they
// order ads the same way.
func AdSimilarity(need []float32, v []byte) float32 {
	if VectorDimension(v) != len(need) || len(need) == 0 {
		return 0
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(v))
	codes := v[4 : 4+len(need)]
	var sum float32
	for i, c := range codes {
		sum += need[i] * float32(int8(c))
	}
	return sum * scale
}

// NeedOrder compares two ads as AdQuery.Need ranks them, on what the
// contract fixes first: an ad with a vector (has) before one without,
// then the more similar first. It returns 0 on a tie, which the store
// breaks newest first.
func NeedOrder(aHas bool, aSim float32, bHas bool, bSim float32) int {
	switch {
	case aHas && !bHas:
		return -1
	case bHas && !aHas:
		return 1
	}
	return cmp.Compare(bSim, aSim)
}
