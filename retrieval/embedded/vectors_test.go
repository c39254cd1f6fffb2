package embedded

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// The buckets of withRoom share the allocations of their signs and codes:
// a bucket that outgrows its room moves its own elsewhere and leaves its
// neighbours' as they were, and each bucket keeps the codes and signs of
// its vectors.
func TestBucketsOutgrowingTheirRoomKeepTheirNeighbours(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2))
	for _, dim := range []int{384, 7} {
		counts := []int{2, 33, 1}
		bks := withRoom(counts, dim)
		vecs := make([][][]float32, len(bks))
		// bucket 0 outgrows its room by a vector, bucket 1 by a block
		for b, n := range []int{3, 33 + signBlock + 1, 1} {
			for range n {
				x := gaussian(rng, dim, 1)
				vecs[b] = append(vecs[b], x)
				bks[b].push(int32(len(vecs[b])), x)
			}
		}
		for b, bk := range bks {
			signs := make([]byte, blocksFor(len(vecs[b]))*signBlock*signCols(dim))
			for i, x := range vecs[b] {
				code := make([]int8, dim)
				scale := quantize(x, code)
				if !slices.Equal(bk.codes[i*dim:(i+1)*dim], code) || bk.scales[i] != scale {
					t.Fatalf("dim %d, bucket %d, vector %d: code or scale overwritten", dim, b, i)
				}
				setSigns(signs, i, x)
			}
			if !slices.Equal(bk.signs, signs) {
				t.Fatalf("dim %d, bucket %d: signs overwritten", dim, b)
			}
		}
	}
}

// adviseHuge leaves the bytes as they were, for slices of any alignment
// and size, smaller than a huge page or not.
func TestAdviseHugeKeepsTheBytes(t *testing.T) {
	buf := make([]byte, 3*hugePage+5)
	for i := range buf {
		buf[i] = byte(i * 7)
	}
	want := slices.Clone(buf)
	for _, s := range [][]byte{buf, buf[1:], buf[3 : 2*hugePage+1], buf[:100], buf[:0]} {
		adviseHuge(s)
	}
	adviseHuge(make([]float32, hugePage/4+3)[1:])
	if !slices.Equal(buf, want) {
		t.Fatal("bytes changed")
	}
}
