package ingest

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func readAll(t *testing.T, format, input string) ([]*rawAd, *columnMap) {
	t.Helper()
	rd, err := newAdReader(strings.NewReader(input), format)
	if err != nil {
		t.Fatalf("newAdReader: %v", err)
	}
	var out []*rawAd
	for {
		r, err := rd.next()
		if err == io.EOF {
			return out, rd.columns()
		}
		if err != nil {
			t.Fatalf("next: %v", err)
		}
		out = append(out, r)
	}
}

// The inputs of the reader tests, also the seeds of the readers' fuzz
// targets.
const (
	csvAliasesInput = "\ufeffRéf,Intitulé du poste,Société,Ville,Salaire,Date de publication,nb_postes\r\n" +
		"1,Soudeur TIG,Acme SARL,Casa,6000-8000 DH,03/05/2024,3\r\n" +
		"2,\"Comptable\r\nconfirmé\",\"Beta, SA\",Rabat,,,\r\n" +
		"3,trop,de,champs,ici,x,y,z\r\n" +
		"4,Chauffeur,,Fès,,,\r\n"
	csvBadQuoteInput = "title,city\nSoudeur,Tanger\nbad \"quote\" here\",Rabat\nMaçon,Fès\n"
	jsonlMessyInput  = "\ufeff{\"intitule\":\"Infirmier\",\"ville\":\"الرباط\",\"competences\":[\"Soins\",\"Anglais\"],\"nombre_postes\":2,\"agence\":null}\n" +
		"\n" +
		"{\"title\": \"Développeur\", \"description\": \"<p>Java &amp; SQL</p>\"\n" +
		"{\"title\":\"Caissier\",\"posted\":\"Hier\",\"salary\":3200.5}\r\n" +
		"[1,2]\n"
	jsonlNestedInput = `{"jobId":"RK-1","jobTitle":"Responsable logistique","company":{"name":"Atlas Distribution","sector":"Distribution"},"location":{"city":"Casa","country":"Maroc"},"contractType":"CDI","datePosted":"2025-11-24"}` + "\n" +
		`{"@context":"https://schema.org/","@type":"JobPosting","title":"Infirmier polyvalent","datePosted":"2025-11-18","hiringOrganization":{"@type":"Organization","name":"Clinique Al Amal"},` +
		`"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Agadir","addressRegion":"Souss-Massa"}},` +
		`"baseSalary":{"@type":"MonetaryAmount","currency":"MAD","value":{"@type":"QuantitativeValue","minValue":7000,"maxValue":9000,"unitText":"MONTH"}}}` + "\n"
)

