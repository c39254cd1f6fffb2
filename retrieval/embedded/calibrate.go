package embedded

import (
	"math"
	"math/rand/v2"
	"slices"
)

// Calibration of the dense index. An IVF index gathers neighbours in the
// same lists only when the vectors have clusters: on vectors without any
// (random ones), the lists a search probes by default hold about a third
// of a query's ten nearest at a million vectors, and probing a quarter of
// them still misses a third. So train measures, on vectors of the table
// taken as queries, the recall@10 of the default probes against an exact
// scan; when it falls short, searches go by signs instead (signSearch),
// re-scoring the share of rows that kept the sampled neighbours.
//
// When the probes are kept, calibrate also measures how far down the
// probed rows, ranked by their signs, the neighbours the probes find lie,
// so that a search re-scores that share of the probed rows (probeShare)
// instead of all of them: on clustered vectors the neighbours of a query
// share most of its signs, and the sign pass reads an eighth of the bytes
// of the int8 codes.
//
// The sign pass keeps signQuantile of the sampled neighbours, times
// signMargin: 0.97 gave a recall@10 of 0.986 on 1M random vectors of 384
// dimensions (BenchmarkDenseSearch, 1.07 % of the rows re-scored), well
// above the 0.95 aimed at. 0.96 re-scores a tenth fewer rows; 0.95 left a
// search filtered to half the rows at 0.946 on 20,000 random vectors of
// 128 dimensions (TestRandomVectorsAreSearchedBySigns): a filter leaves
// farther neighbours, which the signs rank less well, and the quantile
// of 64 sampled queries varies (by a fifth between two samples at 1M).
const (
	calibQueries  = 64   // sampled queries
	ivfRecallMin  = 0.95 // the default probes are kept from this recall@10
	signQuantile  = 0.96 // share of the sampled neighbours the sign pass must keep
	probeQuantile = 0.99 // the same among the probed rows, whose recall is already short of 1
	signMargin    = 1.25 // applied to the share of rows that kept them
	calibK        = 10
	// calibVersion numbers the way the shares are measured: a snapshot
	// keeps it with them (frameCalib), and an index whose shares were
	// measured otherwise is calibrated again when opened. 1: signQuantile
	// 0.96 (0.97 before).
	calibVersion = 1
)

// calibrate sets x.signShare from calibQueries rows of rows (drawn the
// same way for the same number of rows), each asked for its calibK nearest
// other rows. It reads every vector once per query: about a second at a
// million vectors on two cores.
func (x *ivf) calibrate(t *table, rows []int32) {
	rng := rand.New(rand.NewPCG(calibSeed, uint64(len(rows))))
	x.calibrated, x.signShare, x.probeShare = true, 0, 0
	m := min(calibQueries, len(rows))
	if m == 0 {
		return
	}
	allow := slices.Clone(t.alive)
	spans := t.allSpans()
	nprobe := defaultProbes(x.nlist())
	found, ranks := 0, make([]int, 0, m*calibK)
	var probeRanks []float64 // rank among the probed rows / probed rows
	for _, i := range rng.Perm(len(rows))[:m] {
		r := rows[i]
		q := t.vec(r)
		allow.clear(r)
		exact := t.scanCodeSpans(q, allow, spans, len(rows), calibK)
		got := t.ivfSearch(q, allow, len(rows)-1, calibK, nprobe)
		for _, e := range exact {
			if slices.ContainsFunc(got, func(g scored) bool { return g.row == e.row }) {
				found++
			}
		}
		ranks = append(ranks, t.signRanks(q, allow, spans, exact)...)
		var probed []span
		work := 0
		for _, l := range x.probeOrder(q, nprobe) {
			n := len(t.vs.buckets[l+1].rows)
			probed = append(probed, span{int(l) + 1, 0, n})
			work += n
		}
		for _, rk := range t.signRanks(q, allow, probed, got) {
			probeRanks = append(probeRanks, float64(rk)/float64(max(work, 1)))
		}
		allow.set(r)
	}
	if float64(found) >= ivfRecallMin*float64(len(ranks)) {
		if len(probeRanks) > 0 {
			slices.Sort(probeRanks)
			need := probeRanks[min(len(probeRanks)-1, int(math.Ceil(probeQuantile*float64(len(probeRanks))))-1)]
			x.probeShare = min(1, signMargin*need)
		}
		return
	}
	slices.Sort(ranks)
	need := ranks[min(len(ranks)-1, int(math.Ceil(signQuantile*float64(len(ranks))))-1)]
	x.signShare = min(1, signMargin*float64(need)/float64(len(rows)))
}

// signRanks returns, for each row of rows, one more than the number of
// rows of allow at a smaller sign distance from q than its own: the fewest
// candidates signSearch must re-score to keep it.
func (t *table) signRanks(q []float32, allow bitset, spans []span, rows []scored) []int {
	sq := newSignQuery(q)
	hist := make([]int, sq.maxDistance(t.dim)+1)
	var dist []uint16
	var near []uint32
	for _, s := range spans {
		n := s.blocks() * signBlock
		dist = slices.Grow(dist[:0], n)[:n]
		near = slices.Grow(near[:0], s.blocks())[:s.blocks()]
		t.signSpan(sq, allow, s, dist, near, 0, hist)
	}
	out := make([]int, len(rows))
	for i, e := range rows {
		l := t.vs.where[e.row]
		d := sq.distance(t.vs.buckets[l.bucket].signs, int(l.pos))
		for _, c := range hist[:d] {
			out[i] += c
		}
		out[i]++
	}
	return out
}
