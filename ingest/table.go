package ingest

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

// Table is a published table as read from a CSV or a spreadsheet sheet,
// before a TableMapping turns it into indicator rows.
type Table struct {
	// Name names the table in errors (a resource of a portal, a file).
	Name string
	// Header holds the column names, trimmed, read on HeaderLine.
	Header     []string
	HeaderLine int
	// Rows are the rows below the header, each with its line (CSV) or
	// row number (sheet), counted from 1; blank rows are left out.
	Rows []TableRow
}

// TableRow is one row of a Table. Cells may be fewer than the header's
// columns (a sheet drops empty trailing cells): a missing cell is empty.
type TableRow struct {
	Line  int
	Cells []string
}

// Cell returns the trimmed cell of column i, "" past the row's end.
func (r TableRow) Cell(i int) string {
	if i < len(r.Cells) {
		return strings.TrimSpace(r.Cells[i])
	}
	return ""
}

// ReadCSVTable reads a CSV table named name whose column names are on
// line headerLine (1 when 0; the lines above are titles and are
// skipped), in any encoding DecodeInput reads and separated by "," or ";"
// as its first line says. A malformed CSV is a *RowError.
func ReadCSVTable(r io.Reader, name string, headerLine int) (Table, error) {
	dec, _ := DecodeInput(r)
	data, err := io.ReadAll(dec)
	if err != nil {
		return Table{}, &RowError{File: name, Line: 1, Err: fmt.Errorf("cannot read the table: %w", err)}
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = csvComma(physicalLine(data, max(headerLine, 1))) // the titles above may hold no separator
	cr.FieldsPerRecord = -1
	t := Table{Name: name}
	next := 1
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return Table{}, readError(name, next, err)
		}
		line, _ := cr.FieldPos(0)
		next = line + 1
		switch {
		case line < max(headerLine, 1):
		case t.Header == nil:
			t.Header, t.HeaderLine = trimCells(rec), line
		case !blankRow(rec):
			t.Rows = append(t.Rows, TableRow{Line: line, Cells: rec})
		}
	}
	if t.Header == nil {
		return Table{}, &RowError{File: name, Line: max(headerLine, 1), Err: fmt.Errorf("no header row: the table has fewer than %d lines", max(headerLine, 1))}
	}
	return t, nil
}

// NewTable makes a Table named name of rows numbered from 1 (row n is
// rows[n-1], as in a spreadsheet sheet), the column names on row header
// (1 when 0), the rows above skipped, blank rows left out. A sheet
// shorter than header is a *RowError.
func NewTable(name string, rows [][]string, header int) (Table, error) {
	header = max(header, 1)
	if header > len(rows) {
		return Table{}, &RowError{File: name, Line: header, Err: fmt.Errorf("no header row: the sheet has %d rows", len(rows))}
	}
	t := Table{Name: name, Header: trimCells(rows[header-1]), HeaderLine: header}
	for i := header; i < len(rows); i++ {
		if !blankRow(rows[i]) {
			t.Rows = append(t.Rows, TableRow{Line: i + 1, Cells: rows[i]})
		}
	}
	return t, nil
}

// physicalLine returns line n of data (from 1), empty past its end.
func physicalLine(data []byte, n int) []byte {
	for range n - 1 {
		_, rest, ok := bytes.Cut(data, []byte("\n"))
		if !ok {
			return nil
		}
		data = rest
	}
	line, _, _ := bytes.Cut(data, []byte("\n"))
	return line
}

// trimCells returns the cells trimmed, a byte-order mark dropped.
func trimCells(rec []string) []string {
	out := make([]string, len(rec))
	for i, c := range rec {
		out[i] = strings.TrimSpace(strings.TrimPrefix(c, "\ufeff"))
	}
	return out
}

func blankRow(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}
