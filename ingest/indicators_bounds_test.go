package ingest_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad/ingest"
)

// row returns one data row of a valid national 2024 unemployment figure,
// CSV-encoded with its newline, after setting fields name, value, name,
// value… (names from ingest.IndicatorHeader).
func row(kv ...string) string {
	rec := []string{"unemployment_rate", "MA", "total", "total", "15+", "total", "2024", "13.3", "percent", "HCP", "test", "https://example.ma/x"}
	for i := 0; i+1 < len(kv); i += 2 {
		rec[slices.Index(ingest.IndicatorHeader, kv[i])] = kv[i+1]
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	_ = w.Write(rec)
	w.Flush()
	return b.String()
}

// boundsRefused are rows the reader must refuse although the store would
// take a number such as ParseFloat reads: the field the error must name,
// then the row's fields.
var boundsRefused = []struct {
	name, field string
	kv          []string
}{
	{"hex float", "value", []string{"value", "0x1p3"}},
	{"exponent", "value", []string{"value", "1e308", "unit", "persons"}},
	{"small exponent", "value", []string{"value", "1.3e1"}},
	{"NaN", "value", []string{"value", "NaN"}},
	{"Inf", "value", []string{"value", "Inf", "unit", "persons"}},
	{"negative Inf", "value", []string{"value", "-Inf", "unit", "jobs (year on year)"}},
	{"underscore digits", "value", []string{"value", "1_000", "unit", "persons"}},
	{"loose spaces", "value", []string{"value", "13 3"}},
	{"comma and point", "value", []string{"value", "1,234.5", "unit", "persons"}},
	{"persons above a billion", "value", []string{"value", "1000000000000", "unit", "persons"}},
	{"negative persons", "value", []string{"value", "-5", "unit", "persons"}},
	{"percent of employed above 100", "value", []string{"value", "133", "unit", "percent of employed"}},
	{"negative percent", "value", []string{"value", "-0.1"}},
	{"hours beyond a week", "value", []string{"value", "169", "unit", "hours per week"}},
	{"unknown unit beyond 1e9", "value", []string{"value", "1000000001", "unit", "widgets"}},
	{"javascript address", "source_url", []string{"source_url", "javascript:alert(1)"}},
	{"ftp address", "source_url", []string{"source_url", "ftp://hcp.ma/x.csv"}},
	{"address without host", "source_url", []string{"source_url", "https:///x"}},
	{"relative address", "source_url", []string{"source_url", "/fr/emploi"}},
	{"long reported_by", "reported_by", []string{"reported_by", strings.Repeat("x", 10<<20)}},
	{"long publisher", "publisher", []string{"publisher", strings.Repeat("H", 101)}},
	{"long unit", "unit", []string{"unit", "percent" + strings.Repeat(" of employed", 20)}},
	{"long source_url", "source_url", []string{"source_url", "https://hcp.ma/" + strings.Repeat("a", 2100)}},
	{"long indicator", "indicator", []string{"indicator", strings.Repeat("a", 65)}},
	{"long geo", "geo", []string{"geo", strings.Repeat("MA", 1000)}},
	{"long value", "value", []string{"value", "13." + strings.Repeat("3", 40)}},
}

func TestReadIndicatorsRefusesUnboundedFields(t *testing.T) {
	for _, c := range boundsRefused {
		t.Run(c.name, func(t *testing.T) {
			body := header + row() + row(c.kv...)
			obs, err := ingest.ReadIndicators(strings.NewReader(body), "f.csv")
			if err == nil || obs != nil {
				t.Fatalf("got %d rows, err %v; want refusal", len(obs), err)
			}
			var re *ingest.RowError
			if !errors.As(err, &re) || re.Line != 3 || re.Field != c.field {
				t.Fatalf("err = %v, want line 3 field %s", err, c.field)
			}
			if want := "f.csv:3: field " + c.field + ": got "; !strings.HasPrefix(err.Error(), want) || !strings.Contains(err.Error(), "want ") {
				t.Fatalf("err = %.300q, want it to start %q and say what is wanted", err, want)
			}
			if len(err.Error()) > 1000 {
				t.Fatalf("error of %d bytes: it must not echo a whole field", len(err.Error()))
			}
		})
	}
}

func TestReadIndicatorsAcceptsPlainDecimals(t *testing.T) {
	cases := []struct {
		value, unit string
		want        float64
	}{
		{"13.3", "percent", 13.3},
		{"13,3", "percent", 13.3},
		{"0", "percent", 0},
		{"100", "percent of employed", 100},
		{"1 234 567", "persons", 1234567},
		{"27888000", "persons", 27888000},
		{"-589000", "jobs (year on year)", -589000},
		{"-432 000", "jobs (year on year)", -432000},
		{"+5", "persons", 5},
		{"45.2", "hours per week", 45.2},
		{"494", "million hours per week", 494},
		{"5349", "MAD per month", 5349},
		{"188,3", "billion MAD", 188.3},
		{"-12.5", "widgets", -12.5},
	}
	for _, c := range cases {
		obs, err := ingest.ReadIndicators(strings.NewReader(header+row("value", c.value, "unit", c.unit)), "f.csv")
		if err != nil || len(obs) != 1 || obs[0].Value != c.want {
			t.Errorf("%q %s: got %+v, %v; want %v", c.value, c.unit, obs, err, c.want)
		}
	}
}

// TestReadIndicatorsSharedFiguresWithinBounds reads the reference file of
// ../shared/data as published, which holds every unit the project uses,
// the longest sources and every period form (intervals 2022-01/2022-07,
// dated stocks 2021-04-30) and age (all) of tools' vocabulary.
func TestReadIndicatorsSharedFiguresWithinBounds(t *testing.T) {
	b := readSharedFigures(t)
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	obs, err := ingest.ReadIndicators(bytes.NewReader(b), "hcp_labour_figures.csv")
	if err != nil {
		t.Fatalf("shared figures refused: %v", err)
	}
	if len(obs) != len(recs)-1 {
		t.Fatalf("read %d figures, want the file's %d", len(obs), len(recs)-1)
	}
}
