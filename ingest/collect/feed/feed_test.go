package feed_test

import (
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/marsad/marsad/ingest/collect"
	"github.com/marsad/marsad/ingest/collect/feed"
)

func parse(t *testing.T, body string) collect.Page {
	t.Helper()
	p, err := feed.Parse(collect.Response{URL: "https://www.rekrute.example/feed", Body: []byte(body)})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSitemapAndIndex(t *testing.T) {
	p := parse(t, `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc> https://www.rekrute.example/sitemap-offres-1.xml </loc></sitemap><sitemap><loc>https://www.rekrute.example/sitemap-offres-2.xml</loc></sitemap></sitemapindex>`)
	if p.Kind != collect.PageSitemap || len(p.Next) != 2 || p.Next[0] != "https://www.rekrute.example/sitemap-offres-1.xml" {
		t.Errorf("index: %+v", p)
	}
	p = parse(t, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://www.rekrute.example/offre-1001.html</loc><lastmod>2026-11-06T10:00:00+01:00</lastmod></url><url><loc>https://www.rekrute.example/</loc></url></urlset>`)
	if p.Kind != collect.PageSitemap || len(p.Links) != 2 || p.Links[0].Lastmod != "2026-11-06T10:00:00+01:00" || p.Links[1].Lastmod != "" {
		t.Errorf("urlset: %+v", p)
	}
}

// An Atom entry gives its alternate link, the longer of summary and
// content, its published date and its author's name.
func TestAtom(t *testing.T) {
	p := parse(t, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Offres</title>
<entry><title>Chef de chantier - Marrakech</title><link rel="alternate" href="https://www.rekrute.example/offre-2001.html"/>
<link rel="edit" href="https://www.rekrute.example/edit/2001"/><id>urn:offre:2001</id>
<published>2026-11-03T09:00:00Z</published><updated>2026-11-04T09:00:00Z</updated><author><name>BTP Atlas</name></author>
<summary>Chef de chantier</summary><content type="html">&lt;p&gt;BTP Atlas recrute un chef de chantier pour ses projets à Marrakech.&lt;/p&gt;</content></entry></feed>`)
	if p.Kind != collect.PageFeed || len(p.Ads) != 1 {
		t.Fatalf("atom: %+v", p)
	}
	a := p.Ads[0]
	if a["title"] != "Chef de chantier - Marrakech" || a["url"] != "https://www.rekrute.example/offre-2001.html" || a["posted"] != "2026-11-03T09:00:00Z" ||
		a["author"] != "BTP Atlas" || a["description"] != "<p>BTP Atlas recrute un chef de chantier pour ses projets à Marrakech.</p>" {
		t.Errorf("entry: %v", a)
	}
}

// An RSS feed in ISO-8859-1 with HTML entities, and job boards' own
// elements (company, city), is read.
func TestRSSLatin1WithEntities(t *testing.T) {
	body, err := charmap.ISO8859_1.NewEncoder().String(`<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel>
<item><title>Comptable&nbsp;confirmé</title><link>https://www.rekrute.example/offre-3001.html</link><company>Fiduciaire Bennani</company>
<city>Casablanca</city><description>Tenue de la comptabilité</description><category>Finance</category><category>Audit</category></item>
<item><description>sans titre ni lien</description></item></channel></rss>`)
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, body)
	if len(p.Ads) != 1 {
		t.Fatalf("rss: %+v", p)
	}
	a := p.Ads[0]
	if a["title"] != "Comptable\u00a0confirmé" || a["company"] != "Fiduciaire Bennani" || a["city"] != "Casablanca" || a["category"] != "Finance, Audit" {
		t.Errorf("item: %v", a)
	}
}
