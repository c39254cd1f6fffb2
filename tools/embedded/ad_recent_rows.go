package embedded

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
)

// recentFile is the name of the side file's copy by recency in the
// store's folder.
const recentFile = "vectors.recent"

// The recency copy holds the rows of the side file (vectors.bin) in the
// recency order (ad_recency.go), oldest first, so that a need search,
// which reads the rows of the newest matching ads, reads them one after
// the other. The side file keeps its rows in log order, where the ads of
// one day lie far apart when a batch holds many days (84 rows apart in
// BenchmarkSearchAdsNeed): 50k rows read so out of 1M ranked 3–4× slower
// than 50k in a row. Ads added since the copy was written are read from
// the side file: mostly the newest, appended together.
//
// The copy is derived data. A goroutine of its own writes it (rewrite):
// it takes the recency order under the read lock, reads the rows from a
// mapping of the side file of its own (the rows of indexed ads never
// change while the store is open), writes a temporary file, syncs it and
// renames it over the last copy, then gives each ad of the order its
// slot in the copy under the write lock. A crash leaves the old copy or
// the new; a write that fails (a full disk) leaves the old one in use and
// the store as it was, and is tried again only after as many ads again.
// Open uses a copy only when its header, checksum and size are right,
// the log still holds, just before Covered, the bytes it held when the
// copy was written, its positions are of that log's ads, the side file's
// rows it was made from were found right, and its sampled rows equal the
// side file's; the recency order is then seeded from the
// copy's list (sorting a million ads at the first search took 1.5 s), once
// checked to be in order and complete.
//
// Format: the magic "MRSDREC1", the stride (uint32) and four zero bytes;
// UpTo, N and Covered (uint64): every live ad below position UpTo is
// listed, N slots, the log's size when written; the SHA-256 of the log's
// bytes [Covered−tail, Covered) (tail = min(Covered, snapshotTail)); the
// position of each slot (uint32); the CRC-32C of every byte before it
// (uint32); zeros up to a multiple of 64 bytes; then row s of each slot,
// stride bytes: the side file's row of the slot's position. All
// little-endian.
const (
	recentMagic = "MRSDREC1"
	// recentHeader is the length of the header, up to the positions.
	recentHeader = 16 + 24 + sha256.Size
	// recentMinRewrite is the fewest ads outside the copy for which a new
	// one is written.
	recentMinRewrite = 4096
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// recentRows is a copy of the side file's rows by recency, mapped (or in
// memory for an in-memory store).
type recentRows struct {
	data   []byte // the whole file
	f      *os.File
	stride int
	rowsAt int
	upTo   int
	list   []int32 // the position of each slot
}

// row returns the row of slot sl.
func (c *recentRows) row(sl int32) []byte {
	off := c.rowsAt + int(sl)*c.stride
	return c.data[off : off+c.stride : off+c.stride]
}

func (c *recentRows) close() error {
	if c == nil || c.f == nil {
		return nil
	}
	return errors.Join(unmapFile(c.data), c.f.Close())
}

// recentHead is what a copy's header says.
type recentHead struct {
	stride, upTo int
	covered      int64
	tail         [sha256.Size]byte // SHA-256 of the log's bytes before covered
}

// rowsAtFor returns where the rows of a copy of n slots begin.
func rowsAtFor(n int) int { return (recentHeader + 4*n + 4 + 63) &^ 63 }

// encodeRecent writes a copy of the rows of list, read from side (the
// side file's content from its first byte). It stops with errClosing
// when stop says so.
func encodeRecent(w io.Writer, h recentHead, list []int32, side []byte, stop func() bool) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	head := make([]byte, 0, rowsAtFor(len(list)))
	head = append(head, recentMagic...)
	head = binary.LittleEndian.AppendUint32(head, uint32(h.stride))
	head = binary.LittleEndian.AppendUint32(head, 0)
	head = binary.LittleEndian.AppendUint64(head, uint64(h.upTo))
	head = binary.LittleEndian.AppendUint64(head, uint64(len(list)))
	head = binary.LittleEndian.AppendUint64(head, uint64(h.covered))
	head = append(head, h.tail[:]...)
	for _, p := range list {
		head = binary.LittleEndian.AppendUint32(head, uint32(p))
	}
	head = binary.LittleEndian.AppendUint32(head, crc32.Checksum(head, castagnoli))
	head = head[:rowsAtFor(len(list))]
	bw.Write(head)
	for s, p := range list {
		if s%65536 == 0 && stop() {
			return errClosing
		}
		off := vecHeader + int(p)*h.stride
		bw.Write(side[off : off+h.stride])
	}
	return bw.Flush()
}

