package embedded

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"

	"github.com/marsad/marsad/internal/atomicfile"
)

// recentDue reports whether a new copy by recency (ad_recent_rows.go) is
// worth writing: once the ads past the copy are at least recentMin and a
// part-th of those below it. AddAds asks with part 4, which bounds what
// the copies write while a store fills to about five times its rows; a
// search whose window held many ads past the copy asks with 32 (the
// newest ads are then mostly ads added since, which may lie apart in the
// side file). The caller holds s.mu.
func (s *JobMarket) recentDue(part int) bool {
	if s.vec.stride == 0 || s.closing.Load() || s.rewriting.Load() || len(s.ix.refs) < s.recentRetry {
		return false
	}
	covered := s.ix.rec.coveredUpTo()
	return len(s.ix.refs)-covered >= max(s.recentMin, covered/part)
}

// startRecent writes a new copy by recency in a goroutine of its own,
// unless one is being written. The caller holds s.mu (read or write), so
// that Close, which waits for the goroutine, cannot miss it.
func (s *JobMarket) startRecent() {
	if !s.rewriting.CompareAndSwap(false, true) {
		return
	}
	s.rewrites.Add(1)
	go func() {
		defer s.rewrites.Done()
		defer s.rewriting.Store(false)
		s.rewriteRecent()
	}()
}

// rewriteRecent writes a new copy and puts it in use. A copy that cannot
// be written (a full disk) changes nothing; the next try waits for a
// quarter more ads.
func (s *JobMarket) rewriteRecent() {
	c, err := s.writeRecent()
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		s.recentRetry = len(s.ix.refs) + max(s.recentMin, len(s.ix.refs)/4)
		return
	}
	if s.closing.Load() {
		c.close() // the file stays for the next open
		return
	}
	s.ix.rec.setSlots(c.list, c.upTo)
	c.list = nil
	old := s.recent
	s.recent = c
	old.close()
}

// writeRecent writes the copy of the recency order as it stands: the
// order and a view of the side file are taken under the read lock, the
// rows written without it.
func (s *JobMarket) writeRecent() (*recentRows, error) {
	s.mu.RLock()
	order, _, withGone := s.ix.byRecency()
	list := make([]int32, 0, len(order))
	for _, p := range order {
		if !withGone || !s.ix.refs[p].gone {
			list = append(list, p)
		}
	}
	h := recentHead{stride: s.vec.stride, upTo: len(s.ix.refs), covered: s.log.size}
	var err error
	if s.dir != "" {
		h.tail, err = s.log.tailSum(h.covered)
	}
	side, release := s.vec.sideView(h.upTo)
	s.mu.RUnlock()
	defer release()
	if err != nil {
		return nil, err
	}
	if side == nil {
		return nil, errors.New("side file not mapped")
	}
	c := &recentRows{stride: h.stride, rowsAt: rowsAtFor(len(list)), upTo: h.upTo, list: list}
	if s.dir == "" {
		var b bytes.Buffer
		b.Grow(c.rowsAt + len(list)*h.stride)
		if err := encodeRecent(&b, h, list, side, s.closing.Load); err != nil {
			return nil, err
		}
		c.data = b.Bytes()
		return c, nil
	}
	path := filepath.Join(s.dir, recentFile)
	err = atomicfile.Replace(path, "."+recentFile+"-*.tmp", func(w io.Writer) error {
		return encodeRecent(w, h, list, side, s.closing.Load)
	})
	if err == nil {
		err = atomicfile.SyncDir(s.dir)
	}
	if err != nil {
		return nil, err
	}
	if c.f, err = os.Open(path); err != nil {
		return nil, err
	}
	if c.data = mapFile(c.f, c.rowsAt+len(list)*h.stride); c.data == nil {
		return nil, errors.Join(errors.New("copy not mapped"), c.f.Close())
	}
	return c, nil
}

// sideView returns the file's content up to row rows for a reader that
// holds no lock (rows of indexed ads never change while the store is
// open): a mapping of its own, which release unmaps, or the memory of an
// in-memory store; nil when the file cannot be mapped. The caller holds
// the store's lock.
func (v *vectorStore) sideView(rows int) (b []byte, release func()) {
	size := int(v.offset(rows))
	switch {
	case v.f == nil && (v.path != "" || len(v.mem) < size):
		return nil, func() {} // the file could not be made
	case v.f == nil:
		return v.mem[:size:size], func() {}
	}
	m := mapFile(v.f, size)
	return m, func() { unmapFile(m) }
}
