package embedded

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/marsad/marsad/tools"
)

// ErrCorrupt is wrapped by Open errors about a damaged file of the store.
var ErrCorrupt = errors.New("corrupt store file")

// adLog is the append-only file of stored ads, one JSON object a line. A
// line is written whole and synced before the ad is indexed, so a crash
// leaves at most a torn last line, which opening drops.
//
// A line is a logRecord: an ad (tools.Ad's JSON), the last of a line
// possibly "replaces": the ID of the live ad it replaces, or
// {"replaces":ID} alone: the live ad with that ID was replaced by an ad
// not stored (its ID was another source's). Replaying the lines in order
// rebuilds the store: a replaced ad leaves it (the ad that replaces it may
// have its ID), a "replaces" naming no live ad changes nothing, and an ad
// whose ID is live is a line written twice and skipped. A log written
// before replacements (plain ad lines) reads as it did: every ad stays,
// even two of one source; the source's last one is the one a later
// version replaces.
type adLog struct {
	f    *os.File // nil: in memory, in mem
	mem  []byte
	size int64
}

// logRecord is one line of the log (see adLog); an ad's line has a
// non-empty ID, which ValidateAd requires.
type logRecord struct {
	tools.Ad
	Replaces string `json:"replaces,omitempty"`
}

// removal is the line of a replacement that stores nothing.
type removal struct {
	Replaces string `json:"replaces"`
}

// openAdLog opens (creating it if needed) the log at path, or an
// in-memory log for "", and calls fn for each record from byte from on (a
// line boundary: 0, or where a snapshot stopped) with where its line lies.
func openAdLog(path string, from int64, fn func(rec logRecord, off int64, size int) error) (*adLog, error) {
	if path == "" {
		return &adLog{}, nil
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	l := &adLog{f: f}
	if err := l.replay(path, from, fn); err != nil {
		f.Close()
		return nil, err
	}
	return l, nil
}

// replay reads every line from byte from on, truncating a torn last one.
// Errors name the line when the replay starts at the beginning, else the
// byte offset.
func (l *adLog) replay(path string, from int64, fn func(logRecord, int64, int) error) error {
	if _, err := l.f.Seek(from, io.SeekStart); err != nil {
		return err
	}
	br := bufio.NewReaderSize(l.f, 1<<20)
	off := from
	where := func(line int) string {
		if from == 0 {
			return fmt.Sprintf("%s:%d", path, line)
		}
		return fmt.Sprintf("%s: line at byte %d", path, off)
	}
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if err == io.EOF {
			if len(b) > 0 { // torn last line: the write that made it failed
				return l.truncate(off)
			}
			l.size = off
			return nil
		}
		if err != nil {
			return err
		}
		var rec logRecord
		if err := json.Unmarshal(b, &rec); err != nil {
			if _, eof := br.Peek(1); eof == io.EOF {
				return l.truncate(off)
			}
			return fmt.Errorf("%s: %w: %v", where(line), ErrCorrupt, err)
		}
		if err := fn(rec, off, len(b)); err != nil {
			return fmt.Errorf("%s: %w", where(line), err)
		}
		off += int64(len(b))
	}
}

func (l *adLog) truncate(size int64) error {
	l.size = size
	return l.f.Truncate(size)
}

// append writes buf (whole lines) at the end and syncs it; on failure the
// log is cut back to its former size.
func (l *adLog) append(buf []byte) (int64, error) {
	off := l.size
	if l.f == nil {
		l.mem = append(l.mem, buf...)
		l.size += int64(len(buf))
		return off, nil
	}
	_, err := l.f.WriteAt(buf, off)
	if err == nil {
		err = l.f.Sync()
	}
	if err != nil {
		return 0, errors.Join(err, l.f.Truncate(off))
	}
	l.size += int64(len(buf))
	return off, nil
}

// readAt fills b with the log's bytes from off.
func (l *adLog) readAt(b []byte, off int64) error {
	if l.f == nil {
		copy(b, l.mem[off:])
		return nil
	}
	_, err := l.f.ReadAt(b, off)
	return err
}

// read decodes the ad whose line is at [off, off+size).
func (l *adLog) read(off int64, size uint32) (tools.Ad, error) {
	var ad tools.Ad
	err := l.decode(off, size, &ad)
	return ad, err
}

// decode unmarshals the line at [off, off+size) into v.
func (l *adLog) decode(off int64, size uint32, v any) error {
	var b []byte
	if l.f == nil {
		b = l.mem[off : off+int64(size)]
	} else {
		b = make([]byte, size)
		if _, err := l.f.ReadAt(b, off); err != nil {
			return err
		}
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("ad at offset %d: %w: %v", off, ErrCorrupt, err)
	}
	return nil
}

func (l *adLog) close() error {
	if l.f == nil {
		return nil
	}
	return l.f.Close()
}
