package xlsx_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/xlsx"
)

// workbook has two sheets; "Données" holds a title, a header on row 3
// and a blank row among its data.
func workbook(t *testing.T) []byte {
	t.Helper()
	wb := excelize.NewFile()
	defer wb.Close()
	if _, err := wb.NewSheet("Données"); err != nil {
		t.Fatal(err)
	}
	for cell, v := range map[string]any{"A1": "Titre", "A3": " Année ", "B3": "Taux", "A4": 2022, "B4": 11.8, "A6": 2023, "B6": "13,0"} {
		if err := wb.SetCellValue("Données", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	buf, err := wb.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadTable(t *testing.T) {
	got, err := xlsx.ReadTable(bytes.NewReader(workbook(t)), "w.xlsx", ingest.TableMapping{Sheet: "Données", HeaderRow: 3})
	if err != nil {
		t.Fatal(err)
	}
	want := ingest.Table{Name: "w.xlsx", Header: []string{"Année", "Taux"}, HeaderLine: 3,
		Rows: []ingest.TableRow{{Line: 4, Cells: []string{"2022", "11.8"}}, {Line: 6, Cells: []string{"2023", "13,0"}}}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("table (-want +got):\n%s", d)
	}
}

func TestReadTableRefuses(t *testing.T) {
	cases := []struct {
		name string
		body []byte
		m    ingest.TableMapping
		want string
	}{
		{"not a workbook", []byte("Année,Taux\n"), ingest.TableMapping{}, "w.xlsx: bad input file: not an XLSX workbook"},
		{"no such sheet", workbook(t), ingest.TableMapping{Sheet: "Feuil9"}, `no sheet "Feuil9"; the workbook has: [Sheet1 Données]`},
		{"header past the end", workbook(t), ingest.TableMapping{Sheet: "Données", HeaderRow: 9}, "w.xlsx:9: no header row: the sheet has 6 rows"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := xlsx.ReadTable(bytes.NewReader(tc.body), "w.xlsx", tc.m)
			if !errors.Is(err, ingest.ErrBadFile) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want ErrBadFile saying %q", err, tc.want)
			}
		})
	}
}
