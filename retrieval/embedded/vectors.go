package embedded

// bucket holds vectors contiguously, with the row of each, so that a scan
// reads memory in order, their int8 codes (see quantize), which a search
// scans first: a quarter of the bytes, and their sign bits (see setSigns),
// a thirty-second, which a search by codes scans before those.
type bucket struct {
	vecs   []float32
	rows   []int32
	codes  []int8
	scales []float32 // x ≈ scales[i]·codes[i]
	signs  []byte    // blocksFor(len(rows)) blocks of signBlock·signCols(dim) bytes
}

// push appends row r with unit vector x.
func (bk *bucket) push(r int32, x []float32) {
	dim := len(x)
	bk.rows = append(bk.rows, r)
	bk.vecs = append(bk.vecs, x...)
	n := len(bk.codes)
	bk.codes = append(bk.codes, make([]int8, dim)...)
	bk.scales = append(bk.scales, quantize(x, bk.codes[n:n+dim]))
	if pos := len(bk.rows) - 1; pos%signBlock == 0 {
		bk.signs = append(bk.signs, make([]byte, signBlock*signCols(dim))...)
	}
	setSigns(bk.signs, len(bk.rows)-1, x)
}

// withRoom returns empty buckets with room for counts[b] vectors of dim
// in bucket b. The signs of all the buckets are cut from one allocation,
// in the buckets' order: a search by signs reads them all, and read as
// one run the 48 MB of a million vectors took half the time they took as
// 2,000 allocations of 24 KB, one per list (BenchmarkSignDistances,
// "lists"), each a new stream for the processor's prefetchers to pick up
// and new pages to map. The int8 codes are cut from one allocation too,
// so that both can be mapped in huge pages (adviseHuge): the re-scoring
// reads codes scattered over all of them. A bucket that outgrows its room
// moves its signs and codes elsewhere (append), the others staying in
// place.
func withRoom(counts []int, dim int) []bucket {
	size := func(n int) int { return blocksFor(n) * signBlock * signCols(dim) }
	total, vecs := 0, 0
	for _, n := range counts {
		total += size(n)
		vecs += n
	}
	signs := make([]byte, total)
	codes := make([]int8, vecs*dim)
	adviseHuge(signs)
	adviseHuge(codes)
	out := make([]bucket, len(counts))
	for b, n := range counts {
		out[b] = bucket{vecs: make([]float32, 0, n*dim), rows: make([]int32, 0, n),
			codes: codes[: 0 : n*dim], scales: make([]float32, 0, n), signs: signs[:0:size(n)]}
		signs, codes = signs[size(n):], codes[n*dim:]
	}
	return out
}

// loc is where a row's vector lives; bucket -1 for a row without one.
type loc struct{ bucket, pos int32 }

// vectors is the dense storage of a table. Bucket 0 holds the vectors of
// rows outside the IVF index (all of them before it is trained); bucket
// l+1 holds the vectors of IVF list l. Dead rows keep their vectors until
// the table is compacted.
type vectors struct {
	dim     int
	buckets []bucket
	where   []loc // one per row
}

func newVectors(dim int) vectors {
	return vectors{dim: dim, buckets: make([]bucket, 1)}
}

// get returns the vector of row r, which has one.
func (v *vectors) get(r int32) []float32 {
	l := v.where[r]
	off := int(l.pos) * v.dim
	return v.buckets[l.bucket].vecs[off : off+v.dim]
}

// stored returns the number of vectors of the buckets, of dead rows too.
func (v *vectors) stored() int {
	n := 0
	for _, bk := range v.buckets {
		n += len(bk.rows)
	}
	return n
}

func (v *vectors) has(r int32) bool { return v.where[r].bucket >= 0 }

// add stores x as the vector of the next row r, in bucket b; a nil x
// records a row without a vector.
func (v *vectors) add(r int32, x []float32, b int) {
	if x == nil {
		v.where = append(v.where, loc{-1, 0})
		return
	}
	bk := &v.buckets[b]
	v.where = append(v.where, loc{int32(b), int32(len(bk.rows))})
	bk.push(r, x)
}

// rebucket moves the vectors of the rows of keep into n buckets, row r
// into bucket of(r); the vectors of other rows are dropped. Rows keep their
// order inside each bucket.
func (v *vectors) rebucket(n int, keep bitset, of func(r int32) int) {
	counts := make([]int, n)
	keep.each(func(r int32) {
		if v.has(r) {
			counts[of(r)]++
		}
	})
	next := withRoom(counts, v.dim)
	where := make([]loc, len(v.where))
	for r := range where {
		where[r] = loc{-1, 0}
		if !keep.has(int32(r)) || !v.has(int32(r)) {
			continue
		}
		b := of(int32(r))
		bk := &next[b]
		where[r] = loc{int32(b), int32(len(bk.rows))}
		bk.push(int32(r), v.get(int32(r)))
	}
	v.buckets, v.where = next, where
}
