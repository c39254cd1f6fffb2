package embedded

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// vectorsFile is the name of the side file of ad vectors in the store's
// folder.
const vectorsFile = "vectors.bin"

// The side file of vectors holds Ad.Vector of every stored ad at a fixed
// stride, so that a need search reads the vectors of its candidates
// without decoding their JSON lines, and memory keeps none of them
// (388 bytes an ad for the built-in embedder: 388 MB at a million ads).
//
// Format: a header of vecHeader bytes, the magic "MRSDVEC1" then the
// stride as a little-endian uint32 and four zero bytes; then one row of
// stride bytes per ad, row i (the ad's position in the log, duplicates of
// a crashed retry left out) at vecHeader + i·stride. A row holds the
// ad's Vector as retrieval.QuantizeInt8 wrote it when its length is the
// stride; otherwise (no vector, or one of another dimension) it is zero
// and says nothing: whether an ad has a vector, and whether it lies in
// its row, is kept in memory (adRef.vec) and rebuilt from the log. The
// stride is the length of the first vector stored; the file does not
// exist before.
//
// The log is the truth: AddAds writes and syncs the rows before it
// appends and syncs the log lines, so every ad of the log has its row on
// disk. Open checks the file's header and size and compares sampled rows
// with the log; from the first row it cannot trust it rewrites the file
// from the log, and it cuts rows past the log's last ad (a batch whose log
// append failed).
const (
	vecMagic  = "MRSDVEC1"
	vecHeader = 16
	// vecSampleEvery is how far apart the rows open compares with the
	// log are (the last row is always compared).
	vecSampleEvery = 4096
)

// Values of adRef.vec.
const (
	vecNone  = 0 // the ad has no vector
	vecInRow = 1 // its vector is its row of the side file
	vecInLog = 2 // it has a vector of another length, only in its log line
)

// vectorStore is the side file of vectors, or its content in memory for
// an in-memory store (path "").
type vectorStore struct {
	path   string
	f      *os.File // nil in memory, or until the first vector is stored
	mem    []byte   // the file's content, in memory
	mapped []byte   // the file mapped read-only, from offset 0 (see remap)
	stride int      // 0 until the first vector is stored
	rows   int      // indexed ads, each with its row once stride is set
	// replay state: the first row whose content is checked against the
	// log, by row (sampled), while the log is read at open.
	samples map[int][]byte
	// trusted is how many leading rows open found right: the rows past
	// it were rewritten from the log (a copy by recency made from them
	// earlier is not trusted either).
	trusted int
}

func newVectorStore(path string) *vectorStore {
	return &vectorStore{path: path, samples: map[int][]byte{}}
}

// kind returns where a vector of this length is kept, fixing the stride
// with the first vector.
func (v *vectorStore) kind(vec []byte) uint8 {
	switch {
	case len(vec) == 0:
		return vecNone
	case v.stride == 0:
		v.stride = len(vec)
		return vecInRow
	case len(vec) == v.stride:
		return vecInRow
	}
	return vecInLog
}

// replayed notes, while the log is read at open, the ad at row that has
// vector vec of kind k: the rows open compares are kept.
func (v *vectorStore) replayed(row int, vec []byte, k uint8) {
	if k == vecInRow && row%vecSampleEvery == 0 {
		v.samples[row] = vec
	}
}

