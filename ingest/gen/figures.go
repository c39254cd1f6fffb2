package gen

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/marsad/marsad/tools"
)

// Figures are not demo data: SeedFigures derives the bundled official
// figures (ingest/seed/indicators) from the project's reference file
// (../shared/data/hcp_labour_figures.csv) by two rules, and changes
// nothing else of a row.
//
//go:generate go run ./cmd/genfigures -in ../../../shared/data/hcp_labour_figures.csv -out ../seed/indicators/hcp_labour_figures.csv
//go:generate go run ./cmd/genfigures -in ../seed/indicators/hcp_regional_extra.csv -out ../seed/indicators/hcp_regional_extra.csv

// figureColumns is the long format with its two optional columns
// (ingest.IndicatorHeader and ingest.IndicatorOptionalColumns, which gen
// cannot import: ingest's own tests import gen), the header SeedFigures
// writes; the seed's tests read what it writes with ingest's reader.
var figureColumns = []string{"indicator", "geo", "area", "sex", "age", "diploma", "period", "value", "unit", "publisher", "reported_by", "source_url", "series", "relay_url"}

// HCPPage is a figure read on HCP's own site: the row of the reference
// file whose key and value it has gets Page as its source_url, the relay's
// address moving to relay_url.
type HCPPage struct {
	Key   tools.Key
	Value float64
	Page  string
}

// SeedFigures copies the indicator CSV in to w with the header
// figureColumns, each row with (1) its series, tools.SeriesByRule's (the
// README's "Series breaks"), and (2) when pages holds a figure of its key
// and value, that HCP page as source_url and the row's own source_url as
// relay_url (reported_by, the relay's name, is kept). in may already have
// series and relay_url columns (a second run): they are derived again. A
// page is only set on the row of its key with its value: one that shows
// another value than the file's gives nothing. It returns the number of
// rows given an HCP page; pages of figures in is not holding are left
// (one pages file serves every seed file; the seed's tests check that
// each page found its row).
func SeedFigures(in io.Reader, pages []HCPPage, w io.Writer) (int, error) {
	r := csv.NewReader(in)
	header, err := r.Read()
	if err != nil {
		return 0, fmt.Errorf("header: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.TrimPrefix(h, "\ufeff")] = i
	}
	for _, h := range figureColumns[:12] {
		if _, ok := col[h]; !ok {
			return 0, fmt.Errorf("header: no column %q", h)
		}
	}
	out := csv.NewWriter(w)
	_ = out.Write(figureColumns)
	n := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, err
		}
		row := make([]string, len(figureColumns))
		for i, h := range figureColumns[:12] {
			row[i] = rec[col[h]]
		}
		if i, ok := col["relay_url"]; ok && rec[i] != "" { // a second run: the relay's page is back in source_url
			row[11] = rec[i]
		}
		o := tools.Observation{Indicator: row[0], Geo: row[1], Area: row[2], Sex: row[3], Age: row[4], Diploma: row[5], Period: row[6], ReportedBy: row[10]}
		row[12] = tools.SeriesByRule(o)
		if i := pageOf(pages, o.Key(), row[7]); i >= 0 {
			row[11], row[13] = pages[i].Page, row[11]
			n++
		}
		_ = out.Write(row)
	}
	out.Flush()
	return n, out.Error()
}

// pageOf returns the index of the page of key k and value v (as written
// in the file), or -1.
func pageOf(pages []HCPPage, k tools.Key, v string) int {
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return -1
	}
	return slices.IndexFunc(pages, func(p HCPPage) bool { return p.Key == k && p.Value == f })
}

// ReadHCPPages reads the verified pages file (HCP_PAGES.tsv): a header,
// then one figure a line, tab-separated: indicator, geo, area, sex, age,
// diploma, period, value, hcp_url, evidence (what the page says, for the
// reader; not used).
func ReadHCPPages(r io.Reader) ([]HCPPage, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	var out []HCPPage
	for i, line := range lines[min(1, len(lines)):] { // the text of evidence holds quotes: no CSV quoting
		rec := strings.Split(line, "\t")
		if len(rec) != 10 {
			return nil, fmt.Errorf("line %d: %d fields, want 10", i+2, len(rec))
		}
		v, err := strconv.ParseFloat(rec[7], 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: value: %w", i+2, err)
		}
		if !strings.HasPrefix(rec[8], "https://www.hcp.ma/") && !strings.HasPrefix(rec[8], "https://hcp.ma/") {
			return nil, fmt.Errorf("line %d: hcp_url %q is not a page of hcp.ma", i+2, rec[8])
		}
		out = append(out, HCPPage{Key: tools.Key{Indicator: rec[0], Geo: rec[1], Area: rec[2], Sex: rec[3], Age: rec[4], Diploma: rec[5], Period: rec[6]}, Value: v, Page: rec[8]})
	}
	return out, nil
}
