package retrieval

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func chunks(ids ...string) []Chunk {
	out := make([]Chunk, len(ids))
	for i, id := range ids {
		out[i] = Chunk{ID: id, DocID: id}
	}
	return out
}

func TestFuse(t *testing.T) {
	for _, tc := range []struct {
		name          string
		dense, sparse []Chunk
		limit         int
		want          []string
		ranks         map[string][2]int
	}{
		{"both arms agree", chunks("a", "b"), chunks("a", "b"), 5, []string{"a", "b"}, map[string][2]int{"a": {1, 1}, "b": {2, 2}}},
		{"found twice beats first once", chunks("a", "b", "c"), chunks("c", "x"), 5, []string{"c", "a", "b", "x"},
			map[string][2]int{"c": {3, 1}, "a": {1, 0}, "x": {0, 2}, "b": {2, 0}}},
		{"tie broken by best rank then id", chunks("b", "z"), chunks("a", "y"), 3, []string{"a", "b", "y"}, nil},
		{"one arm only", nil, chunks("q", "r"), 1, []string{"q"}, map[string][2]int{"q": {0, 1}}},
		{"nothing", nil, nil, 3, []string{}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hits := Fuse(tc.dense, tc.sparse, tc.limit)
			got := []string{}
			for _, h := range hits {
				got = append(got, h.Chunk.ID)
				if r, ok := tc.ranks[h.Chunk.ID]; ok && (h.DenseRank != r[0] || h.SparseRank != r[1]) {
					t.Errorf("%s ranks %d/%d, want %v", h.Chunk.ID, h.DenseRank, h.SparseRank, r)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	h := Fuse(chunks("a"), chunks("a"), 1)[0]
	if want := 2.0 / (RRFK + 1); math.Abs(h.Score-want) > 1e-12 {
		t.Errorf("score %v, want %v", h.Score, want)
	}
}
