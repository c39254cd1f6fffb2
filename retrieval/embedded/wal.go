package embedded

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/marsad/marsad/retrieval"
)

// Operations of the log, the first byte of a payload.
const (
	opUpsert = 'U' // uvarint count, then records
	opDelete = 'D' // uvarint count, then document ids
)

// wal is the append-only log of the operations since the last snapshot.
// Each Upsert or Delete call is one frame, written and synced before the
// store applies it, so a call is either in the log whole or not at all.
type wal struct {
	f    *os.File
	size int64
	sync bool
}

// openWAL replays the log at path into t and opens it for appending. A
// torn or corrupt frame ends the log: it and anything after it are cut off.
func openWAL(path string, t *table, sync bool) (*wal, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	good, err := replay(f, t)
	if err == nil {
		err = f.Truncate(good)
	}
	if err == nil {
		_, err = f.Seek(good, io.SeekStart)
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &wal{f: f, size: good, sync: sync}, nil
}

// replay applies the frames of f to t and returns the offset after the
// last good frame.
func replay(f *os.File, t *table) (int64, error) {
	r := bufio.NewReaderSize(f, 1<<20)
	var good int64
	for {
		payload, n, err := readFrame(r)
		if errors.Is(err, io.EOF) || errors.Is(err, errTorn) {
			return good, nil
		}
		if err != nil {
			return good, err
		}
		if err := apply(t, payload); err != nil {
			return good, nil // a frame that passes its checksum but does not decode ends the log too
		}
		good += int64(n)
	}
}

// apply decodes one operation and applies it to t; nothing is applied when
// the payload does not decode.
func apply(t *table, payload []byte) error {
	if len(payload) == 0 {
		return errShort
	}
	d := &dec{b: payload[1:]}
	switch payload[0] {
	case opUpsert:
		recs := make([]retrieval.Record, d.count(1))
		for i := range recs {
			recs[i] = d.record()
		}
		if d.err != nil {
			return d.err
		}
		for _, r := range recs {
			t.upsert(r)
		}
	case opDelete:
		ids := make([]string, d.count(1))
		for i := range ids {
			ids[i] = d.str()
		}
		if d.err != nil {
			return d.err
		}
		for _, id := range ids {
			t.deleteDoc(id)
		}
	default:
		return fmt.Errorf("unknown operation %q", payload[0])
	}
	return nil
}

func upsertPayload(recs []retrieval.Record) []byte {
	e := &enc{b: []byte{opUpsert}}
	e.uvarint(uint64(len(recs)))
	for _, r := range recs {
		e.record(r)
	}
	return e.b
}

func deletePayload(ids []string) []byte {
	e := &enc{b: []byte{opDelete}}
	e.uvarint(uint64(len(ids)))
	for _, id := range ids {
		e.str(id)
	}
	return e.b
}

// append writes one operation; on error the log is cut back to its former
// size so that a later append does not follow a partial frame.
func (w *wal) append(payload []byte) error {
	_, err := w.f.Write(appendFrame(nil, payload))
	if err == nil && w.sync {
		err = w.f.Sync()
	}
	if err != nil {
		_ = w.f.Truncate(w.size)
		_, _ = w.f.Seek(w.size, io.SeekStart)
		return err
	}
	w.size += int64(frameHeader + len(payload))
	return nil
}

func (w *wal) close() error { return w.f.Close() }
