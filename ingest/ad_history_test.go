package ingest

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func TestReadAdHistory(t *testing.T) {
	in := "month,isco,region,ads,source\n2024-01,2512,MA-06,42,demo generator\n2024-02,2512,MA-06,0,demo generator\n"
	rows, err := ReadAdHistory(strings.NewReader(in), "h.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []AdCount{{"2024-01", "2512", "MA-06", 42, "demo generator"}, {"2024-02", "2512", "MA-06", 0, "demo generator"}}
	if len(rows) != 2 || rows[0] != want[0] || rows[1] != want[1] {
		t.Errorf("rows = %+v, want %+v", rows, want)
	}
}

func TestReadAdHistoryRejects(t *testing.T) {
	const head = "month,isco,region,ads,source\n"
	const ok = "2024-01,2512,MA-06,1,demo generator\n"
	cases := []struct{ name, in, want string }{
		{"bad header", "month,isco,geo,ads,source\n", `h.csv:1: header column 3 is "geo", want "region"`},
		{"empty file", "", "h.csv:1: header: EOF"},
		{"month", head + ok + "2024-13,2512,MA-06,1,x\n", `h.csv:3: field month: got "2024-13", want YYYY-MM`},
		{"isco", head + "2024-01,251,MA-06,1,x\n", `h.csv:2: field isco: got "251"`},
		{"region", head + "2024-01,2512,Casablanca,1,x\n", `h.csv:2: field region: got "Casablanca"`},
		{"negative", head + "2024-01,2512,MA-06,-3,x\n", `h.csv:2: field ads: got "-3"`},
		{"fraction", head + "2024-01,2512,MA-06,2.5,x\n", `h.csv:2: field ads: got "2.5"`},
		{"source", head + "2024-01,2512,MA-06,2,\n", "h.csv:2: field source: empty"},
		{"repeat", head + ok + ok, "h.csv:3: 2024-01 2512 MA-06 repeats line 2"},
		{"columns", head + "2024-01,2512,MA-06,2\n", "h.csv:2: record on line 2: wrong number of fields"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadAdHistory(strings.NewReader(c.in), "h.csv")
			var re *RowError
			if !errors.Is(err, ErrBadFile) || !errors.As(err, &re) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want a RowError with %q", err, c.want)
			}
		})
	}
}

// TestSeedAdHistoryReads reads the bundled demo history whole.
func TestSeedAdHistoryReads(t *testing.T) {
	f, err := os.Open("seed/ad_history/monthly_ad_counts.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := ReadAdHistory(f, f.Name())
	if err != nil {
		t.Fatal(err)
	}
	months := map[string]bool{}
	for _, r := range rows {
		months[r.Month] = true
	}
	if len(months) != 82 || !months["2019-01"] || !months["2025-10"] || rows[0].Source != "demo generator" {
		t.Errorf("%d rows over %d months; want 2019-01..2025-10 (82) from the demo generator", len(rows), len(months))
	}
}