func TestCSVAliasesBOMAndLines(t *testing.T) {
	recs, cols := readAll(t, "csv", csvAliasesInput)
	if len(recs) != 4 {
		t.Fatalf("read %d records, want 4", len(recs))
	}
	want := map[string]string{"Réf": "id", "Intitulé du poste": "title", "Société": "employer", "Ville": "city", "Salaire": "salary", "Date de publication": "posted"}
	if d := cmp.Diff(want, cols.Mapped); d != "" {
		t.Errorf("mapped columns (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{"nb_postes"}, cols.Unknown); d != "" {
		t.Errorf("unknown columns (-want +got):\n%s", d)
	}
	if r := recs[0]; r.fields[fTitle] != "Soudeur TIG" || r.fields[fCity] != "Casa" || r.extra["nb_postes"] != "3" || r.line != 2 {
		t.Errorf("record 1 = %+v", r)
	}
	if r := recs[1]; r.fields[fTitle] != "Comptable\nconfirmé" || r.fields[fEmployer] != "Beta, SA" || r.line != 3 {
		t.Errorf("record 2 (quoted, multi-line) = line %d %q %q", r.line, r.fields[fTitle], r.fields[fEmployer])
	}
	if r := recs[2]; r.err == nil || r.line != 5 || !strings.Contains(r.raw, "trop") {
		t.Errorf("record 3 with extra fields = %+v, want an error at line 5 with the raw record", r)
	}
	if r := recs[3]; r.err != nil || r.line != 6 {
		t.Errorf("record 4 = %+v, want read at line 6", r)
	}
}

func TestCSVBadQuoteDoesNotStopReading(t *testing.T) {
	recs, _ := readAll(t, "csv", csvBadQuoteInput)
	var lines []int
	var bad []int
	for _, r := range recs {
		lines = append(lines, r.line)
		if r.err != nil {
			bad = append(bad, r.line)
		}
	}
	if len(bad) != 1 || bad[0] != 3 || recs[len(recs)-1].fields[fTitle] != "Maçon" {
		t.Fatalf("records at lines %v, bad %v: want line 3 bad and reading to go on to Maçon", lines, bad)
	}
}

func TestJSONLinesMessy(t *testing.T) {
	recs, cols := readAll(t, "jsonl", jsonlMessyInput)
	if len(recs) != 4 {
		t.Fatalf("read %d records, want 4 (the blank line skipped)", len(recs))
	}
	if r := recs[0]; r.fields[fTitle] != "Infirmier" || r.fields[fCity] != "الرباط" || !cmp.Equal(r.skills, []string{"Soins", "Anglais"}) ||
		r.extra["nombre_postes"] != "2" || r.line != 1 {
		t.Errorf("record 1 = %+v", r)
	}
	if r := recs[1]; r.err == nil || r.line != 3 || !strings.HasPrefix(r.raw, "{\"title\": \"Développeur\"") {
		t.Errorf("broken line = %+v, want an error at line 3 with the raw text", r)
	}
	if r := recs[2]; r.err != nil || r.fields[fSalary] != "3200.5" || r.line != 4 {
		t.Errorf("record 3 = %+v", r)
	}
	if r := recs[3]; r.err == nil || r.line != 5 {
		t.Errorf("a JSON array line = %+v, want an error", r)
	}
	if cols.Mapped["intitule"] != "title" || cols.Mapped["competences"] != "skills" {
		t.Errorf("mapped = %v", cols.Mapped)
	}
}

func TestCSVWithoutHeader(t *testing.T) {
	_, err := newAdReader(strings.NewReader(""), "csv")
	var re *RowError
	if !errors.As(err, &re) || re.Line != 1 {
		t.Fatalf("empty CSV: err = %v, want a RowError at line 1", err)
	}
}

func TestColumnKeyRepeatedField(t *testing.T) {
	cm := newColumnMap()
	if cm.field("titre") != fTitle || cm.field("poste") != -1 {
		t.Fatalf("a second title column must stay unknown, not overwrite the first")
	}
	if d := cmp.Diff([]string{"poste"}, cm.Unknown); d != "" {
		t.Errorf("unknown (-want +got):\n%s", d)
	}
}

// Job-site APIs and schema.org JobPosting markup name members in
// camelCase and nest them; records of one file may use different names.
func TestJSONLinesNestedCamelCaseAndSchemaOrg(t *testing.T) {
	recs, _ := readAll(t, "jsonl", jsonlNestedInput)
	want := []map[field]string{
		{fID: "RK-1", fTitle: "Responsable logistique", fEmployer: "Atlas Distribution", fCity: "Casa", fContract: "CDI", fPosted: "2025-11-24"},
		{fTitle: "Infirmier polyvalent", fEmployer: "Clinique Al Amal", fCity: "Agadir", fRegion: "Souss-Massa", fPosted: "2025-11-18", fSalary: "7000-9000 MAD par mois"},
	}
	for i, r := range recs {
		got := map[field]string{}
		for f, v := range r.fields {
			if v != "" {
				got[field(f)] = v
			}
		}
		if d := cmp.Diff(want[i], got); d != "" {
			t.Errorf("record %d (-want +got):\n%s", i+1, d)
		}
		if _, ok := r.extra["@type"]; ok {
			t.Errorf("record %d keeps JSON-LD's @type: %v", i+1, r.extra)
		}
	}
	if s := parseSalary(recs[1].fields[fSalary]); s.min != 7000 || s.max != 9000 {
		t.Errorf("schema.org salary read as %+v", s)
	}
}
