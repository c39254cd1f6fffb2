package ingest_test

import (
	"context"
	"strings"
	"testing"

	"github.com/marsad/marsad/ingest"
)

// Addresses that are not web pages are dropped at ingestion: in a
// citation, javascript: runs in the reader's browser and data: or file:
// show what the source never published.
var badAddresses = []string{"javascript:alert(document.cookie)", " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
	"file:///etc/passwd", "vbscript:msgbox(1)", "//evil.example/x", "offre-123.html", "https://" + strings.Repeat("a", 3000) + ".ma/"}

func TestAdAddressesAreHTTPOnly(t *testing.T) {
	var in strings.Builder
	in.WriteString(`{"id":"good","title":"Soudeur","city":"Tanger","url":" HTTPS://www.Emploi.ma/offre/1 "}` + "\n")
	for i, u := range badAddresses {
		in.WriteString(jsonLine(t, map[string]any{"id": "bad" + string(rune('a'+i)), "title": "Maçon " + u, "city": "Fès", "url": u}))
	}
	s := mustJobMarket(t, "")
	sum, err := mustPipeline(t, s, ingest.Options{}).Ingest(context.Background(), "ads", "urls.jsonl", strings.NewReader(in.String()))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Loaded != 1+len(badAddresses) {
		t.Fatalf("summary %+v: want every ad loaded, without its bad address", sum)
	}
	ads := storedBySourceID(t, s)
	if got := ads["good"]; got.URL != "HTTPS://www.Emploi.ma/offre/1" || got.SourceSite != "emploi.ma" || got.Meta["url_dropped"] != "" {
		t.Errorf("good ad: url %q, site %q, meta %v", got.URL, got.SourceSite, got.Meta)
	}
	for i, u := range badAddresses {
		got := ads["bad"+string(rune('a'+i))]
		if got.URL != "" || got.Meta["url_dropped"] == "" || strings.Contains(got.SourceSite, "evil") {
			t.Errorf("ad with url %.40q: stored url %.40q, site %q, url_dropped %q; want no url, a note", u, got.URL, got.SourceSite, got.Meta["url_dropped"])
		}
	}
}

func TestNoteAndProfileAddressesAreHTTPOnly(t *testing.T) {
	for _, u := range badAddresses {
		n, err := ingest.ReadNote(strings.NewReader("---\ntitle: Note\nurl: '"+u+"'\n---\nLe chômage baisse.\n"), "n.md", "HCP")
		if err != nil {
			t.Fatal(err)
		}
		if d := n.Document(); n.URL != "" || d.URL != "" || d.Meta["url_dropped"] == "" {
			t.Errorf("note with url %.40q: url %.40q, document url %.40q, meta %v; want none, a note", u, n.URL, d.URL, d.Meta)
		}
		in := `[{"id":"p","isco":"7212","names":{"fr":"Soudeur"},"url":` + quote(u) +
			`,"trainings":[{"name":"TS","kind":"vocational","provider":"OFPPT","url":` + quote(u) + `}]}]`
		recs, err := ingest.ReadProfiles(strings.NewReader(in), "p.json", "test")
		if err != nil || len(recs) != 1 || recs[0].Err != nil {
			t.Fatalf("ReadProfiles = %+v, %v", recs, err)
		}
		if p := recs[0].Profile; p.URL != "" || p.Trainings[0].URL != "" || recs[0].Notes["url_dropped"] == "" {
			t.Errorf("profile with url %.40q: url %.40q, training url %.40q, notes %v; want none, a note", u, p.URL, p.Trainings[0].URL, recs[0].Notes)
		}
	}
	n, err := ingest.ReadNote(strings.NewReader("---\nurl: https://www.hcp.ma/note\n---\nLe chômage baisse.\n"), "n.md", "HCP")
	if err != nil || n.URL != "https://www.hcp.ma/note" {
		t.Errorf("note with an https url: %q, %v", n.URL, err)
	}
}

func quote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}
