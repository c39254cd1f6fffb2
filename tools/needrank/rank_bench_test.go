package needrank

import (
	"math/rand/v2"
	"testing"

	"github.com/marsad/marsad/retrieval"
	"github.com/marsad/marsad/tools/toolstest"
)

// BenchmarkNeedRank ranks a window of tools.NeedWindow (50k) rows of 384
// dimensions held in memory, top 10, random unit-normal vectors and
// clustered ones (about a centre, as an embedder's ads of one field),
// new needs each time: the counterpart of the anchors' exact flat scan
// over the same number of vectors. rescored is the rows scored again
// with retrieval.DotInt8 per search.
func BenchmarkNeedRank(b *testing.B) {
	const n, dim = 50_000, 384
	rng := rand.New(rand.NewPCG(31, 32))
	gauss := func() []float32 {
		v := make([]float32, dim)
		for i := range v {
			v[i] = float32(rng.NormFloat64())
		}
		return v
	}
	centre := gauss()
	for _, shape := range []string{"random", "clustered"} {
		w := &window{dim: dim, fail: -1}
		for range n {
			v := gauss()
			if shape == "clustered" {
				for i := range v {
					v[i] = centre[i] + 0.3*v[i]
				}
			}
			w.vecs = append(w.vecs, retrieval.QuantizeInt8(v))
		}
		needs := make([][]float32, 64)
		for i := range needs {
			needs[i] = gauss()
			if shape == "clustered" {
				for j := range needs[i] {
					needs[i][j] = centre[j] + 0.3*needs[i][j]
				}
			}
		}
		b.Run(shape, func(b *testing.B) {
			again := 0
			toolstest.MeasureLatency(b, func(i int) error {
				w.need = needs[i%len(needs)]
				_, k, err := rank(w, w.need, 10)
				again += k
				return err
			})
			b.ReportMetric(float64(again)/float64(b.N), "rescored")
		})
	}
}
