package embedded

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/marsad/marsad/internal/atomicfile"
)

// adSnapshotFile is the name of the index snapshot in the store's folder.
const adSnapshotFile = "ads.snapshot"

// The snapshot is the in-memory index as it stood after the first Covered
// bytes of the log, in a binary codec, so that opening reads it at disk
// speed and decodes only the log lines written after it: decoding every
// JSON line (and encoding every ad again for its version) was nearly all
// of opening, 6 s at 200k ads. It is derived data, the log stays the
// truth: Open uses a snapshot only when its magic and checksum are right
// and the log still holds, just before Covered, the bytes it held when the
// snapshot was written; any other snapshot is ignored and the whole log
// replayed, as without one. Writing goes to a temporary file, synced, then
// renamed over the last snapshot: a crash leaves the old one or the new.
//
// Format: the magic "MRSDSNP2", then the body, then the CRC-32 (IEEE) of
// the body, little-endian. The body: Covered, the SHA-256 of the log's
// bytes [Covered−tail, Covered) (tail = min(Covered, snapshotTail)); the
// values of the six dictionaries; every adRef with its ad ID ("" once
// gone); the words text; the skills; the source entries; the positions
// with a source; the cells of the ad counts, then of the skill counts
// (rebuilding these from the ads was a quarter of opening at 1M ads);
// and what the vector side file's check needs (stride, the last row with
// a vector and its vector, the sampled rows' vectors, all as the log has
// them). The ID lookup, the dictionaries' lookups and their uses are
// rebuilt from these, and the counts checked against the ads' number.
// A snapshot of the first format ("MRSDSNP1", without the counts) is
// ignored as any other: the first open replays the whole log.
const (
	snapMagic = "MRSDSNP2"
	// snapshotTail is how many bytes before Covered the check hashes:
	// enough to hold the last lines the snapshot saw.
	snapshotTail = 4096
	// snapshotEvery is how much the log grows between two snapshots
	// written by AddAds (Close writes one whenever the log grew): about
	// 30,000 ads of the built-in embedder, whose replay would take 1 s.
	snapshotEvery = 32 << 20
)

// adSnapshot is what a snapshot restores: the index and the vector side
// file's replay state, after Covered bytes of the log.
type adSnapshot struct {
	covered int64
	ix      *index
	stride  int
	lastRow int // -1: no row vector
	lastVec []byte
	samples map[int][]byte
}

// encodeSnapshot writes the snapshot of ix and v at covered bytes of the
// log, tail being the log's bytes just before covered.
func encodeSnapshot(s adSnapshot, tail []byte) []byte {
	w := &snapWriter{b: append(make([]byte, 0, 64+len(s.ix.refs)*64+len(s.ix.text)), snapMagic...)}
	sum := sha256.Sum256(tail)
	w.u64(uint64(s.covered))
	w.b = append(w.b, sum[:]...)
	for _, d := range s.ix.dicts() {
		w.u64(uint64(len(d.vals) - 1))
		for _, v := range d.vals[1:] {
			w.str(v)
		}
	}
	w.u64(uint64(len(s.ix.refs)))
	for i, r := range s.ix.refs {
		writeRef(w, r)
		w.str(s.ix.adIDs[i])
	}
	w.bytes(s.ix.text)
	w.u64(uint64(len(s.ix.skills)))
	for _, k := range s.ix.skills {
		w.u16(k)
	}
	w.u64(uint64(len(s.ix.srcs)))
	for k, r := range s.ix.srcs {
		w.u64(k.fnv)
		w.u64(k.mh)
		w.u32(uint32(r.pos))
		w.b = append(w.b, r.ver[:]...)
	}
	w.u64(uint64(len(s.ix.sourced)))
	for _, word := range s.ix.sourced {
		w.u64(word)
	}
	writeCells(w, s.ix.ads)
	writeCells(w, s.ix.skilled)
	w.u64(uint64(s.stride))
	w.u64(uint64(int64(s.lastRow)))
	w.bytes(s.lastVec)
	w.u64(uint64(len(s.samples)))
	for row, vec := range s.samples {
		w.u64(uint64(row))
		w.bytes(vec)
	}
	return binaryAppendCRC(w.b, len(snapMagic))
}

func binaryAppendCRC(b []byte, bodyFrom int) []byte {
	w := snapWriter{b: b}
	w.u32(crc32.ChecksumIEEE(b[bodyFrom:]))
	return w.b
}

