package feed

import (
	"encoding/xml"
	"strings"

	"github.com/marsad/marsad/ingest/collect"
)

// node is an XML element read whole.
type node struct {
	XMLName  xml.Name
	Attrs    []xml.Attr `xml:",any,attr"`
	Text     string     `xml:",chardata"`
	Children []node     `xml:",any"`
}

func (n node) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// record turns a feed item (RSS item or Atom entry) into an ad record:
// title, url (the item's link), description (content:encoded, content,
// description or summary: the longest), posted (pubDate, published,
// dc:date or updated), and every other simple child under its own name
// (category, author, and the company, city or contract that job boards'
// feeds add), which ingestion maps by its aliases or keeps. An item with
// neither title nor link is nil.
func (n node) record() collect.Record {
	rec := collect.Record{}
	var desc, posted string
	for _, c := range n.Children {
		name, text := c.XMLName.Local, strings.TrimSpace(c.Text)
		switch strings.ToLower(name) {
		case "link":
			if href := c.attr("href"); href != "" && (c.attr("rel") == "" || c.attr("rel") == "alternate") {
				text = href
			}
			if text != "" && rec["url"] == nil {
				rec["url"] = text
			}
		case "encoded", "content", "description", "summary":
			if len(text) > len(desc) {
				desc = text
			}
		case "pubdate", "published", "date", "issued":
			if posted == "" {
				posted = text
			}
		case "updated", "modified":
			if posted == "" {
				posted = text
			}
		case "author", "creator":
			if a := authorName(c); a != "" {
				rec["author"] = a
			}
		case "category":
			if text == "" {
				text = c.attr("term")
			}
			appendTo(rec, "category", text)
		case "guid", "id":
			rec["guid"] = text
		default:
			if text != "" && len(c.Children) == 0 && rec[name] == nil {
				rec[name] = text
			}
		}
	}
	if desc != "" {
		rec["description"] = desc
	}
	if posted != "" {
		rec["posted"] = posted
	}
	if rec["title"] == nil && rec["url"] == nil {
		return nil
	}
	return rec
}

// authorName is an Atom author's name or an RSS author as written.
func authorName(c node) string {
	for _, g := range c.Children {
		if g.XMLName.Local == "name" {
			return strings.TrimSpace(g.Text)
		}
	}
	return strings.TrimSpace(c.Text)
}

func appendTo(rec collect.Record, key, v string) {
	if v == "" {
		return
	}
	if old, ok := rec[key].(string); ok {
		rec[key] = old + ", " + v
		return
	}
	rec[key] = v
}
