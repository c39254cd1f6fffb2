package embedded

import (
	"math"
	"slices"
	"sync"

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
	vs     vectors // unit-length dense vectors
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
	// lent counts the goroutines of searches that returned before them
	// (see relay), still reading the table: whoever changes the table
	// waits for them first (Store.lock).
	lent sync.WaitGroup
}

func newTable(dim int) *table {
	t := &table{dim: dim, vs: newVectors(dim), byID: map[string]int32{}, byDoc: map[string][]int32{},
		inv: map[uint32][]posting{}, df: map[uint32]int32{}}
	for i := range t.fields {
		t.fields[i] = map[string][]int32{}
	}
	return t
}

func (t *table) rows() int { return len(t.chunks) }

func (t *table) vec(r int32) []float32 { return t.vs.get(r) }

func (t *table) hasVec(r int32) bool { return t.vs.has(r) }

// upsert appends rec as a new row, killing the row it replaces; its
// vector (normalised) goes to its IVF list when there is an index.
func (t *table) upsert(rec retrieval.Record) {
	v := normalized(rec.Dense)
	b := 0
	if t.ann != nil && v != nil {
		b = int(t.ann.nearestList(v)) + 1
	}
	t.upsertAt(rec, v, b)
}

// normalized returns a unit-length copy of v, nil for an empty v.
func normalized(v []float32) []float32 {
	if len(v) == 0 {
		return nil
	}
	return retrieval.Normalize(slices.Clone(v))
}

// upsertAt appends rec with its unit vector v (or nil) in bucket b.
func (t *table) upsertAt(rec retrieval.Record, v []float32, b int) {
	if old, ok := t.byID[rec.Chunk.ID]; ok {
		t.kill(old)
	}
	r := int32(len(t.chunks))
	t.chunks = append(t.chunks, rec.Chunk)
	t.alive = t.alive.grow(int(r) + 1)
	t.alive.set(r)
	t.live++
	t.vs.add(r, v, b)
	if v != nil {
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
}

// upsertAll upserts recs in order, finding their IVF lists in parallel.
func (t *table) upsertAll(recs []retrieval.Record) {
	vs := make([][]float32, len(recs))
	buckets := make([]int, len(recs))
	parallel(len(recs), func(i int) {
		if vs[i] = normalized(recs[i].Dense); vs[i] != nil && t.ann != nil {
			buckets[i] = int(t.ann.nearestList(vs[i])) + 1
		}
	})
	for i, r := range recs {
		t.upsertAt(r, vs[i], buckets[i])
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
	if t.hasVec(r) {
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
	if t.hasVec(r) {
		rec.Dense = t.vec(r)
	}
	return rec
}

// compact returns a table holding the live rows of t only, renumbered in
// order, each vector kept in its bucket (no row is assigned anew).
func (t *table) compact() *table {
	n := newTable(t.dim)
	n.chunks = make([]retrieval.Chunk, 0, t.live)
	n.vs.buckets = make([]bucket, len(t.vs.buckets))
	n.ann = t.ann
	t.alive.each(func(r int32) {
		rec := t.record(r)
		n.upsertAt(rec, rec.Dense, max(int(t.vs.where[r].bucket), 0))
	})
	return n
}
