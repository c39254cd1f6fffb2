package embedded

import (
	"math"
	"math/rand/v2"
	"runtime"
	"sync"
)

// ivf is an inverted-file index over the dense vectors: the vectors are
// clustered around nlist centroids, found by a two-level spherical k-means
// (coarse cells, then fine lists inside each cell), and a search scans only
// the lists whose centroids are nearest the query. A row is assigned to the
// nearest fine list of its nearest coarse cell.
type ivf struct {
	dim     int
	coarse  []float32 // coarse centroids
	fineOf  [][]int32 // coarse cell → its lists
	cent    []float32 // list centroids, nlist·dim
	lists   [][]int32 // list → rows, dead rows included
	assign  []int32   // row → list, -1 for a row without a vector
	trained int       // vectors the index was trained on
}

func (x *ivf) nlist() int { return len(x.lists) }

// Training parameters.
const (
	annMinRows     = 8192 // fewer live vectors: exact scan only
	samplePerList  = 32   // training points per list
	kmeansIters    = 8
	retrainFactor  = 2 // retrain when the vectors have grown this many times
	listsPerSqrtN  = 4 // nlist ≈ 4·√n
	coarsePerLevel = 1 // coarse cells ≈ √nlist · coarsePerLevel
)

// trainIVF builds the index over the live vectors of t.
func trainIVF(t *table) *ivf {
	rows := vectorRows(t)
	n := len(rows)
	nlist := max(1, int(listsPerSqrtN*math.Sqrt(float64(n))))
	nc := max(1, int(coarsePerLevel*math.Sqrt(float64(nlist))))
	rng := rand.New(rand.NewPCG(0x6d61727361, uint64(n)))
	sample := sampleVecs(t, rows, min(n, samplePerList*nlist), rng)
	x := &ivf{dim: t.dim, trained: n}
	x.coarse = kmeans(sample, t.dim, nc, kmeansIters, rng)
	x.trainFine(sample, nlist, rng)
	x.assign = make([]int32, t.rows())
	for i := range x.assign {
		x.assign[i] = -1
	}
	x.lists = make([][]int32, len(x.cent)/t.dim)
	x.assignRows(t, rows)
	return x
}

// trainFine clusters the sample points of each coarse cell into lists,
// about nlist in all, in proportion to the cell's share of the sample.
func (x *ivf) trainFine(sample []float32, nlist int, rng *rand.Rand) {
	dim, m := x.dim, len(sample)/x.dim
	nc := len(x.coarse) / dim
	cellOf := make([]int32, m)
	nearestAll(sample, x.coarse, dim, cellOf)
	cells := make([][]float32, nc)
	for i, c := range cellOf {
		cells[c] = append(cells[c], sample[i*dim:(i+1)*dim]...)
	}
	x.fineOf = make([][]int32, nc)
	for c, pts := range cells {
		if len(pts) == 0 {
			continue
		}
		k := max(1, int(math.Round(float64(nlist)*float64(len(pts)/dim)/float64(m))))
		cent := kmeans(pts, dim, k, kmeansIters, rand.New(rand.NewPCG(rng.Uint64(), uint64(c))))
		for j := 0; j*dim < len(cent); j++ {
			x.fineOf[c] = append(x.fineOf[c], int32(len(x.cent)/dim))
			x.cent = append(x.cent, cent[j*dim:(j+1)*dim]...)
		}
	}
	x.dropEmptyCells()
}

// dropEmptyCells removes the coarse cells that got no list.
func (x *ivf) dropEmptyCells() {
	var coarse []float32
	var fineOf [][]int32
	for c, ls := range x.fineOf {
		if len(ls) > 0 {
			coarse = append(coarse, x.coarse[c*x.dim:(c+1)*x.dim]...)
			fineOf = append(fineOf, ls)
		}
	}
	x.coarse, x.fineOf = coarse, fineOf
}

// vectorRows returns the live rows of t with a vector.
func vectorRows(t *table) []int32 {
	rows := make([]int32, 0, t.live)
	t.alive.each(func(r int32) {
		if t.hasVec.has(r) {
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

// assignRows puts rows into their lists, in parallel.
func (x *ivf) assignRows(t *table, rows []int32) {
	lists := make([]int32, len(rows))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(rows); i += workers {
				lists[i] = x.nearestList(t.vec(rows[i]))
			}
		})
	}
	wg.Wait()
	for i, r := range rows {
		x.assign[r] = lists[i]
		x.lists[lists[i]] = append(x.lists[lists[i]], r)
	}
}

// nearestList returns the list of v: the nearest list of its nearest cell.
func (x *ivf) nearestList(v []float32) int32 {
	c := nearest(v, x.coarse, x.dim)
	best, bestS := x.fineOf[c][0], float32(-2)
	for _, l := range x.fineOf[c] {
		if s := dot(v, x.cent[int(l)*x.dim:int(l+1)*x.dim]); s > bestS {
			best, bestS = l, s
		}
	}
	return best
}

// add assigns the new row r (the next row) with vector v.
func (x *ivf) add(r int32, v []float32, hasVec bool) {
	l := int32(-1)
	if hasVec {
		l = x.nearestList(v)
		x.lists[l] = append(x.lists[l], r)
	}
	x.assign = append(x.assign, l)
}

// remap returns the index over a compacted table where live row r became
// newRow[r], with the same centroids.
func (x *ivf) remap(alive bitset, newRow []int32, n int) *ivf {
	y := &ivf{dim: x.dim, coarse: x.coarse, fineOf: x.fineOf, cent: x.cent, trained: x.trained,
		lists: make([][]int32, len(x.lists)), assign: make([]int32, n)}
	alive.each(func(r int32) {
		l := x.assign[r]
		y.assign[newRow[r]] = l
		if l >= 0 {
			y.lists[l] = append(y.lists[l], newRow[r])
		}
	})
	return y
}

// fromAssign rebuilds the lists from the assignment (after a load).
func (x *ivf) fromAssign() {
	x.lists = make([][]int32, len(x.cent)/x.dim)
	for r, l := range x.assign {
		if l >= 0 {
			x.lists[l] = append(x.lists[l], int32(r))
		}
	}
}
