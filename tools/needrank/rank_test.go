package needrank

import (
	"cmp"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools"
)

// window is a Window over vectors in memory; nil for none.
type window struct {
	dim  int
	vecs [][]byte
	need []float32
	fail int // Row of this candidate fails, -1: none
}

func (w *window) Len() int { return len(w.vecs) }

func (w *window) Row(k int, buf []byte) ([]byte, error) {
	if k == w.fail {
		return nil, errors.New("broken row")
	}
	if len(w.vecs[k]) != 4+w.dim {
		return nil, nil
	}
	return w.vecs[k], nil
}

func (w *window) Other(k int) (bool, float32, error) {
	return w.vecs[k] != nil, retrieval.DotInt8(w.need, w.vecs[k]), nil
}

// exact ranks every candidate with DotInt8, as the stores did.
func (w *window) exact(limit int) []int {
	ks := make([]int, len(w.vecs))
	sims := make([]float32, len(w.vecs))
	for k, v := range w.vecs {
		ks[k], sims[k] = k, retrieval.DotInt8(w.need, v)
	}
	slices.SortFunc(ks, func(a, b int) int {
		return cmp.Or(tools.NeedOrder(w.vecs[a] != nil, sims[a], w.vecs[b] != nil, sims[b]), cmp.Compare(a, b))
	})
	return ks[:min(limit, len(ks))]
}

func gauss(rng *rand.Rand, dim int) []float32 {
	v := make([]float32, dim)
	for i := range v {
		v[i] = float32(rng.NormFloat64())
	}
	return v
}

// TestRankIsExact compares Rank with the exact ranking on windows built
// to tie (vectors from a small pool), with clustered vectors (close
// scores), without vectors and with vectors of another dimension, for
// several dimensions and limits.
func TestRankIsExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for _, dim := range []int{1, 7, 16, 33, 384, 4100} {
		for _, shape := range []string{"pool", "clustered", "random"} {
			n := 9000
			if dim > 1000 {
				n = 600
			}
			center := gauss(rng, dim)
			var pool [][]byte
			for range 30 {
				pool = append(pool, retrieval.QuantizeInt8(gauss(rng, dim)))
			}
			w := &window{dim: dim, fail: -1}
			for range n {
				var v []byte
				switch k := rng.IntN(20); {
				case k == 0: // none
				case k == 1:
					v = retrieval.QuantizeInt8(gauss(rng, dim+1))
				case shape == "pool":
					v = pool[rng.IntN(len(pool))]
				case shape == "clustered":
					x := gauss(rng, dim)
					for i := range x {
						x[i] = center[i] + 0.05*x[i]
					}
					v = retrieval.QuantizeInt8(x)
				default:
					v = retrieval.QuantizeInt8(gauss(rng, dim))
				}
				w.vecs = append(w.vecs, v)
			}
			for _, need := range [][]float32{gauss(rng, dim), center, make([]float32, dim)} {
				w.need = need
				for _, limit := range []int{1, 10, 50, n - 5, n + 5} {
					got, err := Rank(w, need, limit)
					if err != nil {
						t.Fatal(err)
					}
					if want := w.exact(limit); !slices.Equal(got, want) {
						t.Fatalf("dim %d, %s, limit %d: got %v…, want %v…", dim, shape, limit, got[:min(8, len(got))], want[:min(8, len(want))])
					}
				}
			}
		}
	}
}

// TestRankUnboundedNeed checks that a need with NaN or an infinity is
// ranked by DotInt8 all the same.
func TestRankUnboundedNeed(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	w := &window{dim: 8, fail: -1}
	for range 100 {
		w.vecs = append(w.vecs, retrieval.QuantizeInt8(gauss(rng, 8)))
	}
	for _, bad := range []float32{float32(math.NaN()), float32(math.Inf(1))} {
		w.need = gauss(rng, 8)
		w.need[3] = bad
		got, err := Rank(w, w.need, 10)
		if err != nil {
			t.Fatal(err)
		}
		if want := w.exact(10); !slices.Equal(got, want) {
			t.Fatalf("need with %v: got %v, want %v", bad, got, want)
		}
	}
}

func TestRankError(t *testing.T) {
	w := &window{dim: 4, fail: 20000, need: []float32{1, 2, 3, 4}}
	for range 30000 {
		w.vecs = append(w.vecs, retrieval.QuantizeInt8([]float32{1, 2, 3, 4}))
	}
	if _, err := Rank(w, w.need, 10); err == nil {
		t.Fatal("a failing row was not reported")
	}
}

// TestDotCodes checks the kernel against the generic sum at the ends of
// the code ranges and on random codes.
func TestDotCodes(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	for _, dim := range []int{0, 1, 15, 16, 17, 32, 384, 4096, 4097} {
		for _, fill := range []string{"random", "max"} {
			q, codes := make([]int16, dim), make([]byte, dim+3)
			var want int64
			for i := range q {
				q[i], codes[i] = int16(rng.IntN(2*codeMax+1)-codeMax), byte(rng.IntN(256))
				if fill == "max" {
					q[i], codes[i] = -codeMax, 0x80
				}
				want += int64(q[i]) * int64(int8(codes[i]))
			}
			if got := dotCodes(q, codes); got != want {
				t.Fatalf("dim %d, %s: %d, want %d", dim, fill, got, want)
			}
			if dim > 0 {
				var four [4]int64
				rows := [4][]byte{codes, codes[1:], codes, codes[:dim]}
				dotCodes4(q, &rows, &rows, &four)
				want1 := dotGeneric(q, codes[1:])
				if four != [4]int64{want, want1, want, want} {
					t.Fatalf("dotCodes4, dim %d, %s: %v, want %d %d %d %d", dim, fill, four, want, want1, want, want)
				}
			}
			if got := dotGeneric(q, codes); got != want {
				t.Fatalf("generic, dim %d, %s: %d, want %d", dim, fill, got, want)
			}
		}
	}
}

func TestNthLargest(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 18))
	for _, n := range []int{1, 2, 3, 10, 1000} {
		for _, shape := range []string{"random", "sorted", "equal"} {
			xs := make([]float64, n)
			for i := range xs {
				switch shape {
				case "random":
					xs[i] = float64(rng.IntN(n/2 + 1))
				case "sorted":
					xs[i] = float64(i)
				}
			}
			sorted := slices.Clone(xs)
			slices.Sort(sorted)
			for k := 1; k <= n; k += max(1, n/7) {
				if got, want := nthLargest(slices.Clone(xs), k), sorted[n-k]; got != want {
					t.Fatalf("%s %d, %d-th: %v, want %v", shape, n, k, got, want)
				}
			}
		}
	}
}
