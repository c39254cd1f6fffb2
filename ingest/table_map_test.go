package ingest_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/tools"
)

func mustMapping(t *testing.T, yaml string) ingest.TableMapping {
	t.Helper()
	ms, err := ingest.ReadTableMappings(strings.NewReader("tables:\n"+yaml), "m.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return ms[0]
}

func mustCSVTable(t *testing.T, csv string, header int) ingest.Table {
	t.Helper()
	tb, err := ingest.ReadCSVTable(strings.NewReader(csv), "t.csv", header)
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

var src = ingest.TableSource{Publisher: "HCP", ReportedBy: "data.gov.ma", SourceURL: "https://data.gov.ma/dataset/x/resource/1"}

const wideMapping = `  - dataset: x
    columns: {geo: Région}
    fixed: {indicator: unemployment_rate, area: total, sex: total, age: "15+", diploma: total, unit: percent}
    wide: {field: period, columns: '^T[1-4] \d{4}$'}
    recode:
      geo: {"Ensemble": MA, "Souss-Massa": MA-09}
      period: {"T1 2024": 2024-Q1, "T2 2024": 2024-Q2}
`

func TestMapTableUnpivotsAWideTable(t *testing.T) {
	tb := mustCSVTable(t, "Région,T1 2024,T2 2024,Note\nEnsemble,\"13,7\",\"12,8\",x\nSouss-Massa,,\"14,1\",\n", 1)
	f, err := ingest.MapTable(tb, mustMapping(t, wideMapping), src)
	if err != nil {
		t.Fatal(err)
	}
	obs := func(geo, period string, v float64) tools.Observation {
		return tools.Observation{Indicator: "unemployment_rate", Geo: geo, Area: "total", Sex: "total", Age: "15+", Diploma: "total",
			Period: period, Value: v, Unit: "percent", Publisher: "HCP", ReportedBy: "data.gov.ma", SourceURL: src.SourceURL,
			Series: tools.SeriesENE2017} // a portal's table is current, revised data: its series by rule
	}
	want := []tools.Observation{obs("MA", "2024-Q1", 13.7), obs("MA", "2024-Q2", 12.8), obs("MA-09", "2024-Q2", 14.1)}
	if d := cmp.Diff(want, f.Observations); d != "" {
		t.Errorf("observations (-want +got):\n%s", d)
	}
}

func TestMapTableRefusesTheWholeTable(t *testing.T) {
	cases := []struct {
		name, csv, want string
		line            int
		field           string
	}{
		{"bad value in a wide column", "Région,T1 2024,T2 2024\nEnsemble,13.7,12.8\nSouss-Massa,n.d.,14.1\n",
			`t.csv:3: column "T1 2024": field value`, 3, "value"},
		{"place not recoded", "Région,T1 2024\nEnsemble,13.7\nSous-Massa,14.1\n", `t.csv:3: column "T1 2024": field geo: got "Sous-Massa"`, 3, "geo"},
		{"two values for one cell", "Région,T1 2024\nEnsemble,13.7\nensemble,13.9\n", "t.csv:3: column \"T1 2024\": field value: got \"13.9\", want 13.7 as on line 2", 3, "value"},
		{"missing key column", "Region,T1 2024\nEnsemble,13.7\n", `t.csv:1: no column "Région" (field geo)`, 1, ""},
		{"no wide column", "Région,2024\nEnsemble,13.7\n", `t.csv:1: no column header matches wide.columns`, 1, ""},
	}
	m := mustMapping(t, wideMapping)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f, err := ingest.MapTable(mustCSVTable(t, tc.csv, 1), m, src)
			var re *ingest.RowError
			if !errors.As(err, &re) || re.Line != tc.line || re.Field != tc.field || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ingest.ErrBadFile) {
				t.Errorf("error %v, want a RowError at line %d, field %q, saying %q", err, tc.line, tc.field, tc.want)
			}
			if len(f.Observations) != 0 {
				t.Errorf("%d observations returned with the error", len(f.Observations))
			}
		})
	}
}

func TestMapTableLongWithTitlesAndNotes(t *testing.T) {
	m := mustMapping(t, `  - dataset: x
    header_row: 2
    rows: 2
    columns: {period: Année, sex: Sexe}
    fixed: {indicator: activity_rate, geo: MA, area: total, age: "15+", diploma: total, unit: percent, publisher: HCP}
    value: Taux
    recode: {sex: {femmes: female, HOMMES: male}}
`)
	tb := mustCSVTable(t, "Taux d'activité (%)\nAnnée;Sexe;Taux\n2023;Femmes;19,0\n2023;Hommes;69,0\nSource : HCP;;\n", 2)
	f, err := ingest.MapTable(tb, m, ingest.TableSource{Publisher: "Haut-Commissariat au Plan", ReportedBy: "p", SourceURL: "https://p.example/r"})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Observations) != 2 || f.Observations[0].Sex != "female" || f.Observations[1].Value != 69 || f.Observations[0].Publisher != "HCP" {
		t.Errorf("observations %+v", f.Observations)
	}
	m.Rows = 0 // the note below the table is then a bad row
	if _, err := ingest.MapTable(tb, m, src); err == nil || !strings.Contains(err.Error(), "t.csv:5:") {
		t.Errorf("with the note: %v, want line 5 refused", err)
	}
}

func TestReadTableMappingsRefuses(t *testing.T) {
	base := `    fixed: {indicator: i, geo: MA, area: total, sex: total, age: "15+", diploma: total, unit: percent}
`
	cases := []struct{ name, yaml, want string }{
		{"no tables", "", "lists no tables"},
		{"unknown key", "  - dataset: x\n    value: v\n    colums: {period: A}\n" + base, "colums"},
		{"no value", "  - dataset: x\n    columns: {period: A}\n" + base, "either value"},
		{"field twice", "  - dataset: x\n    value: v\n    columns: {period: A, geo: G}\n" + base, `"geo" is given by both`},
		{"field missing", "  - dataset: x\n    value: v\n" + base, `"period" comes from nowhere`},
		{"unknown field", "  - dataset: x\n    value: v\n    columns: {period: A, region: R}\n" + base, `unknown field "region"`},
		{"bad expression", "  - dataset: x\n    wide: {field: period, columns: '('}\n" + base, "not a regular expression"},
		{"no dataset", "  - value: v\n    columns: {period: A}\n" + base, "no dataset"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ingest.ReadTableMappings(strings.NewReader("tables:\n"+tc.yaml), "m.yaml")
			if !errors.Is(err, ingest.ErrBadMapping) || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "m.yaml") {
				t.Errorf("error %v, want ErrBadMapping naming the file and %q", err, tc.want)
			}
		})
	}
}

func TestReadCSVTableHeaderRow(t *testing.T) {
	tb := mustCSVTable(t, "Titre\n\"note, sur deux\nlignes\"\nA;B\n1;2\n\n;\n3;4\n", 4)
	want := ingest.Table{Name: "t.csv", Header: []string{"A", "B"}, HeaderLine: 4,
		Rows: []ingest.TableRow{{Line: 5, Cells: []string{"1", "2"}}, {Line: 8, Cells: []string{"3", "4"}}}}
	if d := cmp.Diff(want, tb); d != "" {
		t.Errorf("table (-want +got):\n%s", d)
	}
	if _, err := ingest.ReadCSVTable(strings.NewReader("A,B\n"), "t.csv", 3); err == nil || !strings.Contains(err.Error(), "t.csv:3: no header row") {
		t.Errorf("header past the end: %v", err)
	}
}