func writeRef(w *snapWriter, r adRef) {
	w.u64(uint64(r.off))
	w.u32(r.size)
	w.u32(r.text)
	w.u32(r.skills)
	w.u32(uint32(r.day))
	for _, v := range []uint16{r.textLen, r.month, r.occ, r.sector, r.site, r.contract} {
		w.u16(v)
	}
	gone := uint8(0)
	if r.gone {
		gone = 1
	}
	for _, v := range []uint8{r.nSkills, r.region, r.vec, gone} {
		w.u8(v)
	}
}

// writeCells writes the cells of counts m with their counts.
func writeCells(w *snapWriter, m map[aggKey]int32) {
	w.u64(uint64(len(m)))
	for k, n := range m {
		for _, v := range []uint16{k.occ, k.sector, k.site, k.month, k.skill} {
			w.u16(v)
		}
		w.u8(k.region)
		w.u32(uint32(n))
	}
}

// readCells reads what writeCells wrote.
func readCells(r *snapReader) map[aggKey]int32 {
	n := r.count(15)
	m := make(map[aggKey]int32, n)
	for range n {
		k := aggKey{occ: r.u16(), sector: r.u16(), site: r.u16(), month: r.u16(), skill: r.u16(), region: r.u8()}
		m[k] = int32(r.u32())
	}
	return m
}

func readRef(r *snapReader) adRef {
	a := adRef{off: int64(r.u64()), size: r.u32(), text: r.u32(), skills: r.u32(), day: int32(r.u32())}
	for _, p := range []*uint16{&a.textLen, &a.month, &a.occ, &a.sector, &a.site, &a.contract} {
		*p = r.u16()
	}
	a.nSkills, a.region, a.vec, a.gone = r.u8(), r.u8(), r.u8(), r.u8() == 1
	return a
}

// errSnapshot is a snapshot that cannot be used; Open then replays the
// whole log.
var errSnapshot = errors.New("unusable snapshot")

// decodeSnapshot reads a snapshot written by encodeSnapshot and checks it
// against the log, read through logAt (the log's size is logSize).
func decodeSnapshot(b []byte, logSize int64, logAt io.ReaderAt) (adSnapshot, error) {
	if len(b) < len(snapMagic)+4 || string(b[:len(snapMagic)]) != snapMagic {
		return adSnapshot{}, fmt.Errorf("%w: not a snapshot", errSnapshot)
	}
	body, crc := b[len(snapMagic):len(b)-4], b[len(b)-4:]
	// The checksum is computed beside the decoding (a tenth of it), whose
	// reads are bounded by the body whatever it holds; nothing decoded is
	// used unless the checksum is right.
	summed := make(chan bool, 1)
	go func() { summed <- crc32.ChecksumIEEE(body) == (&snapReader{b: crc}).u32() }()
	s, err := decodeBody(body, logSize, logAt)
	if !<-summed {
		return adSnapshot{}, fmt.Errorf("%w: checksum", errSnapshot)
	}
	return s, err
}

// decodeBody decodes the body of a snapshot (decodeSnapshot).
func decodeBody(body []byte, logSize int64, logAt io.ReaderAt) (adSnapshot, error) {
	r := &snapReader{b: body}
	s := adSnapshot{covered: int64(r.u64())}
	sum := r.take(sha256.Size)
	if r.err != nil || s.covered < 0 || s.covered > logSize {
		return adSnapshot{}, fmt.Errorf("%w: it covers more of the log than the log holds", errSnapshot)
	}
	tail := make([]byte, min(s.covered, snapshotTail))
	if _, err := logAt.ReadAt(tail, s.covered-int64(len(tail))); err != nil {
		return adSnapshot{}, fmt.Errorf("%w: %v", errSnapshot, err)
	}
	if got := sha256.Sum256(tail); !bytes.Equal(got[:], sum) {
		return adSnapshot{}, fmt.Errorf("%w: the log is not the one it was made from", errSnapshot)
	}
	ix, srcs := readIndex(r)
	s.ix = ix
	s.stride, s.lastRow, s.lastVec = int(r.u64()), int(int64(r.u64())), bytes.Clone(r.bytes())
	s.samples = map[int][]byte{}
	for range r.count(16) {
		row := int(r.u64())
		s.samples[row] = bytes.Clone(r.bytes())
	}
	if r.err != nil || len(r.b) != 0 {
		return adSnapshot{}, fmt.Errorf("%w: malformed", errSnapshot)
	}
	if err := s.ix.check(srcs); err != nil {
		return adSnapshot{}, fmt.Errorf("%w: %v", errSnapshot, err)
	}
	return s, nil
}

