package retrieval

import (
	"cmp"
	"math"
	"slices"
)

// SparseVector is a sparse term-weight vector: Indices are term ids (hashes
// of terms), Values their weights. A canonical vector (see Canonical) has
// strictly increasing Indices and no zero value.
type SparseVector struct {
	Indices []uint32
	Values  []float32
}

// Len returns the number of non-zero entries.
func (v SparseVector) Len() int { return len(v.Indices) }

// Canonical returns v with indices sorted, duplicates summed and zero
// weights dropped. It allocates a new vector; v is unchanged.
func (v SparseVector) Canonical() SparseVector {
	type entry struct {
		i uint32
		w float32
	}
	es := make([]entry, len(v.Indices))
	for k := range v.Indices {
		es[k] = entry{v.Indices[k], v.Values[k]}
	}
	slices.SortFunc(es, func(a, b entry) int { return cmp.Compare(a.i, b.i) })
	out := SparseVector{Indices: make([]uint32, 0, len(es)), Values: make([]float32, 0, len(es))}
	for _, e := range es {
		if n := len(out.Indices); n > 0 && out.Indices[n-1] == e.i {
			out.Values[n-1] += e.w
			continue
		}
		out.Indices = append(out.Indices, e.i)
		out.Values = append(out.Values, e.w)
	}
	return out.dropZeros()
}

func (v SparseVector) dropZeros() SparseVector {
	k := 0
	for j := range v.Indices {
		if v.Values[j] != 0 {
			v.Indices[k], v.Values[k] = v.Indices[j], v.Values[j]
			k++
		}
	}
	v.Indices, v.Values = v.Indices[:k], v.Values[:k]
	return v
}

// Normalize scales v to unit Euclidean length in place and returns it; the
// zero vector is returned unchanged.
func Normalize(v []float32) []float32 {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return v
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
	return v
}

// IDF is the inverse document frequency the stores apply to the sparse
// arm, the one Qdrant's IDF modifier uses: ln(1 + (n - df + 0.5) / (df + 0.5))
// for a term found in df of n stored chunks.
func IDF(n, df int) float64 {
	return math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5))
}
