package markup

import (
	"bytes"
	"html"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// isJobPosting reports whether an itemtype names schema.org's JobPosting.
func isJobPosting(itemtype string) bool {
	for _, t := range strings.Fields(itemtype) {
		if strings.HasSuffix(strings.TrimSuffix(t, "/"), "schema.org/JobPosting") {
			return true
		}
	}
	return false
}

// item reads a microdata item as the JSON-LD object it stands for: each
// itemprop of its subtree (a nested item's own properties left to it) is
// a member, a nested itemscope an object. A property given twice keeps
// its first value, but for skills, joined with ", ".
func (p *parser) item(n *xhtml.Node) map[string]any {
	obj := map[string]any{}
	var rec func(*xhtml.Node)
	rec = func(c *xhtml.Node) {
		for ; c != nil; c = c.NextSibling {
			if c.Type != xhtml.ElementNode {
				continue
			}
			props := strings.Fields(attr(c, "itemprop"))
			scope := hasAttr(c, "itemscope")
			if len(props) > 0 {
				var v any
				if scope {
					v = p.item(c)
				} else {
					v = p.value(c, props)
				}
				for _, name := range props {
					setProp(obj, name, v)
				}
			}
			if !scope {
				rec(c.FirstChild)
			}
		}
	}
	rec(n.FirstChild)
	return obj
}

func setProp(obj map[string]any, name string, v any) {
	old, ok := obj[name]
	if !ok {
		obj[name] = v
		return
	}
	if s, isStr := v.(string); isStr && name == "skills" {
		if o, oldStr := old.(string); oldStr {
			obj[name] = o + ", " + s
		}
	}
}

// value is a property's value as microdata defines it: an attribute for
// meta, links, media and time, the text otherwise; a description keeps
// its markup, so that ingestion cuts it into lines.
func (p *parser) value(n *xhtml.Node, props []string) string {
	switch n.DataAtom {
	case atom.Meta:
		return attr(n, "content")
	case atom.A, atom.Link, atom.Area:
		u, _ := p.resolve(attr(n, "href"))
		return u
	case atom.Img, atom.Audio, atom.Video, atom.Source, atom.Iframe, atom.Embed:
		u, _ := p.resolve(attr(n, "src"))
		return u
	case atom.Time:
		if d := attr(n, "datetime"); d != "" {
			return d
		}
	case atom.Data, atom.Meter:
		return attr(n, "value")
	}
	if hasAttr(n, "content") {
		return attr(n, "content")
	}
	for _, name := range props {
		if name == "description" {
			return inner(n)
		}
	}
	return strings.Join(strings.Fields(text(n)), " ")
}

// inner is the markup inside n.
func inner(n *xhtml.Node) string {
	var b bytes.Buffer
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		_ = xhtml.Render(&b, c)
	}
	return b.String()
}

// unescape decodes the entities of an escaped fragment (&lt;p&gt;).
func unescape(s string) string { return html.UnescapeString(s) }
