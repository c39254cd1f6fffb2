package embedded

import (
	"encoding/binary"
	"errors"
	"maps"
	"math"
	"slices"
	"time"

	"github.com/marsad/marsad/retrieval"
)

// errShort is the decoding error of a payload that ends too early.
var errShort = errors.New("payload too short")

// enc appends binary values to a buffer.
type enc struct{ b []byte }

func (e *enc) uvarint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) u32(v uint32)     { e.b = binary.LittleEndian.AppendUint32(e.b, v) }
func (e *enc) f32(v float32)    { e.u32(math.Float32bits(v)) }
func (e *enc) str(s string)     { e.uvarint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *enc) i64(v int64)      { e.b = binary.LittleEndian.AppendUint64(e.b, uint64(v)) }

func (e *enc) floats(v []float32) {
	e.uvarint(uint64(len(v)))
	for _, x := range v {
		e.f32(x)
	}
}

func (e *enc) int32s(v []int32) {
	e.uvarint(uint64(len(v)))
	for _, x := range v {
		e.u32(uint32(x))
	}
}

// dec reads binary values; after the first error every read returns zero
// and err keeps that error.
type dec struct {
	b   []byte
	err error
}

func (d *dec) take(n int) []byte {
	if d.err != nil || n < 0 || n > len(d.b) {
		d.err = errShort
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *dec) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errShort
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a length that must fit in the rest of the payload at size
// bytes per element.
func (d *dec) count(size int) int {
	n := d.uvarint()
	if n > uint64(len(d.b)/max(size, 1)) {
		d.err = errShort
		return 0
	}
	return int(n)
}

func (d *dec) u32() uint32 {
	if b := d.take(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (d *dec) f32() float32 { return math.Float32frombits(d.u32()) }
func (d *dec) str() string  { return string(d.take(d.count(1))) }

func (d *dec) i64() int64 {
	if b := d.take(8); b != nil {
		return int64(binary.LittleEndian.Uint64(b))
	}
	return 0
}

func (d *dec) floats() []float32 {
	n := d.count(4)
	raw := d.take(4 * n)
	if raw == nil {
		return nil
	}
	v := make([]float32, n)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
	}
	return v
}

func (d *dec) int32s() []int32 {
	v := make([]int32, d.count(4))
	for i := range v {
		v[i] = int32(d.u32())
	}
	return v
}

// record encodes rec.
func (e *enc) record(rec retrieval.Record) {
	c := &rec.Chunk
	for _, s := range []string{c.ID, c.DocID, c.Text, c.Title, c.Kind, c.Lang, c.Region, c.Occupation, c.Publisher, c.URL} {
		e.str(s)
	}
	e.uvarint(uint64(c.Ordinal))
	e.date(c.Date)
	e.uvarint(uint64(len(c.Meta)))
	for _, k := range slices.Sorted(maps.Keys(c.Meta)) {
		e.str(k)
		e.str(c.Meta[k])
	}
	e.floats(rec.Dense)
	e.uvarint(uint64(len(rec.Sparse.Indices)))
	for i, id := range rec.Sparse.Indices {
		e.u32(id)
		e.f32(rec.Sparse.Values[i])
	}
}

func (e *enc) date(t time.Time) {
	if t.IsZero() {
		e.b = append(e.b, 0)
		return
	}
	e.b = append(e.b, 1)
	e.i64(t.Unix())
	e.u32(uint32(t.Nanosecond()))
}

// record decodes a record written by enc.record; dates come back in UTC.
func (d *dec) record() retrieval.Record {
	var c retrieval.Chunk
	for _, p := range []*string{&c.ID, &c.DocID, &c.Text, &c.Title, &c.Kind, &c.Lang, &c.Region, &c.Occupation, &c.Publisher, &c.URL} {
		*p = d.str()
	}
	c.Ordinal = int(d.uvarint())
	c.Date = d.date()
	if n := d.count(2); n > 0 {
		c.Meta = make(map[string]string, n)
		for range n {
			k := d.str()
			c.Meta[k] = d.str()
		}
	}
	rec := retrieval.Record{Chunk: c, Dense: d.floats()}
	if len(rec.Dense) == 0 {
		rec.Dense = nil
	}
	n := d.count(8)
	rec.Sparse = retrieval.SparseVector{Indices: make([]uint32, n), Values: make([]float32, n)}
	for i := range n {
		rec.Sparse.Indices[i] = d.u32()
		rec.Sparse.Values[i] = d.f32()
	}
	return rec
}

func (d *dec) date() time.Time {
	if b := d.take(1); b == nil || b[0] == 0 {
		return time.Time{}
	}
	s := d.i64()
	return time.Unix(s, int64(d.u32())).UTC()
}
