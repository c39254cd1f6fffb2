package ingest

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/marsad/marsad/tools"
)

// Seeds the readers' fuzz targets share with the cases of issue 14: an
// overflowing salary, a line of Windows-1256 (ستة آلاف in bytes E3..),
// markup with > in a comment and an attribute, a javascript: address.
var issue14Fields = []string{"5000 - 99999999999999999999 DH", "\xe3\xd8\xe1\xe6\xc8 \xe1\xcd\xc7\xe3", `<!-- a > b --><a title="x > y">Soudeur</a>`,
	"javascript:alert(1)", "il y a 614891469123651721 mois", "99999999 ans"}

func FuzzCSVAds(f *testing.F) {
	for _, s := range []string{csvAliasesInput, csvBadQuoteInput, "titre;ville;salaire\nSoudeur;Tanger;6 000 DH\n", "titre\n\"a\n"} {
		f.Add(s)
	}
	for _, v := range issue14Fields {
		f.Add("titre,salaire,description,lien,experience,date,ville\nSoudeur," + strings.Repeat(`"`+v+`",`, 5) + `"` + v + "\"\n")
	}
	f.Fuzz(func(t *testing.T, in string) { checkAdReader(t, "csv", in) })
}

func FuzzJSONLAds(f *testing.F) {
	for _, s := range []string{jsonlMessyInput, jsonlNestedInput, "{}\n{\"title\":null}\n", "{\"skills\":[1,{\"a\":[]}]}"} {
		f.Add(s)
	}
	for _, v := range issue14Fields {
		f.Add(`{"title":"Soudeur","salary":"` + v + `","description":"` + v + `","url":"` + v + `","experience":"` + v + `","posted":"` + v + "\"}\n")
	}
	f.Fuzz(func(t *testing.T, in string) { checkAdReader(t, "jsonl", in) })
}

// fuzzNormaliser normalises the fuzzed records: no profiles, a fixed
// reference date.
var fuzzNormaliser = &normaliser{classifier: mustClassifier(), ref: time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC), file: "fuzz"}

// checkAdReader reads in as format to its end and checks what ingestion
// relies on: reading ends; every record has its line, after the previous
// record's; a record that cannot be read says why; and every record read
// is normalised into an ad a store accepts (tools.ValidateAd), in UTF-8,
// or into a quarantine reason.
func checkAdReader(t *testing.T, format, in string) {
	rd, err := newAdReader(strings.NewReader(in), format)
	if err != nil {
		return // a CSV without a header row: the file is refused, with its line
	}
	prev, records := 0, 0
	for {
		r, err := rd.next()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("record %d: %v; a string reader has no error but the end", records+1, err)
		}
		if records++; records > strings.Count(in, "\n")+1 {
			t.Fatalf("%d records from %d lines", records, strings.Count(in, "\n")+1)
		}
		if r.line <= prev {
			t.Fatalf("record %d at line %d, after one at line %d", records, r.line, prev)
		}
		prev = r.line
		checkNormalised(t, r)
	}
}

// checkNormalised checks that r becomes an ad a store accepts, or a
// quarantine reason.
func checkNormalised(t *testing.T, r *rawAd) {
	nr, err := fuzzNormaliser.normalise(context.Background(), r)
	switch {
	case err != nil:
		t.Fatalf("line %d: normalise: %v", r.line, err)
	case r.err != nil && nr.reason == "":
		t.Fatalf("line %d: unreadable (%v) but not quarantined", r.line, r.err)
	case nr.reason != "":
		return
	}
	if err := tools.ValidateAd(nr.ad); err != nil {
		t.Fatalf("line %d: the store would refuse the ad: %v", r.line, err)
	}
	a := nr.ad
	for _, s := range []string{a.Title, a.Description, a.Employer, a.City, a.SalaryText, a.URL} {
		if !utf8.ValidString(s) {
			t.Fatalf("line %d: ad text %q is not UTF-8", r.line, s)
		}
	}
}

func mustClassifier() *Classifier { return NewClassifier(nil, nil) }
