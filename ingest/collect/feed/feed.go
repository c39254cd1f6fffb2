// Package feed reads the XML documents of collect: sitemaps and sitemap
// indexes (sitemaps.org), and RSS 2.0, RSS 1.0 (RDF) and Atom feeds,
// whose items are ads. It uses encoding/xml, with the charsets of
// golang.org/x/net/html/charset for feeds not in UTF-8.
package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html/charset"

	"github.com/marsad/marsad/ingest/collect"
)

// Parse reads a sitemap, a sitemap index or a feed; it is a
// collect.ParseFunc. An XML document of another kind is a page of no
// kind; one that is not XML is an error.
func Parse(r collect.Response) (collect.Page, error) {
	dec := xml.NewDecoder(bytes.NewReader(r.Body))
	dec.CharsetReader = charset.NewReaderLabel
	dec.Strict = false // feeds in the wild carry HTML entities (&nbsp;, &eacute;) undeclared
	dec.Entity = xml.HTMLEntity
	var page collect.Page
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return page, nil
		}
		if err != nil {
			return collect.Page{}, fmt.Errorf("%s: not readable XML: %w", r.URL, err)
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if err := read(dec, start, &page); err != nil {
			return collect.Page{}, fmt.Errorf("%s: %w", r.URL, err)
		}
	}
}

// read handles one start element: the root tells the kind; url and
// sitemap entries, items and entries are decoded whole.
func read(dec *xml.Decoder, start xml.StartElement, page *collect.Page) error {
	switch strings.ToLower(start.Name.Local) {
	case "urlset", "sitemapindex":
		page.Kind = collect.PageSitemap
	case "rss", "feed", "rdf":
		page.Kind = collect.PageFeed
	case "url", "sitemap":
		if page.Kind != collect.PageSitemap {
			return nil
		}
		var e struct {
			Loc     string `xml:"loc"`
			Lastmod string `xml:"lastmod"`
		}
		if err := dec.DecodeElement(&e, &start); err != nil {
			return err
		}
		loc := strings.TrimSpace(e.Loc)
		if loc == "" {
			return nil
		}
		if start.Name.Local == "sitemap" {
			page.Next = append(page.Next, loc)
		} else {
			page.Links = append(page.Links, collect.Link{URL: loc, Lastmod: strings.TrimSpace(e.Lastmod)})
		}
	case "item", "entry":
		if page.Kind != collect.PageFeed {
			return nil
		}
		var n node
		if err := dec.DecodeElement(&n, &start); err != nil {
			return err
		}
		if rec := n.record(); rec != nil {
			page.Ads = append(page.Ads, rec)
		}
	}
	return nil
}
