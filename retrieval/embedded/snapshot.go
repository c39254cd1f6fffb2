package embedded

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"

	"github.com/marsad/marsad/internal/atomicfile"
)

// ErrCorrupt is wrapped by the error of Open when the snapshot is damaged
// (the log, by contrast, silently ends at its first damaged frame).
var ErrCorrupt = errors.New("corrupt vector snapshot")

// The snapshot is the magic, then frames: a header, the dense index
// (optional: centroids and the list of every row, so that loading puts each
// vector straight into its list), record batches, and an end frame with
// the row count.
const (
	snapMagic   = "MARSADV1"
	snapVersion = 3
	snapBatch   = 1024 // records per frame

	frameHeaderSnap = 'H' // u32 version, u32 dim, uvarint generation, uvarint rows
	frameRecords    = 'R' // uvarint count, records
	frameIndex      = 'I' // the IVF index
	frameSigns      = 'S' // after the index: u64 bits of ivf.signShare (absent before it was kept)
	frameProbes     = 'P' // after frameSigns: u64 bits of ivf.probeShare (absent before it was kept)
	frameCalib      = 'C' // after frameProbes: u32 calibVersion of the shares (absent: version 0)
	frameEnd        = 'E' // uvarint rows
)

// writeSnapshot writes the live rows of t (a compacted table: no dead row)
// and its index to path through a synced temporary file renamed over it.
func writeSnapshot(path string, t *table, gen uint64) error {
	err := atomicfile.Replace(path, ".vectors-*.tmp", func(f io.Writer) error {
		w := bufio.NewWriterSize(f, 1<<20)
		return errors.Join(writeFrames(w, t, gen), w.Flush())
	})
	if err != nil {
		return err
	}
	return atomicfile.SyncDir(filepath.Dir(path))
}

func writeFrames(w *bufio.Writer, t *table, gen uint64) error {
	if _, err := w.WriteString(snapMagic); err != nil {
		return err
	}
	put := func(e *enc) error {
		_, err := w.Write(appendFrame(nil, e.b))
		return err
	}
	h := &enc{b: []byte{frameHeaderSnap}}
	h.u32(snapVersion)
	h.u32(uint32(t.dim))
	h.uvarint(gen)
	h.uvarint(uint64(t.rows()))
	if err := put(h); err != nil {
		return err
	}
	if t.ann != nil {
		if err := put(t.encodeIndex()); err != nil {
			return err
		}
		if t.ann.calibrated {
			e := &enc{b: []byte{frameSigns}}
			e.i64(int64(math.Float64bits(t.ann.signShare)))
			p := &enc{b: []byte{frameProbes}}
			p.i64(int64(math.Float64bits(t.ann.probeShare)))
			if err := put(e); err != nil {
				return err
			}
			if err := put(p); err != nil {
				return err
			}
			c := &enc{b: []byte{frameCalib}}
			c.u32(calibVersion)
			if err := put(c); err != nil {
				return err
			}
		}
	}
	for start := 0; start < t.rows(); start += snapBatch {
		e := &enc{b: []byte{frameRecords}}
		end := min(start+snapBatch, t.rows())
		e.uvarint(uint64(end - start))
		for r := start; r < end; r++ {
			e.record(t.record(int32(r)))
		}
		if err := put(e); err != nil {
			return err
		}
	}
	end := &enc{b: []byte{frameEnd}}
	end.uvarint(uint64(t.rows()))
	return put(end)
}

// readSnapshot loads the snapshot at path; a missing file gives an empty
// table of dimension dim and generation 0. A snapshot of another dimension
// fails with retrieval.ErrDimension.
func readSnapshot(path string, dim int) (*table, uint64, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return newTable(dim), 0, nil
	}
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	magic := make([]byte, len(snapMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != snapMagic {
		return nil, 0, fmt.Errorf("%s: bad magic: %w", path, ErrCorrupt)
	}
	t, gen, err := readFrames(r, dim)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", path, err)
	}
	return t, gen, nil
}
