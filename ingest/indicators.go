// Package ingest reads what operators load into Marsad (indicator CSVs,
// job ads, occupation profiles, statistical notes), validates it, and
// stores it through the tools and retrieval interfaces.
package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/marsad/marsad/tools"
)

// IndicatorHeader is the long format every indicator CSV starts with (the
// columns may come in any order; extra columns are refused so that a
// misspelled one is not silently ignored).
var IndicatorHeader = []string{"indicator", "geo", "area", "sex", "age", "diploma", "period", "value", "unit", "publisher", "reported_by", "source_url"}

// IndicatorOptionalColumns may follow IndicatorHeader's: series, the
// series the figure belongs to (tools.SeriesIDs; empty: the rule of
// tools.SeriesByRule applies), and relay_url, the relay's page when
// source_url is the publisher's own. A file of the twelve columns alone
// stays valid.
var IndicatorOptionalColumns = []string{"series", "relay_url"}

// headerWant is what an error about the header says it must be.
var headerWant = strings.Join(IndicatorHeader, ",") + " (optionally also " + strings.Join(IndicatorOptionalColumns, ",") + ")"

// ErrBadFile is wrapped by every error about the content of an input file.
var ErrBadFile = errors.New("bad input file")

// RowError locates a bad field in an input file.
type RowError struct {
	File  string
	Line  int
	Field string
	Err   error
}

// Error reads "file:line: field F: got …, want …"; the field is named by
// the cause when there is one.
func (e *RowError) Error() string {
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns both ErrBadFile and the cause.
func (e *RowError) Unwrap() []error { return []error{ErrBadFile, e.Err} }

// ReadIndicators reads a whole indicator CSV as ReadIndicatorFile does
// and returns its observations, one per cell.
func ReadIndicators(r io.Reader, name string) ([]tools.Observation, error) {
	f, err := ReadIndicatorFile(r, name)
	return f.Observations, err
}

// IndicatorFile is what ReadIndicatorFile read from one file.
type IndicatorFile struct {
	// Observations holds one row per cell (indicator, geo, area, sex,
	// age, diploma, period), the first of the file for that cell, in
	// file order.
	Observations []tools.Observation
	// Duplicates counts the rows that repeat an earlier row's cell and
	// value (its source may differ): they are read but not returned, so
	// the rows read are len(Observations) + Duplicates.
	Duplicates int
}

// ReadIndicatorFile reads a whole indicator CSV named name (used in
// errors). Any bad row makes it return an empty IndicatorFile and a
// *RowError naming the file, line and field; it never returns part of a
// file. A value is a plain decimal number, with a decimal point or comma
// ("13,3") and spaces between groups of three digits ("1 234 567"),
// within the range of its unit (unitRanges); every field is at most
// fieldCaps long and source_url, when given, is an http or https address.
// Two rows giving one cell two values refuse the file (naming both lines):
// a correction comes in a later file, never within one. The file may be
// separated by ";" as French spreadsheets save it, and be in any encoding
// DecodeInput reads.
func ReadIndicatorFile(r io.Reader, name string) (IndicatorFile, error) {
	cr := indicatorCSV(r)
	header, err := cr.Read()
	if err == io.EOF {
		return IndicatorFile{}, &RowError{File: name, Line: 1, Err: fmt.Errorf("empty file; the header must be: %s", headerWant)}
	}
	if err != nil {
		return IndicatorFile{}, readError(name, 1, err)
	}
	line, _ := cr.FieldPos(0)
	col, err := indicatorColumns(header)
	if err != nil {
		return IndicatorFile{}, &RowError{File: name, Line: line, Err: err}
	}
	rows := newIndicatorRows(name, col)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return IndicatorFile{}, readError(name, line+1, err)
		}
		line, _ = cr.FieldPos(0)
		if len(rec) != len(header) {
			return IndicatorFile{}, &RowError{File: name, Line: line, Err: fmt.Errorf("%d fields, want %d as in the header", len(rec), len(header))}
		}
		if err := rows.add(rec, line); err != nil {
			return IndicatorFile{}, err
		}
	}
	return rows.file(line)
}

// indicatorRows gathers the rows of one input, validated one by one as
// ReadIndicatorFile describes, into an IndicatorFile.
type indicatorRows struct {
	name  string
	col   map[string]int // IndicatorHeader name -> index in a record
	f     IndicatorFile
	cells cellIndex
	// seriesByRule records tools.SeriesByRule's series on each row that
	// names none: a publisher's table read on its portal is its current
	// publication, whose series the period alone tells.
	seriesByRule bool
}

func newIndicatorRows(name string, col map[string]int) *indicatorRows {
	return &indicatorRows{name: name, col: col, cells: cellIndex{}}
}