// open opens the side file after the log was read: refs are the indexed
// ads, last the row of the last ad with a row vector (-1: none) and
// lastVec its vector; rows it cannot trust are rewritten from log.
func (v *vectorStore) open(refs []adRef, lastRow int, lastVec []byte, log *adLog) error {
	samples := v.samples
	v.samples = nil
	v.rows = len(refs)
	if v.stride == 0 {
		return nil // no vector yet: the file is made with the first one
	}
	if lastRow >= 0 {
		samples[lastRow] = lastVec
	}
	if v.path == "" {
		return v.rebuild(refs, 0, log)
	}
	f, err := os.OpenFile(v.path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	v.f = f
	good, err := v.trustedRows(len(refs), samples)
	if err != nil {
		return err
	}
	v.trusted = good
	return v.rebuild(refs, good, log)
}

// trustedRows returns how many leading rows of the file agree with the log:
// 0 when the header is not this stride's; else all rows the file holds,
// up to the first sampled row that differs from the log.
func (v *vectorStore) trustedRows(rows int, samples map[int][]byte) (int, error) {
	fi, err := v.f.Stat()
	if err != nil {
		return 0, err
	}
	hdr := make([]byte, vecHeader)
	if _, err := v.f.ReadAt(hdr, 0); err != nil || !bytes.Equal(hdr, v.header()) {
		return 0, nil
	}
	good := min(rows, int((fi.Size()-vecHeader)/int64(v.stride)))
	row := make([]byte, v.stride)
	for i, want := range samples {
		if i >= good {
			continue
		}
		if err := v.read(i, row); err != nil {
			return 0, err
		}
		if !bytes.Equal(row, want) {
			good = i
		}
	}
	return good, nil
}

func (v *vectorStore) header() []byte {
	h := make([]byte, vecHeader)
	copy(h, vecMagic)
	binary.LittleEndian.PutUint32(h[len(vecMagic):], uint32(v.stride))
	return h
}

// rebuild rewrites the rows from row from on with the vectors of the
// log, cutting the file after the last indexed ad.
func (v *vectorStore) rebuild(refs []adRef, from int, log *adLog) error {
	start := v.offset(from)
	if from == 0 {
		start = 0
	}
	w := bufio.NewWriterSize(v.writerAt(start), 1<<20)
	if from == 0 {
		w.Write(v.header())
	}
	zero := make([]byte, v.stride)
	for i := from; i < len(refs); i++ {
		var ad struct{ Vector []byte }
		if refs[i].vec == vecInRow {
			if err := log.decode(refs[i].off, refs[i].size, &ad); err != nil {
				return err
			}
		}
		if _, err := w.Write(cmpOr(ad.Vector, zero)); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	v.rows = len(refs)
	return v.sync(v.offset(len(refs)))
}

// cmpOr returns b, or z when b is empty.
func cmpOr(b, z []byte) []byte {
	if len(b) == 0 {
		return z
	}
	return b
}

// offset returns where row i begins.
func (v *vectorStore) offset(i int) int64 { return vecHeader + int64(i)*int64(v.stride) }

// writerAt returns a writer of the file (or memory) from off on.
func (v *vectorStore) writerAt(off int64) io.Writer {
	if v.f == nil {
		v.mem = v.mem[:min(int64(len(v.mem)), off)]
		return (*memAppender)(&v.mem)
	}
	return io.NewOffsetWriter(v.f, off)
}

// memAppender appends to a byte slice.
type memAppender []byte

func (m *memAppender) Write(b []byte) (int, error) {
	*m = append(*m, b...)
	return len(b), nil
}

// sync cuts the file at size and makes it durable.
func (v *vectorStore) sync(size int64) error {
	if v.f == nil {
		v.mem = v.mem[:size]
		return nil
	}
	if err := v.f.Truncate(size); err != nil {
		return err
	}
	return v.f.Sync()
}

// append writes the rows of the vectors vecs (kinds ks, per ad, after the
// v.rows indexed ones) and syncs them; the caller then appends the log
// and, when that succeeds, calls commit. The file is created with the
// first vector.
func (v *vectorStore) append(vecs [][]byte, ks []uint8) error {
	if v.stride == 0 {
		return nil // no vector in the store nor in vecs
	}
	if v.f == nil && len(v.mem) == 0 {
		if err := v.create(); err != nil {
			return err
		}
	}
	zero := make([]byte, v.stride)
	w := bufio.NewWriterSize(v.writerAt(v.offset(v.rows)), 1<<20)
	for i, vec := range vecs {
		if ks[i] != vecInRow {
			vec = zero
		}
		w.Write(vec)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if v.f == nil {
		return nil
	}
	return v.f.Sync()
}

// create makes the file (or its memory) when the first vector comes,
// with zero rows for the v.rows ads stored before (on disk a sparse
// extent: no bytes written).
func (v *vectorStore) create() error {
	if v.path == "" {
		v.mem = make([]byte, v.offset(v.rows))
		copy(v.mem, v.header())
		return nil
	}
	f, err := os.OpenFile(v.path, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	_, err = f.WriteAt(v.header(), 0)
	if err == nil {
		err = f.Truncate(v.offset(v.rows))
	}
	if err != nil {
		f.Close()
		return errors.Join(err, os.Remove(v.path))
	}
	v.f = f
	return nil
}

// commit records that n more ads are indexed, their rows written.
func (v *vectorStore) commit(n int) { v.rows += n }

// read reads row i into b (of the stride's length).
func (v *vectorStore) read(i int, b []byte) error {
	return v.readAt(b, v.offset(i))
}

func (v *vectorStore) readAt(b []byte, off int64) error {
	if v.f == nil {
		if off+int64(len(b)) > int64(len(v.mem)) {
			return fmt.Errorf("vector rows at %d: %w", off, ErrCorrupt)
		}
		copy(b, v.mem[off:])
		return nil
	}
	_, err := v.f.ReadAt(b, off)
	return err
}

// rowsView returns the file's content as far as memory holds it, up to
// the last indexed row: all of it in memory, the mapped part of a file.
// Rows past its end are read with read.
func (v *vectorStore) rowsView() []byte {
	if v.f == nil {
		return v.mem[:min(len(v.mem), int(v.offset(v.rows)))]
	}
	return v.mapped[:min(len(v.mapped), int(v.offset(v.rows)))]
}

func (v *vectorStore) close() error {
	if v.f == nil {
		return nil
	}
	return errors.Join(v.unmap(), v.f.Close())
}
