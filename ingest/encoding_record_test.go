package ingest_test

import (
	"context"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/marsad/marsad/ingest"
)

// arabicAd is a record written in Arabic, as an Arabic Windows
// spreadsheet saves it in Windows-1256.
const arabicAd = "مطلوب لحام,الدار البيضاء,لحام بخبرة سنتين في الورشة"

func mustEncode(t *testing.T, enc *charmap.Charmap, s string) string {
	t.Helper()
	b, err := enc.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A line of another encoding inside a UTF-8 file is quarantined with the
// encoding it looks like, the rest of the file read as UTF-8: decoding it
// on a guess stored mojibake, and when it came first the whole file was
// read as Windows-1252.
func TestRecordNotInUTF8IsQuarantined(t *testing.T) {
	utf8Rows := "Soudeur TIG,Tanger,Soudure inox et acier\n" + "ممرض,الرباط,ممرض مجاز للعمل في مصحة خاصة\n" +
		"Comptable confirmé,Fès,Tenue de la comptabilité générale\n"
	filler := strings.Repeat("Électricien bâtiment,Agadir,Câblage des logements et des bureaux à Agadir\n", 150) // past the first 8 KiB
	for _, c := range []struct {
		name, before, bad, after, looks string
		line                            int
	}{
		{"windows-1256 first", "", mustEncode(t, charmap.Windows1256, arabicAd), utf8Rows, "Windows-1256", 2},
		{"windows-1256 after 8 KiB", utf8Rows + filler, mustEncode(t, charmap.Windows1256, arabicAd), "", "Windows-1256", 155},
		{"windows-1252 among utf-8", utf8Rows, mustEncode(t, charmap.Windows1252, "Secrétaire médicale,Rabat,Accueil des patients"), "", "Windows-1252", 5},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			in := "titre,ville,description\n" + c.before + c.bad + "\n" + c.after
			s := mustJobMarket(t, "")
			sum, err := mustPipeline(t, s, ingest.Options{DataDir: dir}).Ingest(context.Background(), "", "mixed.csv", strings.NewReader(in))
			if err != nil {
				t.Fatal(err)
			}
			if sum.Quarantined != 1 || sum.Read != strings.Count(in, "\n")-1 || len(sum.Encodings) != 0 {
				t.Fatalf("summary %+v: want every line read as UTF-8 and the other one quarantined", sum)
			}
			q, err := ingest.ReadQuarantine(filepath.Join(dir, ingest.QuarantineFile))
			if err != nil || len(q) != 1 {
				t.Fatalf("quarantine = %+v, %v", q, err)
			}
			if e := q[0]; e.Line != c.line || !strings.Contains(e.Reason, "not UTF-8 (looks like "+c.looks+")") {
				t.Errorf("quarantine entry at line %d: %q; want line %d, not UTF-8 (looks like %s)", e.Line, e.Reason, c.line, c.looks)
			}
			if c.looks == "Windows-1256" && !strings.Contains(q[0].Raw, "مطلوب لحام") {
				t.Errorf("raw %q; want the record decoded as it looks, for the operator to read", q[0].Raw)
			}
			for _, ad := range storedBySourceID(t, s) {
				if strings.ContainsAny(ad.Title+ad.Description, "ÇÏÑ\ufffd") {
					t.Errorf("stored ad with mojibake: %q %q", ad.Title, ad.Description)
				}
			}
		})
	}
}

// A file in Windows-1256 throughout, as Arabic Windows saves it, is read
// as such.
func TestWindows1256FileIsDecoded(t *testing.T) {
	in := mustEncode(t, charmap.Windows1256, "المنصب,المدينة,الوصف\n"+arabicAd+"\n")
	r, enc := ingest.DecodeInput(strings.NewReader(in))
	got, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	if enc != ingest.EncodingWindows1256 || !strings.Contains(string(got), "مطلوب لحام") {
		t.Errorf("read as %s: %.60q; want windows-1256 and the Arabic text", enc, got)
	}
}

// A note or a profile file with a line of another encoding is refused
// with that line: read on, each bad byte would become U+FFFD.
func TestNoteAndProfilesNotInUTF8AreRefusedWithTheLine(t *testing.T) {
	bad := mustEncode(t, charmap.Windows1256, "البطالة في الدار البيضاء")
	_, err := ingest.ReadNote(strings.NewReader("---\ntitle: Chômage à Casablanca\n---\nLe taux baisse.\n"+bad+"\n"), "n.md", "HCP")
	var re *ingest.RowError
	if !errors.As(err, &re) || re.Line != 5 || !strings.Contains(re.Error(), "not UTF-8 (looks like Windows-1256)") {
		t.Errorf("ReadNote: %v; want a RowError at line 5, not UTF-8 (looks like Windows-1256)", err)
	}
	in := "[{\"id\": \"p\", \"isco\": \"7212\",\n \"names\": {\"fr\": \"Soudeur\", \"ar\": \"" + mustEncode(t, charmap.Windows1256, "لحام") + "\"}}]"
	_, err = ingest.ReadProfiles(strings.NewReader(in), "p.json", "test")
	if !errors.As(err, &re) || re.Line != 2 || !strings.Contains(re.Error(), "not UTF-8") {
		t.Errorf("ReadProfiles: %v; want a RowError at line 2, not UTF-8", err)
	}
}