// srcEntry is one entry of index.srcs as a snapshot lists them.
type srcEntry struct {
	key srcKey
	ref srcRef
}

// readIndex reads the index part of a snapshot, but for the source
// entries, which it returns for check to put in the index.
func readIndex(r *snapReader) (*index, []srcEntry) {
	ix := newIndex()
	for _, d := range ix.dicts() {
		for range r.count(8) {
			d.id(r.str()) // values are distinct, and fewer than 65536: they were interned so
		}
	}
	n := r.count(48)
	ix.refs = make([]adRef, 0, n)
	ids, size := make([][]byte, 0, n), 0
	for range n {
		ix.refs = append(ix.refs, readRef(r))
		ids = append(ids, r.bytes())
		size += len(ids[len(ids)-1])
	}
	ix.adIDs = joinIDs(ids, size)
	ix.text = bytes.Clone(r.bytes())
	ix.skills = make([]uint16, r.count(2))
	for i := range ix.skills {
		ix.skills[i] = r.u16()
	}
	srcs := make([]srcEntry, r.count(32))
	for i := range srcs {
		e := &srcs[i]
		e.key = srcKey{fnv: r.u64(), mh: r.u64()}
		e.ref.pos = int32(r.u32())
		copy(e.ref.ver[:], r.take(uint64(len(e.ref.ver))))
	}
	ix.sourced = make(bitset, r.count(8))
	for i := range ix.sourced {
		ix.sourced[i] = r.u64()
	}
	ix.ads, ix.skilled = readCells(r), readCells(r)
	return ix, srcs
}

// joinIDs copies the IDs into one string of size bytes and returns them
// as its substrings: one allocation instead of one an ad.
func joinIDs(ids [][]byte, size int) []string {
	var all strings.Builder
	all.Grow(size)
	for _, id := range ids {
		all.Write(id)
	}
	s, out := all.String(), make([]string, len(ids))
	for i, id := range ids {
		out[i], s = s[:len(id)], s[len(id):]
	}
	return out
}

// check verifies that the refs point inside the text, the skills and the
// dictionaries, the sources inside the refs, and the counts' cells inside
// the dictionaries and summing to the live ads and their skills; it
// rebuilds the source map and the dictionaries' uses and, at once on
// another goroutine, the ID lookup (they write different fields; about
// half a second each at 1M ads).
func (ix *index) check(srcs []srcEntry) error {
	for i, r := range ix.refs {
		switch {
		case uint64(r.text)+uint64(r.textLen) > uint64(len(ix.text)),
			uint64(r.skills)+uint64(r.nSkills) > uint64(len(ix.skills)),
			int(r.occ) >= len(ix.occ.vals), int(r.sector) >= len(ix.sector.vals), int(r.site) >= len(ix.site.vals),
			int(r.contract) >= len(ix.contract.vals), int(r.month) >= len(ix.month.vals):
			return fmt.Errorf("ad %d points outside the index", i)
		}
		for _, k := range ix.skillsOf(i) {
			if int(k) >= len(ix.skill.vals) {
				return fmt.Errorf("ad %d has an unknown skill", i)
			}
		}
		if r.gone != (ix.adIDs[i] == "") {
			return fmt.Errorf("ad %d: gone and ID disagree", i)
		}
	}
	for _, e := range srcs {
		if e.ref.pos < 0 || int(e.ref.pos) >= len(ix.refs) {
			return fmt.Errorf("a source points outside the index")
		}
	}
	var twice error
	var ids sync.WaitGroup
	ids.Go(func() {
		ix.ids = make(map[uint64]int32, len(ix.refs))
		for i, r := range ix.refs {
			if r.gone {
				continue
			}
			if ix.has(ix.adIDs[i]) {
				twice = fmt.Errorf("ad ID %q is twice", ix.adIDs[i])
				return
			}
			ix.ids[ix.freeKey(ix.adIDs[i])] = int32(i)
		}
	})
	ix.srcs = make(map[srcKey]srcRef, len(srcs))
	for _, e := range srcs {
		ix.srcs[e.key] = e.ref
	}
	skills := 0
	for i, r := range ix.refs {
		if !r.gone {
			ix.live++
			skills += int(r.nSkills)
			ix.use(r, ix.skillsOf(i), 1)
		}
	}
	err := ix.checkCells(ix.ads, ix.live, false)
	if err == nil {
		err = ix.checkCells(ix.skilled, skills, true)
	}
	ids.Wait()
	return errors.Join(err, twice)
}

