package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"time"
)

// QuarantineFile is the name of the quarantine in the data folder: one
// JSON object a line, {"file", "line", "reason", "raw", "file_sha256",
// "at"}, appended.
const QuarantineFile = "quarantine.jsonl"

// QuarantineEntry is one record that could not be loaded. Raw is the
// record as read; for a record that is not UTF-8, it is the record read in
// the encoding the reason names, so that the quarantine, which is UTF-8,
// keeps it readable.
type QuarantineEntry struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Reason string `json:"reason"`
	Raw    string `json:"raw"`
	SHA256 string `json:"file_sha256,omitempty"`
	At     string `json:"at"`
}

// quarantine buffers entries and appends them to the ledger, or else to
// its file, on flush; a quarantine with neither only counts.
type quarantine struct {
	ledger  Ledger
	path    string // the file, or the ledger's Where
	buf     bytes.Buffer
	entries []QuarantineEntry // buffered for the ledger
	now     func() time.Time
}

func newQuarantine(dir string, ledger Ledger, now func() time.Time) *quarantine {
	q := &quarantine{now: now, ledger: ledger}
	switch {
	case ledger != nil:
		q.path = ledger.Where()
	case dir != "":
		q.path = filepath.Join(dir, QuarantineFile)
	}
	return q
}

func (q *quarantine) add(e QuarantineEntry) {
	if q.path == "" {
		return
	}
	e.At = q.now().UTC().Format(time.RFC3339)
	if q.ledger != nil {
		q.entries = append(q.entries, e)
		return
	}
	enc := json.NewEncoder(&q.buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(e) // a struct of strings and ints always encodes
}

// flush appends the buffered entries to the ledger, or to the file,
// which it syncs.
func (q *quarantine) flush(ctx context.Context) error {
	if q.ledger != nil && len(q.entries) > 0 {
		if err := q.ledger.Quarantine(ctx, q.entries); err != nil {
			return err
		}
		q.entries = nil
	}
	if q.path == "" || q.buf.Len() == 0 {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(q.path), 0o755); err != nil {
		return err
	}
	quarantineFileMu.Lock()
	defer quarantineFileMu.Unlock()
	f, err := os.OpenFile(q.path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(q.buf.Bytes())
	if err = errors.Join(err, f.Sync(), f.Close()); err != nil {
		return err
	}
	q.buf.Reset()
	return nil
}

// ReadQuarantine returns the entries of a quarantine file, none when it
// does not exist.
func ReadQuarantine(path string) ([]QuarantineEntry, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []QuarantineEntry
	dec := json.NewDecoder(bytes.NewReader(b))
	for dec.More() {
		var e QuarantineEntry
		if err := dec.Decode(&e); err != nil {
			return out, err
		}
		out = append(out, e)
	}
	return out, nil
}

// discard drops the buffered entries: the run that made them failed and
// will make them again when it is resumed.
func (q *quarantine) discard() { q.buf.Reset(); q.entries = nil }
