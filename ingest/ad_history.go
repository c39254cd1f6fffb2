package ingest

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"
)

// AdHistoryHeader is the header of a monthly ad-count file such as
// seed/ad_history/monthly_ad_counts.csv, in this order.
var AdHistoryHeader = []string{"month", "isco", "region", "ads", "source"}

// AdCount is one row of a monthly ad-count file: how many job ads of one
// occupation were posted in one region in one month.
type AdCount struct {
	Month  string // "2024-03"
	ISCO   string // ISCO-08 unit group, 4 digits
	Region string // MA-01 … MA-12
	Ads    int    // 0 or more
	Source string // who counted: "demo generator" for the bundled file
}

// ReadAdHistory reads a monthly ad-count CSV with AdHistoryHeader and
// returns its rows in file order. It stops at the first bad row with a
// *RowError (wrapping ErrBadFile) naming the file, the line and the field:
// a month that is not YYYY-MM, an ISCO code that is not 4 digits, a region
// that is not MA-01 … MA-12, a count that is not a whole number ≥ 0, an
// empty source, or a (month, isco, region) seen before. A file with only
// a header returns no rows and no error.
func ReadAdHistory(r io.Reader, name string) ([]AdCount, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = len(AdHistoryHeader)
	cr.ReuseRecord = true
	head, err := cr.Read()
	if err != nil {
		return nil, &RowError{File: name, Line: 1, Err: fmt.Errorf("header: %w", err)}
	}
	for i, h := range head {
		if h != AdHistoryHeader[i] {
			return nil, &RowError{File: name, Line: 1, Field: h, Err: fmt.Errorf("header column %d is %q, want %q", i+1, h, AdHistoryHeader[i])}
		}
	}
	type cell struct{ month, isco, region string }
	seen := map[cell]int{}
	var out []AdCount
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.Line
			}
			return nil, &RowError{File: name, Line: line, Err: err}
		}
		row, field, err := parseAdCount(rec)
		if err != nil {
			return nil, &RowError{File: name, Line: line, Field: field, Err: fmt.Errorf("field %s: %w", field, err)}
		}
		c := cell{row.Month, row.ISCO, row.Region}
		if first, dup := seen[c]; dup {
			return nil, &RowError{File: name, Line: line, Err: fmt.Errorf("%s %s %s repeats line %d", row.Month, row.ISCO, row.Region, first)}
		}
		seen[c] = line
		out = append(out, row)
	}
}

// parseAdCount checks one record; on failure it names the field.
func parseAdCount(rec []string) (AdCount, string, error) {
	row := AdCount{Month: rec[0], ISCO: rec[1], Region: rec[2], Source: rec[4]}
	if _, err := time.Parse("2006-01", row.Month); err != nil || len(row.Month) != 7 {
		return row, "month", fmt.Errorf("got %q, want YYYY-MM", row.Month)
	}
	if !isDigits(row.ISCO, 4) {
		return row, "isco", fmt.Errorf("got %q, want a 4-digit ISCO-08 unit group", row.ISCO)
	}
	if !isRegion(row.Region) {
		return row, "region", fmt.Errorf("got %q, want a region code MA-01 … MA-12", row.Region)
	}
	n, err := strconv.Atoi(rec[3])
	if err != nil || n < 0 {
		return row, "ads", fmt.Errorf("got %q, want a whole number ≥ 0", rec[3])
	}
	row.Ads = n
	if row.Source == "" {
		return row, "source", errors.New("empty, want who counted the ads")
	}
	return row, "", nil
}

func isDigits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
