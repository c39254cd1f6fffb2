package ingest

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// TableSource is the provenance MapTable writes into every row.
type TableSource struct {
	// Publisher is the body that produced the table, used when the
	// mapping fixes none.
	Publisher string
	// ReportedBy is where the table was read (a portal).
	ReportedBy string
	// SourceURL is the table's own address there.
	SourceURL string
}

// MapTable turns t into indicator rows as m says, with src's provenance,
// each row checked as ReadIndicatorFile checks a row of an indicator CSV:
// any bad row, or a column of m missing from t's header, makes it return
// an empty IndicatorFile and a *RowError naming t, the line (or sheet row)
// and the field (and the column, in a wide table). It never returns part
// of a table. Each row records its series by tools.SeriesByRule (a table
// read on its publisher's portal is current, revised data).
func MapTable(t Table, m TableMapping, src TableSource) (IndicatorFile, error) {
	if err := m.check(); err != nil { // a mapping built in code, not read
		return IndicatorFile{}, fmt.Errorf("%w: %v", ErrBadMapping, err)
	}
	cols, err := m.columnsOf(t.Header)
	if err != nil {
		return IndicatorFile{}, &RowError{File: t.Name, Line: t.HeaderLine, Err: err}
	}
	pos := make(map[string]int, len(IndicatorHeader))
	for i, h := range IndicatorHeader {
		pos[h] = i
	}
	rows := newIndicatorRows(t.Name, pos)
	rows.seriesByRule = true
	last := t.HeaderLine
	for n, r := range t.Rows {
		if m.Rows > 0 && n >= m.Rows {
			break
		}
		last = r.Line
		rec := m.baseRecord(r, cols, src, pos)
		if m.Wide == nil {
			rec[pos["value"]] = r.Cell(cols.value)
			if err := rows.add(rec, r.Line); err != nil {
				return IndicatorFile{}, err
			}
			continue
		}
		for _, w := range cols.wide {
			if r.Cell(w) == "" {
				continue
			}
			rec[pos[m.Wide.Field]] = m.recode(m.Wide.Field, t.Header[w])
			rec[pos["value"]] = r.Cell(w)
			if err := rows.add(rec, r.Line); err != nil {
				return IndicatorFile{}, inColumn(err, t.Header[w])
			}
		}
	}
	return rows.file(last)
}

// tableColumns are the indexes in a table's header of a mapping's columns.
type tableColumns struct {
	fields map[string]int // field -> column
	value  int
	wide   []int
}

// columnsOf finds m's columns in header (trimmed, case ignored); a
// column missing, or a wide table with no column matching, is an error
// listing the header.
func (m TableMapping) columnsOf(header []string) (tableColumns, error) {
	find := func(name string) int {
		return slices.IndexFunc(header, func(h string) bool { return strings.EqualFold(h, strings.TrimSpace(name)) })
	}
	missing := func(what, name string) error {
		return fmt.Errorf("no column %q (%s) in the header; it has: %s", name, what, strings.Join(header, " | "))
	}
	c := tableColumns{fields: map[string]int{}, value: -1}
	for f, name := range m.Columns {
		if c.fields[f] = find(name); c.fields[f] < 0 {
			return c, missing("field "+f, name)
		}
	}
	if m.Wide == nil {
		if c.value = find(m.Value); c.value < 0 {
			return c, missing("value", m.Value)
		}
		return c, nil
	}
	for i, h := range header {
		if m.wide.MatchString(h) {
			c.wide = append(c.wide, i)
		}
	}
	if len(c.wide) == 0 {
		return c, fmt.Errorf("no column header matches wide.columns %q; the header has: %s", m.Wide.Columns, strings.Join(header, " | "))
	}
	return c, nil
}

// baseRecord is r in IndicatorHeader order, all but the value (and, in a
// wide table, the wide field) filled.
func (m TableMapping) baseRecord(r TableRow, c tableColumns, src TableSource, pos map[string]int) []string {
	rec := make([]string, len(IndicatorHeader))
	rec[pos["publisher"]] = src.Publisher
	for f, v := range m.Fixed {
		rec[pos[f]] = v
	}
	for f, i := range c.fields {
		rec[pos[f]] = m.recode(f, r.Cell(i))
	}
	rec[pos["reported_by"]] = src.ReportedBy
	rec[pos["source_url"]] = src.SourceURL
	return rec
}

// inColumn names the wide column a bad cell was read in.
func inColumn(err error, header string) error {
	var re *RowError
	if errors.As(err, &re) {
		re.Err = fmt.Errorf("column %q: %w", header, re.Err)
	}
	return err
}
