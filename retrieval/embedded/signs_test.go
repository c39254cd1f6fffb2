package embedded

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"
)

// signCase draws a query of dim dimensions and the signs of n vectors,
// in whole blocks.
func signCase(rng *rand.Rand, dim, n int) ([]float32, []byte) {
	q := make([]float32, dim)
	for i := range q {
		q[i] = float32(rng.NormFloat64())
	}
	blocks := make([]byte, blocksFor(n)*signBlock*signCols(dim))
	x := make([]float32, dim)
	for v := range n {
		for i := range x {
			x[i] = float32(rng.NormFloat64())
		}
		setSigns(blocks, v, x)
	}
	return q, blocks
}

// wantDistance is the definition: the sum of the query's levels over the
// coordinates where the signs of the vector at pos differ from q's.
func wantDistance(q []float32, levels int, blocks []byte, pos int) int {
	var top float64
	for _, v := range q {
		top = max(top, math.Abs(float64(v)))
	}
	cols := signCols(len(q))
	d := 0
	for i, qi := range q {
		b := blocks[pos/signBlock*signBlock*cols+i/8*signBlock+pos%signBlock]
		if b>>(i%8)&1 == 1 != (qi > 0) && top > 0 {
			d += int(math.Abs(float64(qi))*float64(levels)/top + 0.5)
		}
	}
	return d
}

// forEachSignKernel runs f with each kernel of the sign pass this machine
// runs (the 256-bit one and, where it runs, the 512-bit one; the portable
// loop alone elsewhere).
func forEachSignKernel(t *testing.T, f func(t *testing.T)) {
	wide := signWide
	defer func() { signWide = wide }()
	for _, w := range []bool{false, true} {
		if w && !wide {
			continue
		}
		signWide = w
		t.Run(map[bool]string{false: "narrow", true: "wide"}[w], f)
	}
}

// The kernel, the portable loop and distance give the distance the
// definition gives, for dimensions that fill their last word or not,
// numbers of vectors that fill their last block or not, and a dimension
// large enough that the levels are bounded by farSign; the kernel and the
// loop mark the vectors at the cut-off or nearer, for cut-offs below,
// among and above the distances.
func TestSignDistancesAreTheWeighedDisagreements(t *testing.T) {
	forEachSignKernel(t, func(t *testing.T) {
		rng := rand.New(rand.NewPCG(7, 9))
		for _, dim := range []int{384, 100, 64, 65, 8, 1, 5000} {
			for _, n := range []int{1, 31, 32, 33, 300} {
				q, blocks := signCase(rng, dim, n)
				sq := newSignQuery(q)
				want := make([]int, n)
				for v := range n {
					want[v] = wantDistance(q, sq.levels, blocks, v)
				}
				for _, cut := range []int{0, want[0], want[n/2], want[n-1], sq.maxDistance(dim), farSign, farSign + 1} {
					got := make([]uint16, blocksFor(n)*signBlock)
					generic := make([]uint16, len(got))
					near := make([]uint32, blocksFor(n))
					nearGeneric := make([]uint32, len(near))
					sq.distances(blocks, got, near, cut)
					sq.distancesGeneric(blocks, generic, nearGeneric, cut)
					for v := range n {
						if int(got[v]) != want[v] || int(generic[v]) != want[v] || sq.distance(blocks, v) != want[v] {
							t.Fatalf("dim %d, %d vectors, vector %d: distances %d, generic %d, distance %d, want %d",
								dim, n, v, got[v], generic[v], sq.distance(blocks, v), want[v])
						}
						wantNear := want[v] <= cut
						bit := uint32(1) << (v % signBlock)
						if near[v/signBlock]&bit != 0 != wantNear || nearGeneric[v/signBlock]&bit != 0 != wantNear {
							t.Fatalf("dim %d, %d vectors, vector %d at %d, cut-off %d: kernel marks %v, generic %v",
								dim, n, v, want[v], cut, near[v/signBlock]&bit != 0, nearGeneric[v/signBlock]&bit != 0)
						}
					}
				}
			}
		}
	})
}

