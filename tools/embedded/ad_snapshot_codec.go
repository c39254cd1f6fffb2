package embedded

import (
	"encoding/binary"
	"errors"
	"math"
)

// snapWriter appends little-endian values to a buffer.
type snapWriter struct{ b []byte }

func (w *snapWriter) u8(v uint8)   { w.b = append(w.b, v) }
func (w *snapWriter) u16(v uint16) { w.b = binary.LittleEndian.AppendUint16(w.b, v) }
func (w *snapWriter) u32(v uint32) { w.b = binary.LittleEndian.AppendUint32(w.b, v) }
func (w *snapWriter) u64(v uint64) { w.b = binary.LittleEndian.AppendUint64(w.b, v) }
func (w *snapWriter) bytes(v []byte) {
	w.u64(uint64(len(v)))
	w.b = append(w.b, v...)
}
func (w *snapWriter) str(v string) {
	w.u64(uint64(len(v)))
	w.b = append(w.b, v...)
}

// errSnapshotShort is a snapshot that ends before its content does.
var errSnapshotShort = errors.New("snapshot cut short")

// snapReader reads what snapWriter wrote; the first read past the end
// sets err, and every read after it returns zero values.
type snapReader struct {
	b   []byte
	err error
}

func (r *snapReader) take(n uint64) []byte {
	if r.err != nil || n > uint64(len(r.b)) {
		r.err = errSnapshotShort
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *snapReader) u8() uint8 {
	if b := r.take(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *snapReader) u16() uint16 {
	if b := r.take(2); b != nil {
		return binary.LittleEndian.Uint16(b)
	}
	return 0
}

func (r *snapReader) u32() uint32 {
	if b := r.take(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *snapReader) u64() uint64 {
	if b := r.take(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

// bytes returns a slice of the snapshot's buffer (not a copy).
func (r *snapReader) bytes() []byte { return r.take(r.u64()) }

func (r *snapReader) str() string { return string(r.bytes()) }

// count reads a length and checks that that many items of at least
// minSize bytes each can follow, so that a damaged length cannot make the
// reader allocate more than the file holds.
func (r *snapReader) count(minSize int) int {
	n := r.u64()
	if r.err == nil && (n > math.MaxInt32 || n*uint64(minSize) > uint64(len(r.b))) {
		r.err = errSnapshotShort
	}
	if r.err != nil {
		return 0
	}
	return int(n)
}
