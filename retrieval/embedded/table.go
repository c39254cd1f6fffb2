package embedded

import (
	"math"
	"slices"

	"github.com/marsad/marsad/retrieval"
)

// noDate marks a chunk without a date in table.dates.
const noDate = math.MinInt64

// Payload fields with a row index, in the order of fieldValues.
const (
	fieldKind = iota
	fieldLang
	fieldRegion
	fieldOccupation
	numFields
)

func fieldValues(c *retrieval.Chunk) [numFields]string {
	return [numFields]string{c.Kind, c.Lang, c.Region, c.Occupation}
}

// posting is one entry of the inverted index.
type posting struct {
	row int32
	w   float32
}

// table holds the rows of a store. A row is appended per upserted record
// and killed (not removed) when replaced or deleted; compact renumbers.
// Row-indexed slices all have one entry per row, dead rows included.
type table struct {
	dim    int
	chunks []retrieval.Chunk
	vecs   [][]float32 // segments of segRows rows of dim floats, unit length; zeros without a vector
	hasVec bitset
	alive  bitset
	live   int
	vecLiv int                      // live rows with a vector
	spLive int                      // live rows with a non-empty sparse vector: the n of the IDF
	sparse []retrieval.SparseVector // canonical; nil once the row is dead
	dates  []int64                  // Unix seconds or noDate
	byID   map[string]int32
	byDoc  map[string][]int32
	fields [numFields]map[string][]int32 // value → rows, dead rows included
	inv    map[uint32][]posting          // dead rows included
	df     map[uint32]int32              // live rows only
	ann    *ivf                          // nil until the table is large enough
}

func newTable(dim int) *table {
	t := &table{dim: dim, byID: map[string]int32{}, byDoc: map[string][]int32{},
		inv: map[uint32][]posting{}, df: map[uint32]int32{}}
	for i := range t.fields {
		t.fields[i] = map[string][]int32{}
	}
	return t
}

func (t *table) rows() int { return len(t.chunks) }

// segRows is the number of rows per segment of the vector slab: growing
// the slab never copies it.
const (
	segBits = 12
	segRows = 1 << segBits
)

func (t *table) vec(r int32) []float32 {
	off := int(r&(segRows-1)) * t.dim
	return t.vecs[r>>segBits][off : off+t.dim]
}

// appendVecRow makes room for row r (the next row) in the slab.
func (t *table) appendVecRow(r int32) {
	if int(r)>>segBits == len(t.vecs) {
		t.vecs = append(t.vecs, make([]float32, 0, segRows*t.dim))
	}
	seg := &t.vecs[r>>segBits]
	*seg = (*seg)[:len(*seg)+t.dim]
}

// upsert appends rec as a new row, killing the row it replaces.
func (t *table) upsert(rec retrieval.Record) {
	if old, ok := t.byID[rec.Chunk.ID]; ok {
		t.kill(old)
	}
	r := int32(len(t.chunks))
	t.chunks = append(t.chunks, rec.Chunk)
	t.alive = t.alive.grow(int(r) + 1)
	t.hasVec = t.hasVec.grow(int(r) + 1)
	t.alive.set(r)
	t.live++
	t.appendVecRow(r)
	if len(rec.Dense) > 0 {
		v := t.vec(r)
		copy(v, rec.Dense)
		retrieval.Normalize(v)
		t.hasVec.set(r)
		t.vecLiv++
	}
	t.dates = append(t.dates, unixOrNone(rec.Chunk))
	t.byID[rec.Chunk.ID] = r
	t.byDoc[rec.Chunk.DocID] = append(t.byDoc[rec.Chunk.DocID], r)
	for f, v := range fieldValues(&rec.Chunk) {
		t.fields[f][v] = append(t.fields[f][v], r)
	}
	sp := rec.Sparse.Canonical()
	t.sparse = append(t.sparse, sp)
	if sp.Len() > 0 {
		t.spLive++
	}
	for i, id := range sp.Indices {
		t.inv[id] = append(t.inv[id], posting{r, sp.Values[i]})
		t.df[id]++
	}
	if t.ann != nil {
		t.ann.add(r, t.vec(r), t.hasVec.has(r))
	}
}

func unixOrNone(c retrieval.Chunk) int64 {
	if c.Date.IsZero() {
		return noDate
	}
	return c.Date.Unix()
}

// deleteDoc kills every row of document id.
func (t *table) deleteDoc(id string) {
	for _, r := range slices.Clone(t.byDoc[id]) {
		t.kill(r)
	}
}

// kill marks row r dead and forgets it in the id maps and term counts.
func (t *table) kill(r int32) {
	c := &t.chunks[r]
	delete(t.byID, c.ID)
	rows := slices.DeleteFunc(t.byDoc[c.DocID], func(x int32) bool { return x == r })
	if len(rows) == 0 {
		delete(t.byDoc, c.DocID)
	} else {
		t.byDoc[c.DocID] = rows
	}
	if t.sparse[r].Len() > 0 {
		t.spLive--
	}
	for _, id := range t.sparse[r].Indices {
		if t.df[id]--; t.df[id] == 0 {
			delete(t.df, id)
		}
	}
	t.sparse[r] = retrieval.SparseVector{}
	t.alive.clear(r)
	t.live--
	if t.hasVec.has(r) {
		t.vecLiv--
	}
	// Keep the payload fields the row indexes use; drop the rest.
	*c = retrieval.Chunk{ID: c.ID, DocID: c.DocID}
}

// dead returns the number of dead rows.
func (t *table) dead() int { return t.rows() - t.live }

// record returns the record of live row r.
func (t *table) record(r int32) retrieval.Record {
	rec := retrieval.Record{Chunk: t.chunks[r], Sparse: t.sparse[r]}
	if t.hasVec.has(r) {
		rec.Dense = t.vec(r)
	}
	return rec
}

// compact returns a table holding the live rows of t only, renumbered in
// order, with t's dense index remapped (no row is assigned anew).
func (t *table) compact() *table {
	n := newTable(t.dim)
	n.chunks = make([]retrieval.Chunk, 0, t.live)
	newRow := make([]int32, t.rows())
	t.alive.each(func(r int32) {
		newRow[r] = int32(n.rows())
		n.upsert(t.record(r))
	})
	if t.ann != nil {
		n.ann = t.ann.remap(t.alive, newRow, n.rows())
	}
	return n
}
