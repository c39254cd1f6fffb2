package embedded

import "math"

// signCols returns the bytes of the sign bits of one vector of dim
// dimensions: whole words, so a block's columns go in pairs (see
// signDistancesAVX2).
func signCols(dim int) int { return (dim + 63) / 64 * 8 }

// signBlock is the number of vectors whose signs are kept together, byte
// column by byte column: one 256-bit register holds the same byte of the
// signs of a block.
const signBlock = 32

// blocksFor returns the number of blocks holding n vectors.
func blocksFor(n int) int { return (n + signBlock - 1) / signBlock }

// setSigns sets, in blocks (laid out as signBlock explains), the bits of
// the vector at pos: bit i set when x[i] is positive, the vector's
// orthant. Kept for every stored vector, at a thirty-second of the bytes
// of its float vector.
func setSigns(blocks []byte, pos int, x []float32) {
	cols := signCols(len(x))
	base := pos/signBlock*signBlock*cols + pos%signBlock
	for i, v := range x {
		if v > 0 {
			blocks[base+i>>3*signBlock] |= 1 << (uint(i) & 7)
		}
	}
}

// signLevels is the largest level a query coordinate's magnitude is
// quantized to: a nibble of the signs then weighs at most 60, a byte 120,
// and two bytes add up in a byte (the kernel's accumulation).
const signLevels = 15

// signQuery is a query as the sign pass reads it: for each nibble of a
// vector's signs, the distance each of its 16 values adds, the sum of the
// query's levels (its coordinates' magnitudes quantized to 0..levels) over
// the nibble's coordinates whose sign differs from the query's.
//
// Why weigh: q·sign(x) = Σ|q_i| − 2·Σ_{i: signs differ}|q_i|, so ranking
// stored vectors by the magnitudes of q where their signs differ from q's
// ranks them by q·sign(x), an estimate of q·x that keeps the query's own
// magnitudes; the plain count of differing bits (the Hamming distance)
// ranks by sign(q)·sign(x) and throws them away. On 100,000 random
// vectors, the ten nearest of a query are kept among 4 % of the rows
// instead of 18 % (BenchmarkDenseSearch's sign-share), and the rows
// re-scored are most of the bytes a search reads.
//
// Why tables: looking a nibble up sums four weighed disagreements at
// once, and VPSHUFB looks up 32 of them an instruction, the nibbles of a
// byte column of a block; counting bits needed a POPCNT per word and per
// bit plane of the levels (four) and the vectors one after the other.
type signQuery struct {
	// nibbles holds the distances of the 16 values of each nibble of the
	// byte columns, twice (one per 128-bit lane), the columns in pairs:
	// for columns 2p and 2p+1, at 128p the low nibbles' tables of both,
	// then at 128p+64 their high nibbles' (nibbleTable), so that one
	// 512-bit register holds the low (or the high) tables of a pair.
	nibbles []byte
	// bytes holds, at 256c, the distances of the 256 values of byte c:
	// the portable loop's table, built only where that loop makes the
	// pass (byteTables): 12 KB and 12,288 additions a query at 384
	// dimensions that the kernels never read.
	bytes  []byte
	levels int // the largest level: distances are at most levels·dim
}

// newSignQuery prepares q for the sign pass over vectors of len(q)
// dimensions; the levels are bounded so that every distance fits below
// farSign.
func newSignQuery(q []float32) *signQuery {
	cols := signCols(len(q))
	sq := &signQuery{nibbles: make([]byte, 64*cols), levels: min(signLevels, (farSign-1)/max(1, len(q)))}
	var top float64
	for _, v := range q {
		top = max(top, math.Abs(float64(v)))
	}
	scale := 0.0
	if top > 0 {
		scale = float64(sq.levels) / top
	}
	// level and pos of each coordinate, padded with level 0 to whole nibbles
	level := make([]byte, cols*8)
	pos := make([]bool, cols*8)
	for i, v := range q {
		level[i] = byte(math.Abs(float64(v))*scale + 0.5)
		pos[i] = v > 0
	}
	for n := range 2 * cols { // nibble n: coordinates 4n..4n+3
		tab := sq.nibbles[nibbleTable(n/2, n%2):]
		for x := range 16 {
			d := byte(0)
			for j := range 4 {
				if (x>>j&1 == 1) != pos[4*n+j] {
					d += level[4*n+j]
				}
			}
			tab[x], tab[x+16] = d, d
		}
	}
	if portableSigns {
		sq.bytes = sq.byteTables()
	}
	return sq
}

// byteTables returns the distances of the 256 values of each byte column,
// at 256c for column c, from the nibbles' tables.
func (sq *signQuery) byteTables() []byte {
	cols := sq.cols()
	out := make([]byte, 256*cols)
	for c := range cols {
		lo, hi, tab := sq.nibbles[nibbleTable(c, 0):], sq.nibbles[nibbleTable(c, 1):], out[256*c:]
		for x := range 256 {
			tab[x] = lo[x&15] + hi[x>>4]
		}
	}
	return out
}

// nibbleTable returns the offset in signQuery.nibbles of the table of the
// low (hi 0) or high (hi 1) nibble of byte column c.
func nibbleTable(c, hi int) int { return 128*(c/2) + 64*hi + 32*(c%2) }

// cols returns the number of bytes of a vector's signs.
func (sq *signQuery) cols() int { return len(sq.nibbles) / 64 }

// maxDistance is the largest distance the query can give.
func (sq *signQuery) maxDistance(dim int) int { return sq.levels * dim }

// distance returns the distance of the vector at pos in blocks: the sum of
// the query's levels over the coordinates where its signs differ from the
// query's. The smaller, the larger q·sign(x).
func (sq *signQuery) distance(blocks []byte, pos int) int {
	cols := sq.cols()
	col := blocks[pos/signBlock*signBlock*cols+pos%signBlock:]
	d := 0
	for c := range cols {
		x := col[c*signBlock]
		d += int(sq.nibbles[nibbleTable(c, 0)+int(x&15)]) + int(sq.nibbles[nibbleTable(c, 1)+int(x>>4)])
	}
	return d
}

// distancesGeneric sets out[i] to the distance of the i-th vector of
// blocks, for len(out)/signBlock whole blocks, and near[b] to the mask of
// block b's vectors at cut or nearer (bit i for its i-th vector), so that
// the rows a search re-scores are found by the bits set in the masks
// instead of a comparison for every row.
func (sq *signQuery) distancesGeneric(blocks []byte, out []uint16, near []uint32, cut int) {
	cols := sq.cols()
	cut16 := clampCut(cut)
	tabs := sq.bytes
	if tabs == nil { // a query for the kernels, read by a test
		tabs = sq.byteTables()
	}
	for b := range len(out) / signBlock {
		block := blocks[b*signBlock*cols : (b+1)*signBlock*cols]
		var acc [signBlock]uint16
		for c := range cols {
			tab := tabs[256*c : 256*c+256]
			for r, x := range block[c*signBlock : (c+1)*signBlock] {
				acc[r] += uint16(tab[x])
			}
		}
		copy(out[b*signBlock:], acc[:])
		m := uint32(0)
		for r, d := range acc {
			if d <= cut16 {
				m |= 1 << r
			}
		}
		near[b] = m
	}
}

// clampCut returns cut (0 or more) as the kernels compare it, in 16 bits:
// a cut above farSign is farSign, which no distance exceeds.
func clampCut(cut int) uint16 { return uint16(min(max(cut, 0), farSign)) }
