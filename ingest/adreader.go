package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// rawAd is one record of a job-ad export as read, before normalisation.
type rawAd struct {
	line   int // line of the record's start in the file, 1-based
	fields [numFields]string
	skills []string          // when the record gives a list
	extra  map[string]string // columns no field took, as written
	raw    string            // the record, for the quarantine
	err    error             // why the record could not be read; the rest is empty
}

// adReader yields the records of one export, in order. next returns
// io.EOF at the end; a record that cannot be read is returned with err
// set (it does not stop the reading); any other error is the input's.
type adReader interface {
	next() (*rawAd, error)
	columns() *columnMap
}

// newAdReader returns the reader for format "csv" or "jsonl".
func newAdReader(r io.Reader, format string) (adReader, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	skipBOM(br)
	switch format {
	case "csv":
		return newCSVAds(br)
	case "jsonl":
		return &jsonlAds{br: br, cols: newColumnMap()}, nil
	}
	return nil, fmt.Errorf("%w: job ads must be csv or jsonl, not %q", ErrBadFile, format)
}

func skipBOM(br *bufio.Reader) {
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte("\ufeff")) {
		br.Discard(3)
	}
}

// csvAds reads a CSV export with a header row.
type csvAds struct {
	cr     *csv.Reader
	cols   *columnMap
	header []string
	byCol  []field
}

func newCSVAds(br *bufio.Reader) (*csvAds, error) {
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return nil, &RowError{Line: 1, Err: fmt.Errorf("cannot read the header row: %w", err)}
	}
	c := &csvAds{cr: cr, cols: newColumnMap(), header: append([]string(nil), header...)}
	for _, h := range c.header {
		c.byCol = append(c.byCol, c.cols.field(strings.TrimSpace(h)))
	}
	return c, nil
}

func (c *csvAds) columns() *columnMap { return c.cols }

func (c *csvAds) next() (*rawAd, error) {
	rec, err := c.cr.Read()
	if err == io.EOF {
		return nil, io.EOF
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &rawAd{line: pe.StartLine, err: fmt.Errorf("malformed CSV: %v", pe.Err)}, nil
	}
	if err != nil {
		return nil, err
	}
	line, _ := c.cr.FieldPos(0)
	ad := &rawAd{line: line}
	if len(rec) != len(c.header) {
		ad.raw = joinCSV(rec)
		ad.err = fmt.Errorf("%d fields, the header has %d", len(rec), len(c.header))
		return ad, nil
	}
	for i, v := range rec {
		if f := c.byCol[i]; f >= 0 {
			ad.fields[f] = v
		} else if v != "" {
			ad.setExtra(c.header[i], v)
		}
	}
	ad.raw = joinCSV(rec)
	return ad, nil
}

func (a *rawAd) setExtra(k, v string) {
	if a.extra == nil {
		a.extra = map[string]string{}
	}
	a.extra[k] = v
}

// joinCSV writes a record back as one CSV line.
func joinCSV(rec []string) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	_ = w.Write(rec)
	w.Flush()
	return strings.TrimSuffix(b.String(), "\n")
}

// jsonlAds reads JSON Lines: one object a line; blank lines are skipped.
type jsonlAds struct {
	br   *bufio.Reader
	cols *columnMap
	line int
}

func (j *jsonlAds) columns() *columnMap { return j.cols }

func (j *jsonlAds) next() (*rawAd, error) {
	for {
		b, err := j.br.ReadBytes('\n')
		if len(b) == 0 && err != nil {
			if err == io.EOF {
				return nil, io.EOF
			}
			return nil, err
		}
		j.line++
		b = bytes.TrimSpace(b)
		if len(b) == 0 {
			continue
		}
		return j.decode(b), nil
	}
}

// decode reads one line; a line that is not a JSON object is returned
// with err set.
func (j *jsonlAds) decode(b []byte) *rawAd {
	ad := &rawAd{line: j.line, raw: string(b)}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var obj map[string]any
	if err := dec.Decode(&obj); err != nil {
		ad.err = fmt.Errorf("broken JSON: %v", err)
		return ad
	}
	if dec.More() {
		ad.err = errors.New("broken JSON: more than one value on the line")
		return ad
	}
	for k, v := range obj {
		f := j.cols.field(k)
		switch {
		case f == fSkills && isList(v):
			ad.skills = listOf(v)
		case f >= 0:
			ad.fields[f] = scalar(v)
		default:
			if s := scalar(v); s != "" {
				ad.setExtra(k, s)
			}
		}
	}
	return ad
}

func isList(v any) bool {
	_, ok := v.([]any)
	return ok
}

func listOf(v any) []string {
	var out []string
	for _, e := range v.([]any) {
		if s := scalar(e); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// scalar writes a JSON value as text: strings as they are, numbers as
// written, null as "", anything else as compact JSON.
func scalar(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case json.Number:
		return x.String()
	case bool:
		return strconv.FormatBool(x)
	}
	b, _ := json.Marshal(v)
	return string(b)
}