// The kernel agrees with the portable loop on any bytes, at the extremes:
// every coordinate at the top level, and vectors whose signs all differ
// from the query's (the largest distance a query gives).
func TestSignDistancesKernelMatchesPortable(t *testing.T) {
	forEachSignKernel(t, func(t *testing.T) {
		rng := rand.New(rand.NewPCG(3, 5))
		for _, dim := range []int{384, 64, 130, 4369} {
			flat := make([]float32, dim)
			for i := range flat {
				flat[i] = float32(2*rng.IntN(2) - 1)
			}
			gauss, _ := signCase(rng, dim, 0)
			for _, q := range [][]float32{flat, gauss} {
				sq := newSignQuery(q)
				const n = 5 * signBlock
				blocks := make([]byte, n*signCols(dim))
				for i := range blocks {
					blocks[i] = byte(rng.Uint32())
				}
				neg := make([]float32, dim)
				for i, v := range q {
					neg[i] = -v
				}
				for b := range blocks[:signBlock*signCols(dim)] {
					blocks[b] = 0
				}
				setSigns(blocks, 7, neg)
				got, want := make([]uint16, n), make([]uint16, n)
				near, wantNear := make([]uint32, n/signBlock), make([]uint32, n/signBlock)
				for _, cut := range []int{0, sq.maxDistance(dim) / 2, sq.maxDistance(dim) - 1, sq.maxDistance(dim)} {
					sq.distances(blocks, got, near, cut)
					sq.distancesGeneric(blocks, want, wantNear, cut)
					if want[7] != uint16(wantDistance(q, sq.levels, blocks, 7)) {
						t.Fatalf("dim %d: the opposite vector at %d", dim, want[7])
					}
					for v := range got {
						if got[v] != want[v] {
							t.Fatalf("dim %d, vector %d: kernel %d, portable %d", dim, v, got[v], want[v])
						}
					}
					for b := range near {
						if near[b] != wantNear[b] {
							t.Fatalf("dim %d, cut-off %d, block %d: kernel marks %032b, portable %032b", dim, cut, b, near[b], wantNear[b])
						}
					}
				}
			}
		}
	})
}

// A zero query is at distance 0 from everything.
func TestSignDistancesOfAZeroQuery(t *testing.T) {
	forEachSignKernel(t, func(t *testing.T) {
		_, blocks := signCase(rand.New(rand.NewPCG(1, 1)), 384, 10)
		got := make([]uint16, signBlock)
		newSignQuery(make([]float32, 384)).distances(blocks, got, make([]uint32, 1), 0)
		for v, d := range got {
			if d != 0 {
				t.Fatalf("vector %d at %d from a zero query", v, d)
			}
		}
	})
}

// signLists copies blocks into lists of per vectors, each an allocation
// followed by that of the list's int8 codes (never read): the signs as
// they lay when each IVF list had its own (before withRoom).
func signLists(blocks []byte, per int) [][]byte {
	size := per / signBlock * signBlock * signCols(384)
	var lists [][]byte
	var codes [][]int8
	for lo := 0; lo+size <= len(blocks); lo += size {
		lists = append(lists, append([]byte(nil), blocks[lo:lo+size]...))
		codes = append(codes, make([]int8, per*384))
	}
	runtime.KeepAlive(codes)
	return lists
}

// BenchmarkSignDistances measures the sign pass, on one core, over
// 100,000 vectors of 384 dimensions (4.8 MB of signs, mostly in the
// caches) and a million (48 MB, read from memory): each kernel this
// machine runs, and the portable loop; at a million, also the signs cut
// into lists of 512 vectors allocated apart ("lists").
func BenchmarkSignDistances(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		q, blocks := signCase(rand.New(rand.NewPCG(1, 2)), 384, n)
		sq := newSignQuery(q)
		out := make([]uint16, blocksFor(n)*signBlock)
		near := make([]uint32, blocksFor(n))
		cut := sq.maxDistance(384) / 3
		wide := signWide
		for _, w := range []bool{false, true} {
			if w && !wide {
				continue
			}
			b.Run(fmt.Sprintf("n=%d/kernel/wide=%v", n, w), func(b *testing.B) {
				signWide = w
				defer func() { signWide = wide }()
				for range b.N {
					sq.distances(blocks, out, near, cut)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/vector")
			})
		}
		if n >= 1_000_000 {
			b.Run(fmt.Sprintf("n=%d/kernel/lists", n), func(b *testing.B) {
				lists := signLists(blocks, 512)
				for range b.N {
					for _, l := range lists {
						sq.distances(l, out[:512], near[:512/signBlock], cut)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/vector")
			})
		}
		b.Run(fmt.Sprintf("n=%d/portable", n), func(b *testing.B) {
			for range b.N {
				sq.distancesGeneric(blocks, out, near, cut)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/vector")
		})
	}
}
