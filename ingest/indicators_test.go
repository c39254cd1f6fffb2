package ingest_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/marsad/marsad/ingest"
	"github.com/marsad/marsad/ingest/seed"
)

const header = "indicator,geo,area,sex,age,diploma,period,value,unit,publisher,reported_by,source_url\n"

func TestReadIndicatorsSeed(t *testing.T) {
	f, err := seed.FS.Open("indicators/hcp_labour_figures.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	obs, err := ingest.ReadIndicators(f, "hcp_labour_figures.csv")
	if err != nil {
		t.Fatalf("seed file refused: %v", err)
	}
	if len(obs) != 1155 {
		t.Fatalf("seed rows = %d, want 1155", len(obs))
	}
	for _, o := range obs {
		if o.SourceURL == "" || o.Publisher == "" {
			t.Fatalf("seed row without its source: %+v", o)
		}
	}
}

// refusedFiles are indicator files the reader must refuse, with what the
// error must say (file:line: and the field or the reason).
var refusedFiles = []struct {
	name, body, want string
}{
	{"bad geo", header + "unemployment_rate,MA,total,total,15+,total,2024,13.3,percent,HCP,,\nunemployment_rate,MA-13,total,total,15+,total,2024,13.3,percent,HCP,,\n", "f.csv:3: field geo"},
	{"bad period", header + "unemployment_rate,MA,total,total,15+,total,2024-T3,13.3,percent,HCP,,\n", "f.csv:2: field period"},
	{"bad value", header + "unemployment_rate,MA,total,total,15+,total,2024,treize,percent,HCP,,\n", "f.csv:2: field value"},
	{"percent out of range", header + "unemployment_rate,MA,total,total,15+,total,2024,133,percent,HCP,,\n", "f.csv:2: field value"},
	{"missing column", "indicator,geo\nx,MA\n", "f.csv:1: missing column"},
	{"unknown column", strings.Replace(header, "unit", "units", 1), `f.csv:1: unknown column "units"`},
	{"short row", header + "unemployment_rate,MA\n", "f.csv:2: 2 fields"},
	{"empty", header, "no data rows"},
	{"unclosed quote opening a row", header + "\"unemployment_rate,MA,total,total,15+,total,2024,13.3,percent,HCP,,\n", "f.csv:2: "},
	{"value column twice", strings.TrimSuffix(header, "\n") + ",value\n", `f.csv:1: column "value" appears twice`},
	{"geo column twice", strings.Replace(header, "area", "geo", 1), `f.csv:1: column "geo" appears twice`},
	{"stray quote in a field", header + "unemployment_rate,MA,total,total,15+,total,2024,1\"3,percent,HCP,,\n", "f.csv:2: "},
}

func TestReadIndicatorsErrorsNameLineAndField(t *testing.T) {
	for _, c := range refusedFiles {
		t.Run(c.name, func(t *testing.T) {
			obs, err := ingest.ReadIndicators(strings.NewReader(c.body), "f.csv")
			if err == nil || obs != nil {
				t.Fatalf("got %d rows, err %v; want refusal", len(obs), err)
			}
			if !errors.Is(err, ingest.ErrBadFile) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want ErrBadFile mentioning %q", err, c.want)
			}
		})
	}
}

func TestReadIndicatorsDecimalComma(t *testing.T) {
	obs, err := ingest.ReadIndicators(strings.NewReader(header+"unemployment_rate,MA,total,total,15+,total,2024,\"13,3\",percent,HCP,,\n"), "f.csv")
	if err != nil || len(obs) != 1 || obs[0].Value != 13.3 {
		t.Fatalf("got %+v, %v", obs, err)
	}
}

func TestReadIndicatorsContradictionNamesBothLines(t *testing.T) {
	body := header + row() + row("geo", "MA-04") + row("value", "13,4")
	obs, err := ingest.ReadIndicators(strings.NewReader(body), "f.csv")
	if err == nil || obs != nil {
		t.Fatalf("got %d rows, err %v; want the file refused", len(obs), err)
	}
	var re *ingest.RowError
	if !errors.As(err, &re) || re.Line != 4 || re.Field != "value" || !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("err = %v, want line 4, field value, naming line 2", err)
	}
}

func TestReadIndicatorFileCountsRepeatedRows(t *testing.T) {
	// the same cell and value, written differently and with another source
	body := header + row() + row("geo", "MA-04") + row("value", "13,3", "reported_by", "another site") + row()
	f, err := ingest.ReadIndicatorFile(strings.NewReader(body), "f.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Observations) != 2 || f.Duplicates != 2 {
		t.Fatalf("got %d observations, %d duplicates; want 2 and 2", len(f.Observations), f.Duplicates)
	}
	if f.Observations[0].ReportedBy != "test" {
		t.Fatalf("kept %+v, want the first row of the cell", f.Observations[0])
	}
}
