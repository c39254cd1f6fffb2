package tools

import (
	"slices"
	"testing"
)

func TestMergeCitationsOneSourcePerAddress(t *testing.T) {
	page := "https://lnt.ma/hcp-2024/"
	obs := []Observation{
		{Indicator: "unemployment_rate", Period: "2022", Publisher: "HCP", ReportedBy: "LNT", SourceURL: page},
		{Indicator: "unemployment_rate", Period: "2023", Publisher: "HCP", ReportedBy: "LNT", SourceURL: page},
		{Indicator: "unemployment_rate", Period: "2024", Publisher: "HCP", ReportedBy: "Le360", SourceURL: "https://le360.ma/x"},
		{Indicator: "unemployment_rate", Period: "2023", Publisher: "HCP", ReportedBy: "LNT", SourceURL: page},
	}
	got := citationsOf(obs)
	if len(got) != 2 {
		t.Fatalf("citations of 4 figures on 2 pages: %d, want 2: %+v", len(got), got)
	}
	if got[0].URL != page || !slices.Equal(got[0].Supports, []string{"2022", "2023"}) || got[0].Period != "2022" {
		t.Errorf("first source = %+v, want %s supporting 2022 and 2023 once each", got[0], page)
	}
	if !slices.Equal(got[1].Supports, []string{"2024"}) {
		t.Errorf("second source supports %q, want 2024", got[1].Supports)
	}
}

func TestMergeCitationsWithoutAddressByID(t *testing.T) {
	got := MergeCitations([]Citation{{ID: "note-a", Kind: KindDocument, Period: "2024-01-01"}, {ID: "note-b"}, {ID: "note-a", Demo: true, Ads: 3}})
	if len(got) != 2 || !got[0].Demo || got[0].Ads != 3 || got[1].ID != "note-b" || got[0].Supports != nil {
		t.Errorf("MergeCitations = %+v, want note-a (demo, 3 ads) then note-b", got)
	}
}

func TestDemoHost(t *testing.T) {
	for host, want := range map[string]bool{
		"emploi-maroc.example": true, "www.jobs-atlas.example": true, "reseau-social.example.": true,
		"x.test": true, "example.com": true, "a.example.org:8080": true, "localhost": true,
		"rekrute.com": false, "anapec.org": false, "examples.ma": false, "myexample.com": false, "": false,
	} {
		if got := DemoHost(host); got != want {
			t.Errorf("DemoHost(%q) = %v, want %v", host, got, want)
		}
	}
	if !DemoAddress("https://www.emploi-maroc.example/offre/1") || DemoAddress("https://www.rekrute.com/offre/1") {
		t.Error("DemoAddress tells a reserved domain's address from a real one wrongly")
	}
}

func TestDisplayURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://aljiha24.ma/articles/%d8%ac%d9%87%d8%a9-%d9%85%d8%b1%d8%a7%d9%83%d8%b4": "aljiha24.ma/articles/جهة-مراكش",
		"https://www.hcp.ma/":               "hcp.ma",
		"https://lnt.ma/a%20b/?p=1":         "lnt.ma/a%20b/?p=1",
		"http://x.ma/%E2%80%8F":             "x.ma/%E2%80%8F", // a direction mark stays escaped
		"https://x.ma/%d8":                  "x.ma/%d8",       // half a rune stays as written
		"https://user:pw@x.ma/%d8%ac":       "https://user:pw@x.ma/%d8%ac",
		"not an address":                    "not an address",
		"https://emploi.ma/offre/123-dev":   "emploi.ma/offre/123-dev",
		"https://ar.le360.ma/%D8%A7%D9%82/": "ar.le360.ma/اق/",
	} {
		if got := DisplayURL(in); got != want {
			t.Errorf("DisplayURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestProfileCitationNeverAPath(t *testing.T) {
	for pub, want := range map[string]Citation{
		"seed/profiles/profiles.json":                    {Kind: KindReference, Publisher: "Marsad", Demo: true},
		"/data/mes_fiches.yaml":                          {Kind: KindReference, Publisher: "Marsad"},
		"Marsad (fiche de démonstration)":                {Kind: KindReference, Publisher: "Marsad", Demo: true},
		"ANAPEC":                                         {Kind: KindDocument, Publisher: "ANAPEC"},
		"Office de la Formation Professionnelle / OFPPT": {Kind: KindDocument, Publisher: "Office de la Formation Professionnelle / OFPPT"},
	} {
		c := Profile{ID: "x", Publisher: pub}.Citation()
		if c.Kind != want.Kind || c.Publisher != want.Publisher || c.Demo != want.Demo {
			t.Errorf("citation of a profile published by %q = %+v, want kind %s, publisher %q, demo %v", pub, c, want.Kind, want.Publisher, want.Demo)
		}
	}
}

func TestDemoAdsHaveNoLink(t *testing.T) {
	demo := Ad{ID: "1", Title: "Soudeur", SourceSite: "emploi-maroc.example", URL: "https://www.emploi-maroc.example/offre/1"}
	real := Ad{ID: "2", Title: "Soudeur", SourceSite: "rekrute.com", URL: "https://www.rekrute.com/offre/2"}
	if c := adCitation(demo); !c.Demo || c.URL != "" || c.ReportedBy != "" {
		t.Errorf("citation of a demo ad = %+v, want demo without address or relay", c)
	}
	if r := adRow(demo, "fr", ProfileSet{}); !r.Demo || r.URL != "" || r.DemoRef != "emploi-maroc.example/offre/1" {
		t.Errorf("row of a demo ad = %+v, want demo without address", r)
	}
	if c := adCitation(real); c.Demo || c.URL != real.URL {
		t.Errorf("citation of a real ad = %+v, want its address, not demo", c)
	}
	cs := adCountCitations(Scope{Sites: []SiteCount{{Site: "emploi-maroc.example", Ads: 27}, {Site: "rekrute.com", Ads: 3}}, From: "2025-01", To: "2025-02"})
	if !cs[0].Demo || cs[0].URL != "" || cs[0].Ads != 27 || cs[1].Demo || cs[1].URL != "https://rekrute.com" {
		t.Errorf("ad count citations = %+v, want the demo site unlinked and marked, the real one linked", cs)
	}
}
