package ingest

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Spreadsheet exports as French offices save them: Windows-1252 with ";",
// and Excel's "Unicode text" (UTF-16 with a BOM, tab separated).
func TestSpreadsheetExportsAreRead(t *testing.T) {
	utf8CSV := "Intitulé;Société;Ville;Salaire\r\nSoudeur TIG;Atlas Métal;Mohammédia;6 000 DH\r\n"
	cp1252, err := charmap.Windows1252.NewEncoder().String(utf8CSV)
	if err != nil {
		t.Fatal(err)
	}
	utf16TSV, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String("titre\tentreprise\tville\r\nServeur\tCafé Atlas\tAgadir\r\n")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, input, encoding   string
		title, employer, salary string
	}{
		{"utf-8 with semicolons", utf8CSV, EncodingUTF8, "Soudeur TIG", "Atlas Métal", "6 000 DH"},
		{"windows-1252 with semicolons", cp1252, EncodingWindows1252, "Soudeur TIG", "Atlas Métal", "6 000 DH"},
		{"utf-16 with tabs", utf16TSV, EncodingUTF16, "Serveur", "Café Atlas", ""},
	}
	for _, c := range cases {
		r, enc := DecodeInput(strings.NewReader(c.input))
		if enc != c.encoding {
			t.Errorf("%s: read as %s, want %s", c.name, enc, c.encoding)
		}
		text, _ := io.ReadAll(r)
		if Sniff(text) != KindAds {
			t.Errorf("%s: sniffed as %q, want ads", c.name, Sniff(text))
		}
		recs, _ := readAll(t, "csv", string(text))
		if len(recs) != 1 {
			t.Fatalf("%s: %d records, want 1", c.name, len(recs))
		}
		f := recs[0].fields
		if f[fTitle] != c.title || f[fEmployer] != c.employer || f[fSalary] != c.salary {
			t.Errorf("%s: title %q employer %q salary %q", c.name, f[fTitle], f[fEmployer], f[fSalary])
		}
	}
}

func TestIndicatorCSVWithSemicolons(t *testing.T) {
	in := "indicator;geo;area;sex;age;diploma;period;value;unit;publisher;reported_by;source_url\n" +
		"unemployment_rate;MA-04;total;total;15+;total;2024;10,1;percent;HCP;test;https://example.ma/x\n"
	if k := Sniff([]byte(in)); k != KindIndicators {
		t.Errorf("sniffed as %q, want indicators", k)
	}
	obs, err := ReadIndicators(bytes.NewReader([]byte(in)), "x.csv")
	if err != nil || len(obs) != 1 || obs[0].Value != 10.1 {
		t.Fatalf("ReadIndicators: %v, %+v", err, obs)
	}
}

func TestCSVCommaIgnoresQuotedSeparators(t *testing.T) {
	for line, want := range map[string]rune{
		`titre,ville,"desc; avec; points-virgules"`: ',',
		`titre;ville;"desc, avec, virgules"`:        ';',
		"titre\tville\tsalaire":                     '\t',
		"titre":                                     ',',
	} {
		if got := csvComma([]byte(line)); got != want {
			t.Errorf("csvComma(%q) = %q, want %q", line, got, want)
		}
	}
}