// errClosing stops a rewrite when the store closes.
var errClosing = errors.New("store closing")

// decodeRecent checks a copy's header, size and checksum and returns its
// head and positions; rowsAt is where its rows begin.
func decodeRecent(b []byte) (h recentHead, list []int32, err error) {
	if len(b) < recentHeader || string(b[:len(recentMagic)]) != recentMagic {
		return h, nil, errors.New("not a copy of vectors")
	}
	le := binary.LittleEndian
	h.stride = int(le.Uint32(b[8:]))
	h.upTo, h.covered = int(le.Uint64(b[16:])), int64(le.Uint64(b[32:]))
	n := le.Uint64(b[24:])
	copy(h.tail[:], b[40:recentHeader])
	if h.stride <= 0 || n > uint64(len(b))/uint64(4+h.stride) || uint64(len(b)) != uint64(rowsAtFor(int(n)))+n*uint64(h.stride) {
		return h, nil, errors.New("size")
	}
	end := recentHeader + 4*int(n)
	if crc32.Checksum(b[:end], castagnoli) != le.Uint32(b[end:]) {
		return h, nil, errors.New("checksum")
	}
	list = make([]int32, n)
	for i := range list {
		list[i] = int32(le.Uint32(b[recentHeader+4*i:]))
	}
	return h, list, nil
}

// tailSum returns the SHA-256 of the log's bytes just before covered.
func (l *adLog) tailSum(covered int64) ([sha256.Size]byte, error) {
	tail := make([]byte, min(covered, snapshotTail))
	err := l.readAt(tail, covered-int64(len(tail)))
	return sha256.Sum256(tail), err
}

// openRecent returns the store's copy by recency if it can be used with
// the index, log and side file as opened, else nil (it is then written
// again when due). It removes temporary copies a crash left behind.
func (s *JobMarket) openRecent() *recentRows {
	tmps, _ := filepath.Glob(filepath.Join(s.dir, "."+recentFile+"-*.tmp"))
	for _, t := range tmps {
		os.Remove(t)
	}
	if s.vec.stride == 0 {
		return nil
	}
	f, err := os.Open(filepath.Join(s.dir, recentFile))
	if err != nil {
		return nil
	}
	c, err := s.checkRecent(f)
	if err != nil {
		f.Close()
		return nil
	}
	return c
}

// checkRecent maps the copy f and checks it (openRecent).
func (s *JobMarket) checkRecent(f *os.File) (*recentRows, error) {
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	data := mapFile(f, int(fi.Size()))
	if data == nil {
		return nil, errors.New("not mapped")
	}
	c, err := s.recentOf(data)
	if err != nil {
		return nil, errors.Join(err, unmapFile(data))
	}
	c.f = f
	return c, nil
}

// recentOf checks the copy data against the store as opened.
func (s *JobMarket) recentOf(data []byte) (*recentRows, error) {
	h, list, err := decodeRecent(data)
	if err != nil {
		return nil, err
	}
	if h.stride != s.vec.stride || h.upTo > len(s.ix.refs) || h.covered > s.log.size {
		return nil, errors.New("not of this store")
	}
	if h.upTo > s.vec.trusted {
		return nil, errors.New("made from side file rows open found wrong")
	}
	if sum, err := s.log.tailSum(h.covered); err != nil || sum != h.tail {
		return nil, errors.New("not of this log")
	}
	c := &recentRows{data: data, stride: h.stride, rowsAt: rowsAtFor(len(list)), upTo: h.upTo, list: list}
	view := s.vec.rowsView()
	for sl, p := range list {
		if p < 0 || int(p) >= h.upTo {
			return nil, fmt.Errorf("slot %d: position %d past %d", sl, p, h.upTo)
		}
		if sl%vecSampleEvery != 0 && sl != len(list)-1 {
			continue
		}
		off := int(s.vec.offset(int(p)))
		if off+h.stride > len(view) || !bytes.Equal(view[off:off+h.stride], c.row(int32(sl))) {
			return nil, fmt.Errorf("slot %d: row differs", sl)
		}
	}
	return c, nil
}