// add validates rec, read on line, and keeps it unless it repeats an
// earlier cell and value; a bad row is a *RowError naming the field.
func (r *indicatorRows) add(rec []string, line int) error {
	o, err := indicatorRow(rec, r.col)
	if err == nil && r.seriesByRule && o.Series == "" {
		o.Series = tools.SeriesByRule(o)
	}
	dup := false
	if err == nil {
		dup, err = r.cells.add(o, line)
	}
	switch {
	case err != nil:
		return fieldError(r.name, line, err)
	case dup:
		r.f.Duplicates++
	default:
		r.f.Observations = append(r.f.Observations, o)
	}
	return nil
}

// file returns what was gathered, or a *RowError at last when no row was.
func (r *indicatorRows) file(last int) (IndicatorFile, error) {
	if len(r.f.Observations) == 0 {
		return IndicatorFile{}, &RowError{File: r.name, Line: last, Err: errors.New("no data rows after the header")}
	}
	return r.f, nil
}

// indicatorCSV returns a CSV reader on r decoded, separated by the
// separator its first line uses most, with rows of any length (checked
// against the header by the caller, with the line).
func indicatorCSV(r io.Reader) *csv.Reader {
	dec, _ := DecodeInput(r)
	br := bufio.NewReaderSize(dec, 1<<16)
	first, _ := br.Peek(sniffSize)
	first, _, _ = bytes.Cut(first, []byte("\n"))
	cr := csv.NewReader(br)
	cr.Comma = csvComma(first)
	cr.FieldsPerRecord = -1
	return cr
}

// fieldError is the RowError of a bad row, with the field a
// *tools.FieldError names.
func fieldError(name string, line int, err error) *RowError {
	var fe *tools.FieldError
	field := ""
	if errors.As(err, &fe) {
		field = fe.Field
	}
	return &RowError{File: name, Line: line, Field: field, Err: err}
}

// readError locates an error of csv.Reader.Read: the line where the bad
// record starts (a quote left open runs on to the end of the file) and
// where the reader gave up. The record is nil then, so its position cannot
// be asked of the reader; next is the line after the last record read,
// used for any other error.
func readError(name string, next int, err error) *RowError {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return &RowError{File: name, Line: next, Err: fmt.Errorf("cannot read the row: %w", err)}
	}
	why := pe.Err.Error()
	if errors.Is(pe.Err, csv.ErrQuote) || errors.Is(pe.Err, csv.ErrBareQuote) {
		why = "a quote is left open or stray (a field that holds a quote must be quoted whole, its quotes doubled)"
	}
	return &RowError{File: name, Line: pe.StartLine, Err: fmt.Errorf("cannot read the row as CSV: %s, at line %d column %d", why, pe.Line, pe.Column)}
}

// indicatorColumns maps each IndicatorHeader name to its column index;
// names are matched trimmed and case-insensitively, and an unknown,
// repeated or missing (but the optional sources) column is an error;
// IndicatorOptionalColumns are mapped too when present.
func indicatorColumns(header []string) (map[string]int, error) {
	col := make(map[string]int, len(header))
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if !slices.Contains(IndicatorHeader, h) && !slices.Contains(IndicatorOptionalColumns, h) {
			return nil, fmt.Errorf("unknown column %q; the header must be: %s", clip(h), headerWant)
		}
		if j, ok := col[h]; ok { // which of the two would hold the figure?
			return nil, fmt.Errorf("column %q appears twice (columns %d and %d); the header must be: %s", h, j+1, i+1, headerWant)
		}
		col[h] = i
	}
	for _, h := range IndicatorHeader {
		if _, ok := col[h]; !ok && h != "reported_by" && h != "source_url" {
			return nil, fmt.Errorf("missing column %q; the header must be: %s", h, headerWant)
		}
	}
	return col, nil
}

// indicatorRow reads one record of as many fields as the header: field
// lengths first (so that no error echoes a huge field), then the value
// within its unit's range, the dimensions (tools.ValidateObservation) and
// the source address. Errors are *tools.FieldError.
func indicatorRow(rec []string, col map[string]int) (tools.Observation, error) {
	if err := checkLengths(rec, col); err != nil {
		return tools.Observation{}, err
	}
	get := func(name string) string {
		if i, ok := col[name]; ok {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	v, err := parseValue(get("value"), get("unit"))
	if err != nil {
		return tools.Observation{}, err
	}
	o := tools.Observation{
		Indicator: get("indicator"), Geo: get("geo"), Area: get("area"), Sex: get("sex"), Age: get("age"),
		Diploma: get("diploma"), Period: get("period"), Value: v, Unit: get("unit"),
		Publisher: get("publisher"), ReportedBy: get("reported_by"), SourceURL: get("source_url"),
		Series: get("series"), RelayURL: get("relay_url"),
	}
	if err := tools.ValidateObservation(o); err != nil {
		return tools.Observation{}, err
	}
	if err := checkSourceURL("source_url", o.SourceURL); err != nil {
		return tools.Observation{}, err
	}
	return o, checkSourceURL("relay_url", o.RelayURL)
}
