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
	{"unknown series", seriesHeader + "unemployment_rate,MA,total,total,15+,total,2024,13.3,percent,HCP,,,ene_2025,\n", "f.csv:2: field series"},
	{"series against its period", seriesHeader + "unemployment_rate,MA,total,total,15+,total,2024,13.3,percent,HCP,,,ene_pre2017,\n", "f.csv:2: field series"},
	{"census series on a survey figure", seriesHeader + "unemployment_rate,MA,total,total,15+,total,2024,13.3,percent,HCP,,,census_2024,\n", "f.csv:2: field series"},
	{"relay that is no address", seriesHeader + "unemployment_rate,MA,total,total,15+,total,2024,13.3,percent,HCP,LNT,https://www.hcp.ma/a.html,ene_2017,javascript:alert(1)\n", "f.csv:2: field relay_url"},
}

// seriesHeader is the long format with its two optional columns.
const seriesHeader = "indicator,geo,area,sex,age,diploma,period,value,unit,publisher,reported_by,source_url,series,relay_url\n"

// TestReadIndicatorsSeriesAndRelay: the optional columns are read in any
// order, an empty series is left empty (the rule applies when answering),
// and a file of the twelve columns alone still reads.
func TestReadIndicatorsSeriesAndRelay(t *testing.T) {
	body := "relay_url,indicator,geo,area,sex,age,diploma,period,value,unit,publisher,reported_by,source_url,series\n" +
		"https://lnt.ma/a,unemployment_rate,MA,total,total,15+,total,2016,9.9,percent,HCP,LNT,https://www.hcp.ma/n.html,ene_pre2017\n" +
		",unemployment_rate,MA,total,total,15+,total,2024,13.3,percent,HCP,LNT,https://lnt.ma/b,\n"
	obs, err := ingest.ReadIndicators(strings.NewReader(body), "f.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(obs) != 2 || obs[0].Series != "ene_pre2017" || obs[0].RelayURL != "https://lnt.ma/a" || obs[0].SourceURL != "https://www.hcp.ma/n.html" ||
		obs[1].Series != "" || obs[1].RelayURL != "" {
		t.Fatalf("read %+v", obs)
	}
	old, err := ingest.ReadIndicators(strings.NewReader(header+"unemployment_rate,MA,total,total,15+,total,2016,9.9,percent,HCP,LNT,https://lnt.ma/a\n"), "old.csv")
	if err != nil || len(old) != 1 || old[0].Series != "" {
		t.Fatalf("a twelve-column file = %+v, %v", old, err)
	}
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
