package collect

import (
	"bytes"
	"strings"
)

// Kinds of page.
const (
	PageUnknown = ""
	PageHTML    = "html"    // an ad page or a listing page
	PageSitemap = "sitemap" // a sitemap or a sitemap index
	PageFeed    = "feed"    // RSS or Atom
	PageExport  = "export"  // CSV or JSON (Lines) ads
)

// Record is one ad as a page gives it: a schema.org JobPosting object
// (title, description, datePosted, hiringOrganization, jobLocation,
// baseSalary, employmentType…) or a feed item (title, description, url,
// posted), in the members ingestion reads (see ingest's JSON Lines
// reader).
type Record map[string]any

// Link is an address found on a page, with the last modification its
// sitemap gives ("" when none).
type Link struct {
	URL     string `json:"url"`
	Lastmod string `json:"lastmod,omitempty"`
}

// Page is what a parser read from a response.
type Page struct {
	Kind string
	// Ads are the JobPosting records of an HTML page, or a feed's items.
	Ads []Record
	// Links are the addresses of a listing page or a sitemap that may
	// be ad pages (filtered by the source's ad_links), in page order.
	Links []Link
	// Next are further pages of the same listing (pagination), or the
	// sitemaps of a sitemap index.
	Next []string
}

// ParseFunc reads a response of its kind (HTML for collect/markup, XML
// for collect/feed). It returns an error only for a body it cannot read
// at all; a page without ads or links is a Page without them.
type ParseFunc func(r Response) (Page, error)

// kindOf tells what a body holds from its start and its content type.
func kindOf(contentType string, body []byte) string {
	head := bytes.ToLower(bytes.TrimSpace(bytes.TrimPrefix(body[:min(len(body), 1024)], []byte("\ufeff"))))
	ct := strings.ToLower(contentType)
	switch {
	case bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) || strings.Contains(ct, "html"):
		return PageHTML
	case bytes.HasPrefix(head, []byte("<")) || strings.Contains(ct, "xml"):
		if bytes.Contains(head, []byte("<urlset")) || bytes.Contains(head, []byte("<sitemapindex")) {
			return PageSitemap
		}
		if bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<feed")) || bytes.Contains(head, []byte("<rdf")) {
			return PageFeed
		}
		return PageUnknown
	case bytes.HasPrefix(head, []byte("{")) || bytes.HasPrefix(head, []byte("[")) || strings.Contains(ct, "csv") || strings.Contains(ct, "json"):
		return PageExport
	case bytes.ContainsAny(head, ",;\t") && bytes.Contains(head, []byte("\n")):
		return PageExport
	}
	return PageUnknown
}
