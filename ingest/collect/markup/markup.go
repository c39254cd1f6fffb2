// Package markup reads HTML pages for collect: the schema.org JobPosting
// ads a page carries (JSON-LD, and microdata when a page has no JSON-LD
// posting), and the links of a listing page with its pagination. It
// parses with golang.org/x/net/html, after decoding the page's charset
// (golang.org/x/net/html/charset: windows-1256 and windows-1252 pages are
// common on Moroccan sites).
package markup

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/marsad/marsad/ingest/collect"
)

// Parse reads an HTML page: see the package doc. It is a
// collect.ParseFunc; it fails only when the page cannot be decoded.
func Parse(r collect.Response) (collect.Page, error) {
	body, err := charset.NewReader(bytes.NewReader(r.Body), r.ContentType)
	if err != nil {
		return collect.Page{}, fmt.Errorf("%s: cannot decode the page: %w", r.URL, err)
	}
	doc, err := html.Parse(body)
	if err != nil {
		return collect.Page{}, fmt.Errorf("%s: cannot parse the page: %w", r.URL, err)
	}
	base, err := url.Parse(r.URL)
	if err != nil {
		return collect.Page{}, fmt.Errorf("%q: %w", r.URL, err)
	}
	p := &parser{base: base, seen: map[string]bool{}}
	p.walk(doc)
	page := collect.Page{Kind: collect.PageHTML, Ads: p.jsonLD, Links: p.links, Next: p.next}
	if len(page.Ads) == 0 {
		page.Ads = p.microdata
	}
	return page, nil
}

// parser gathers what one page holds.
type parser struct {
	base      *url.URL
	jsonLD    []collect.Record
	microdata []collect.Record
	links     []collect.Link
	next      []string
	seen      map[string]bool // links already listed
}

func (p *parser) walk(n *html.Node) {
	if n.Type == html.ElementNode {
		switch {
		case n.DataAtom == atom.Script && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json"):
			p.readJSONLD(text(n))
			return
		case n.DataAtom == atom.Base && attr(n, "href") != "":
			if u, err := p.base.Parse(attr(n, "href")); err == nil {
				p.base = u
			}
		case hasAttr(n, "itemscope") && isJobPosting(attr(n, "itemtype")) && !hasAttr(n, "itemprop"):
			p.microdata = append(p.microdata, collect.Record(p.item(n)))
		case n.DataAtom == atom.Link && hasWord(attr(n, "rel"), "next"):
			p.addNext(attr(n, "href"))
		case n.DataAtom == atom.A && attr(n, "href") != "":
			p.anchor(n)
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.walk(c)
	}
}

// anchor lists a link, as a further page of the listing when it reads as
// one (rel="next", a class or label saying next, or the words of a
// "next" button).
func (p *parser) anchor(n *html.Node) {
	if isNextLink(n) {
		p.addNext(attr(n, "href"))
		return
	}
	p.addLink(attr(n, "href"), "")
}

func (p *parser) resolve(href string) (string, bool) {
	u, err := p.base.Parse(strings.TrimSpace(href))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return "", false
	}
	u.Fragment = ""
	return u.String(), true
}

func (p *parser) addLink(href, lastmod string) {
	if u, ok := p.resolve(href); ok && !p.seen[u] {
		p.seen[u] = true
		p.links = append(p.links, collect.Link{URL: u, Lastmod: lastmod})
	}
}

func (p *parser) addNext(href string) {
	u, ok := p.resolve(href)
	if !ok {
		return
	}
	for _, n := range p.next {
		if n == u {
			return
		}
	}
	p.next = append(p.next, u)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func hasWord(s, w string) bool {
	for _, f := range strings.Fields(strings.ToLower(s)) {
		if f == w {
			return true
		}
	}
	return false
}

// text is the text inside n, its descendants' included.
func text(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return b.String()
}