// checkCells verifies that the cells of counts m name values of the
// dictionaries (no skill unless skilled), count more than 0, and sum to
// total.
func (ix *index) checkCells(m map[aggKey]int32, total int, skilled bool) error {
	sum := 0
	for k, n := range m {
		if int(k.occ) >= len(ix.occ.vals) || int(k.sector) >= len(ix.sector.vals) || int(k.site) >= len(ix.site.vals) ||
			int(k.month) >= len(ix.month.vals) || int(k.skill) >= len(ix.skill.vals) || !skilled && k.skill != 0 || n <= 0 {
			return fmt.Errorf("a count's cell points outside the index")
		}
		sum += int(n)
	}
	if sum != total {
		return fmt.Errorf("the counts sum to %d, not %d", sum, total)
	}
	return nil
}

// dicts lists the dictionaries in the snapshot's order.
func (ix *index) dicts() []*dict {
	return []*dict{ix.occ, ix.sector, ix.site, ix.contract, ix.skill, ix.month}
}

// readSnapshotFile returns the snapshot of the store in dir if it exists
// and can be used with the log at logPath; ok is false otherwise.
func readSnapshotFile(dir, logPath string) (adSnapshot, bool) {
	b, err := os.ReadFile(filepath.Join(dir, adSnapshotFile))
	if err != nil {
		return adSnapshot{}, false
	}
	f, err := os.Open(logPath)
	if err != nil {
		return adSnapshot{}, false
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return adSnapshot{}, false
	}
	s, err := decodeSnapshot(b, fi.Size(), f)
	return s, err == nil
}

// writeSnapshotFile replaces the snapshot of the store in dir by b
// (atomicfile.Replace), and syncs the folder so that the rename lasts too.
func writeSnapshotFile(dir string, b []byte) error {
	err := atomicfile.Replace(filepath.Join(dir, adSnapshotFile), "."+adSnapshotFile+"-*.tmp", func(f io.Writer) error {
		_, err := f.Write(b)
		return err
	})
	if err != nil {
		return err
	}
	return atomicfile.SyncDir(dir)
}

// snapshot writes a snapshot of the index when the log has grown by at
// least grown bytes since the last one; the caller holds s.mu. A snapshot
// is derived data: one that cannot be written (a full disk) leaves the
// store as it was, and the next open replays more of the log, so the
// failure is not the caller's and is dropped.
func (s *JobMarket) snapshot(grown int64) {
	if s.dir == "" || s.log.size == 0 || s.log.size-s.snapshotAt < grown {
		return
	}
	snap, tail, err := s.snapshotState()
	if err != nil {
		return
	}
	if writeSnapshotFile(s.dir, encodeSnapshot(snap, tail)) == nil {
		s.snapshotAt = snap.covered
	}
}

// snapshotState gathers what a snapshot holds: the index, and the vectors
// the side file is checked against, read from the log as a replay would.
func (s *JobMarket) snapshotState() (adSnapshot, []byte, error) {
	snap := adSnapshot{covered: s.log.size, ix: s.ix, stride: s.vec.stride, lastRow: -1, samples: map[int][]byte{}}
	vectorAt := func(i int) ([]byte, error) {
		ad, err := s.log.read(s.ix.refs[i].off, s.ix.refs[i].size)
		return ad.Vector, err
	}
	for i, r := range s.ix.refs {
		if r.vec != vecInRow {
			continue
		}
		if i%vecSampleEvery == 0 {
			vec, err := vectorAt(i)
			if err != nil {
				return snap, nil, err
			}
			snap.samples[i] = vec
		}
		snap.lastRow = i
	}
	if snap.lastRow >= 0 {
		var err error
		if snap.lastVec, err = vectorAt(snap.lastRow); err != nil {
			return snap, nil, err
		}
	}
	tail := make([]byte, min(snap.covered, snapshotTail))
	err := s.log.readAt(tail, snap.covered-int64(len(tail)))
	return snap, tail, err
}
