package embedded

import (
	"math"
	"math/bits"
)

// signWords returns the number of words of the sign bits of a vector of
// dim dimensions.
func signWords(dim int) int { return (dim + 63) / 64 }

// signBits writes into dst (signWords(len(x)) words) bit i set when x[i]
// is positive: the vector's orthant. Kept for every stored vector, at a
// thirty-second of the bytes of its float vector.
func signBits(x []float32, dst []uint64) {
	clear(dst)
	for i, v := range x {
		if v > 0 {
			dst[i>>6] |= 1 << (uint(i) & 63)
		}
	}
}

// signPlanes is the number of bits of a query coordinate's magnitude the
// sign pass weighs its disagreements with (distance and the amd64 kernel
// unroll the four).
const signPlanes = 4

// signStride is the number of words of a signQuery per word of signs: the
// query's sign word, then its signPlanes planes, side by side so that a
// kernel walks one array.
const signStride = 1 + signPlanes

// signQuery is a query as the sign pass reads it: its signs, and the
// magnitude of each coordinate quantized to 0..levels, kept as bit planes
// (plane b holds bit b of every coordinate's level).
//
// Why weigh: q·sign(x) = Σ|q_i| − 2·Σ_{i: signs differ}|q_i|, so ranking
// stored vectors by the magnitudes of q where their signs differ from q's
// ranks them by q·sign(x), an estimate of q·x that keeps the query's own
// magnitudes; the plain count of differing bits (the Hamming distance)
// ranks by sign(q)·sign(x) and throws them away. On 100,000 random
// vectors, the ten nearest of a query are kept among 4 % of the rows
// instead of 18 % (BenchmarkDenseSearch's sign-share), and the rows
// re-scored are most of the bytes a search reads.
type signQuery struct {
	// words holds, for each word j of the signs, words[j*signStride] the
	// query's signs and words[j*signStride+1+b] its plane b.
	words  []uint64
	levels int // the largest level: distances are at most levels·dim
}

// newSignQuery prepares q for the sign pass over vectors of len(q)
// dimensions; the levels are bounded so that every distance fits below
// farSign.
func newSignQuery(q []float32) *signQuery {
	w := signWords(len(q))
	sq := &signQuery{words: make([]uint64, w*signStride), levels: min(1<<signPlanes-1, (farSign-1)/max(1, len(q)))}
	var top float64
	for _, v := range q {
		top = max(top, math.Abs(float64(v)))
	}
	scale := 0.0
	if top > 0 {
		scale = float64(sq.levels) / top
	}
	for i, v := range q {
		j, bit := i>>6*signStride, uint64(1)<<(uint(i)&63)
		if v > 0 {
			sq.words[j] |= bit
		}
		l := int(math.Abs(float64(v))*scale + 0.5)
		for b := range signPlanes {
			if l>>b&1 == 1 {
				sq.words[j+1+b] |= bit
			}
		}
	}
	return sq
}

// signWords returns the number of words of the query's signs.
func (sq *signQuery) signWords() int { return len(sq.words) / signStride }

// maxDistance is the largest distance the query can give.
func (sq *signQuery) maxDistance(dim int) int { return sq.levels * dim }

// distance returns the sum of the query's levels over the coordinates
// where the signs xs (a stored vector's) differ from the query's: the
// smaller, the larger q·sign(x).
func (sq *signQuery) distance(xs []uint64) int {
	xs = xs[:sq.signWords()]
	d := 0
	for j, x := range xs {
		q := sq.words[j*signStride : j*signStride+signStride]
		diff := q[0] ^ x
		d += bits.OnesCount64(q[1]&diff) + bits.OnesCount64(q[2]&diff)<<1 +
			bits.OnesCount64(q[3]&diff)<<2 + bits.OnesCount64(q[4]&diff)<<3
	}
	return d
}

// distancesGeneric sets out[i] to the distance of the i-th vector of xs
// (signWords words each).
func (sq *signQuery) distancesGeneric(xs []uint64, out []uint16) {
	w := sq.signWords()
	for i := range out {
		out[i] = uint16(sq.distance(xs[i*w : (i+1)*w]))
	}
}
