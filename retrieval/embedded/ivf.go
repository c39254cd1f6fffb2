package embedded

import (
	"math"
	"math/rand/v2"
	"runtime"
	"sync"

	"github.com/marsad/marsad/retrieval"
)

// ivf is an inverted-file index over the dense vectors: each vector is
// kept in the list of its nearest centroid, and a search scans only the
// lists whose centroids are nearest the query. The vectors of list l live
// in bucket l+1 of the table's storage.
//
// Centroids come from a spherical k-means over a sample of samplePerList
// vectors per list, refined by one Lloyd round over every vector; the
// index is retrained from scratch whenever the vectors have doubled. What
// was measured on clustered vectors (BenchmarkDenseSearch): recall is set
// by the training sample, not by probing (32 vectors per list left a
// fifth of a tight cluster in far lists; 64 and the full round fix most of
// it); a two-level k-means or growing by splitting lists trains faster
// but scatters clusters between lists.
type ivf struct {
	dim     int
	cent    []float32 // list centroids, nlist·dim
	trained int       // vectors the index was trained on
	// signShare is 0 when searches probe the lists, else the share of the
	// allowed rows a search by signs re-scores (see calibrate). probeShare
	// is, for a search that probes the lists, the share of the probed rows
	// it re-scores after ranking them by their signs, 0 when it scores
	// every probed row. calibrated is false until both are known (an index
	// loaded from a snapshot written before they were kept).
	signShare  float64
	probeShare float64
	calibrated bool
}

func (x *ivf) nlist() int { return len(x.cent) / x.dim }

// Index parameters.
const (
	annMinRows    = 8192 // fewer live vectors: exact scan only
	samplePerList = 64   // training vectors per list
	kmeansIters   = 8
	retrainFactor = 2 // retrain when the vectors have grown this many times
)

// calibSeed seeds the draws of training and calibration, so that the
// same vectors give the same index.
const calibSeed = 0x6d61727361

// nlistFor returns the number of lists for n vectors: about 2√n.
func nlistFor(n int) int { return max(1, int(2*math.Sqrt(float64(n)))) }

// train builds the index over the live vectors of t and moves them into
// their lists.
func train(t *table) {
	rows := vectorRows(t)
	n := len(rows)
	nlist := nlistFor(n)
	rng := rand.New(rand.NewPCG(calibSeed, uint64(n)))
	sample := sampleVecs(t, rows, min(n, samplePerList*nlist), rng)
	x := &ivf{dim: t.dim, trained: n, cent: kmeans(sample, t.dim, nlist, kmeansIters, rng)}
	lists := make([]int32, t.rows())
	assign := func() {
		parallel(len(rows), func(i int) { lists[rows[i]] = x.nearestList(t.vec(rows[i])) })
	}
	assign()
	x.recenter(t, rows, lists)
	assign()
	t.vs.rebucket(x.nlist()+1, t.alive, func(r int32) int { return int(lists[r]) + 1 })
	t.ann = x
	x.calibrate(t, rows)
}

// recenter sets each centroid to the normalised mean of the vectors
// assigned to it (an empty list keeps its centroid).
func (x *ivf) recenter(t *table, rows, lists []int32) {
	sums := make([]float32, len(x.cent))
	counts := make([]int, x.nlist())
	for _, r := range rows {
		l := lists[r]
		counts[l]++
		addTo(sums[int(l)*x.dim:int(l+1)*x.dim], t.vec(r))
	}
	for l, c := range counts {
		if c > 0 {
			dst := x.cent[l*x.dim : (l+1)*x.dim]
			copy(dst, sums[l*x.dim:(l+1)*x.dim])
			retrieval.Normalize(dst)
		}
	}
}

// untrain drops the index, moving every live vector back to bucket 0.
func untrain(t *table) {
	t.vs.rebucket(1, t.alive, func(int32) int { return 0 })
	t.ann = nil
}

// vectorRows returns the live rows of t with a vector.
func vectorRows(t *table) []int32 {
	rows := make([]int32, 0, t.live)
	t.alive.each(func(r int32) {
		if t.hasVec(r) {
			rows = append(rows, r)
		}
	})
	return rows
}

// sampleVecs copies the vectors of m rows drawn without replacement.
func sampleVecs(t *table, rows []int32, m int, rng *rand.Rand) []float32 {
	out := make([]float32, 0, m*t.dim)
	for _, i := range rng.Perm(len(rows))[:m] {
		out = append(out, t.vec(rows[i])...)
	}
	return out
}

// nearestList returns the list of v: the one with the nearest centroid.
func (x *ivf) nearestList(v []float32) int32 { return nearest(v, x.cent, x.dim) }

// parallel calls f(0..n-1) on all cores.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				f(i)
			}
		})
	}
	wg.Wait()
}
