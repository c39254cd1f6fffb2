package markup_test

import (
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/marsad/marsad/ingest/collect"
	"github.com/marsad/marsad/ingest/collect/markup"
)

func parse(t *testing.T, body, contentType string) collect.Page {
	t.Helper()
	p, err := markup.Parse(collect.Response{URL: "https://www.emploi.example/offres", Body: []byte(body), ContentType: contentType})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// JSON-LD postings are found at the top, in a list or in an @graph; a
// block with raw line breaks inside its strings (as sites write them) is
// read; an escaped description is unescaped once.
func TestJSONLD(t *testing.T) {
	page := parse(t, `<html><head>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},
 {"@type":"JobPosting","title":"Soudeur","description":"&lt;p&gt;Soudure TIG&lt;/p&gt;"}]}</script>
<script type="application/ld+json">[{"@type":["JobPosting"],"title":"Infirmier","description":"Soins
en clinique, gardes"}]</script>
<script type="application/ld+json">{"@type":"BreadcrumbList"}</script>
<script type="application/ld+json">{ broken </script>
</head><body></body></html>`, "text/html")
	if len(page.Ads) != 2 || page.Ads[0]["title"] != "Soudeur" || page.Ads[0]["description"] != "<p>Soudure TIG</p>" || page.Ads[1]["title"] != "Infirmier" {
		t.Errorf("ads: %v", page.Ads)
	}
}

// A listing's ItemList gives its ad links; anchors are resolved against
// the page (and <base>); "next" is told by rel, class, label or words,
// in French, English and Arabic.
func TestListingLinksAndNext(t *testing.T) {
	for name, c := range map[string]struct{ html, next string }{
		"rel next":         {`<link rel="next" href="/offres?page=2">`, "https://www.emploi.example/offres?page=2"},
		"class":            {`<li class="pager-next"><a class="next" href="?page=2">›</a></li>`, "https://www.emploi.example/offres?page=2"},
		"suivant":          {`<a href="/offres/2">Suivant »</a>`, "https://www.emploi.example/offres/2"},
		"arabic":           {`<a href="/ar/offres/2">التالي</a>`, "https://www.emploi.example/ar/offres/2"},
		"arrow":            {`<a href="/offres/p2">»</a>`, "https://www.emploi.example/offres/p2"},
		"aria label":       {`<a aria-label="Page suivante" href="/o?p=2"><i class="icon"></i></a>`, "https://www.emploi.example/o?p=2"},
		"precedent is not": {`<a href="/offres/0">‹ Précédent</a>`, ""},
	} {
		page := parse(t, `<html><body>`+c.html+`</body></html>`, "text/html")
		got := ""
		if len(page.Next) > 0 {
			got = page.Next[0]
		}
		if got != c.next {
			t.Errorf("%s: next %q, want %q", name, got, c.next)
		}
	}
	page := parse(t, `<html><head><base href="https://www.emploi.example/fr/"></head><body>
<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,"url":"https://www.emploi.example/offre-1001"},
 {"@type":"ListItem","position":2,"item":{"@id":"https://www.emploi.example/offre-1002"}}]}</script>
<a href="offre-1003#apply">Offre</a><a href="mailto:rh@example.ma">RH</a><a href="javascript:void(0)">x</a></body></html>`, "text/html")
	want := []string{"https://www.emploi.example/offre-1001", "https://www.emploi.example/offre-1002", "https://www.emploi.example/fr/offre-1003"}
	if len(page.Links) != len(want) {
		t.Fatalf("links %v, want %v", page.Links, want)
	}
	for i, l := range page.Links {
		if l.URL != want[i] {
			t.Errorf("link %d: %s, want %s", i, l.URL, want[i])
		}
	}
}

// Microdata is read when the page has no JSON-LD posting: nested items
// become objects, meta and time give their attributes, skills given
// twice are joined.
func TestMicrodata(t *testing.T) {
	page := parse(t, `<html><body><div itemscope itemtype="http://schema.org/JobPosting">
<h1 itemprop="title">Technicien   de maintenance</h1>
<span itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">Sotrama</span></span>
<span itemprop="jobLocation" itemscope itemtype="http://schema.org/Place"><span itemprop="address" itemscope itemtype="http://schema.org/PostalAddress"><span itemprop="addressLocality">Tanger</span></span></span>
<time itemprop="datePosted" datetime="2026-11-12">12 novembre</time><meta itemprop="employmentType" content="CDI">
<span itemprop="skills">électricité</span><span itemprop="skills">automatismes</span>
<div itemprop="description"><p>Maintenance des lignes.</p></div></div></body></html>`, "text/html")
	if len(page.Ads) != 1 {
		t.Fatalf("ads %v", page.Ads)
	}
	a := page.Ads[0]
	org, _ := a["hiringOrganization"].(map[string]any)
	loc, _ := a["jobLocation"].(map[string]any)
	addr, _ := loc["address"].(map[string]any)
	if a["title"] != "Technicien de maintenance" || org["name"] != "Sotrama" || addr["addressLocality"] != "Tanger" ||
		a["datePosted"] != "2026-11-12" || a["employmentType"] != "CDI" || a["skills"] != "électricité, automatismes" || a["description"] != "<p>Maintenance des lignes.</p>" {
		t.Errorf("microdata: %v", a)
	}
}

// A page in windows-1256, as some Arabic boards still serve, is decoded.
func TestArabicPageInWindows1256(t *testing.T) {
	body, err := charmap.Windows1256.NewEncoder().String(`<html><head><meta charset="windows-1256"></head><body>
<script type="application/ld+json">{"@type":"JobPosting","title":"ممرض","jobLocation":{"address":{"addressLocality":"الرباط"}}}</script></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	page := parse(t, body, "text/html")
	if len(page.Ads) != 1 || page.Ads[0]["title"] != "ممرض" {
		t.Errorf("ads %v", page.Ads)
	}
}
