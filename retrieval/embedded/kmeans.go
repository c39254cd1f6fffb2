package embedded

import (
	"math/rand/v2"

	"github.com/marsad/marsad/retrieval"
)

// kmeans clusters the m = len(pts)/dim unit vectors of pts into k
// spherical clusters (assignment by largest dot product, centroids
// renormalised) in iters rounds, and returns the k·dim centroids. An
// empty cluster is reseeded with a random point. Deterministic for a given
// rng.
func kmeans(pts []float32, dim, k, iters int, rng *rand.Rand) []float32 {
	m := len(pts) / dim
	k = min(k, m)
	cent := make([]float32, k*dim)
	for i, p := range rng.Perm(m)[:k] {
		copy(cent[i*dim:(i+1)*dim], pts[p*dim:(p+1)*dim])
	}
	assign := make([]int32, m)
	for range iters {
		nearestAll(pts, cent, dim, assign)
		sums := make([]float32, k*dim)
		counts := make([]int, k)
		for i, c := range assign {
			counts[c]++
			addTo(sums[int(c)*dim:int(c+1)*dim], pts[i*dim:(i+1)*dim])
		}
		for c := range k {
			dst := cent[c*dim : (c+1)*dim]
			if counts[c] == 0 {
				p := rng.IntN(m)
				copy(dst, pts[p*dim:(p+1)*dim])
				continue
			}
			copy(dst, sums[c*dim:(c+1)*dim])
			retrieval.Normalize(dst)
		}
	}
	return cent
}

func addTo(dst, v []float32) {
	for i, x := range v {
		dst[i] += x
	}
}

// nearestAll sets assign[i] to the centroid nearest point i, in parallel.
func nearestAll(pts, cent []float32, dim int, assign []int32) {
	parallel(len(pts)/dim, func(i int) { assign[i] = nearest(pts[i*dim:(i+1)*dim], cent, dim) })
}

// nearest returns the index of the centroid of cent with the largest dot
// product with v.
func nearest(v, cent []float32, dim int) int32 {
	best, bestS := int32(0), float32(-2)
	for c := 0; c*dim < len(cent); c++ {
		if s := dot(v, cent[c*dim:(c+1)*dim]); s > bestS {
			best, bestS = int32(c), s
		}
	}
	return best
}
