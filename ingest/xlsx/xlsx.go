// Package xlsx reads a sheet of an Office Open XML workbook as an
// ingest.Table; it is the only importer of excelize.
package xlsx

import (
	"errors"
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"github.com/marsad/marsad/ingest"
)

// ReadTable is an ingest.TableReader: it reads the sheet m names (the
// first when none) of the workbook in r, the column names on row
// m.HeaderRow (1 when 0), the rows above skipped, blank rows left out.
// Cells are read as the workbook displays them. A workbook that cannot be
// opened, or has no such sheet or header row, is an error wrapping
// ingest.ErrBadFile and naming name.
func ReadTable(r io.Reader, name string, m ingest.TableMapping) (ingest.Table, error) {
	wb, err := excelize.OpenReader(r)
	if err != nil {
		return ingest.Table{}, fmt.Errorf("%s: %w: not an XLSX workbook: %v", name, ingest.ErrBadFile, err)
	}
	defer wb.Close()
	sheet := m.Sheet
	if sheet == "" {
		sheet = wb.GetSheetName(0)
	}
	rows, err := wb.GetRows(sheet)
	if err != nil {
		var missing excelize.ErrSheetNotExist
		if errors.As(err, &missing) {
			return ingest.Table{}, fmt.Errorf("%s: %w: no sheet %q; the workbook has: %v", name, ingest.ErrBadFile, sheet, wb.GetSheetList())
		}
		return ingest.Table{}, fmt.Errorf("%s: %w: sheet %q: %v", name, ingest.ErrBadFile, sheet, err)
	}
	return ingest.NewTable(name, rows, m.HeaderRow)
}
