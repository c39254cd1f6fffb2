package markup

import (
	"encoding/json"
	"strings"

	"github.com/marsad/marsad/ingest/collect"
)

// readJSONLD reads one JSON-LD block: its JobPosting objects (at the top,
// in a list, or in an @graph) become ads, and the addresses of an
// ItemList (a listing's ads, as some boards give them) become links. A
// block that is not JSON, even after the raw line breaks that sites leave
// inside strings are made spaces, is left out.
func (p *parser) readJSONLD(src string) {
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		fixed := strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(src)
		if json.Unmarshal([]byte(fixed), &v) != nil {
			return
		}
	}
	p.jsonLDValue(v)
}

func (p *parser) jsonLDValue(v any) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			p.jsonLDValue(e)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			p.jsonLDValue(g)
		}
		switch {
		case hasType(x, "JobPosting"):
			p.jsonLD = append(p.jsonLD, posting(x))
		case hasType(x, "ItemList"):
			p.itemList(x)
		}
	}
}

// posting is a JobPosting as a record: its description unescaped once
// when a site escaped its markup (&lt;p&gt;), so that ingestion reads
// the text and not the tags.
func posting(x map[string]any) collect.Record {
	if d, ok := x["description"].(string); ok && strings.Contains(d, "&lt;") {
		x["description"] = unescape(d)
	}
	return collect.Record(x)
}

// itemList lists the addresses of an ItemList's elements (ListItem url,
// or the url or @id of its item); an element that is a whole JobPosting
// (with its title, not a mere reference) is read as an ad.
func (p *parser) itemList(x map[string]any) {
	elems, _ := x["itemListElement"].([]any)
	for _, e := range elems {
		m, ok := e.(map[string]any)
		if !ok {
			continue
		}
		if hasType(m, "JobPosting") {
			p.jsonLD = append(p.jsonLD, posting(m))
			continue
		}
		if item, ok := m["item"].(map[string]any); ok {
			if hasType(item, "JobPosting") && item["title"] != nil {
				p.jsonLD = append(p.jsonLD, posting(item))
				continue
			}
			m = item
		}
		for _, k := range []string{"url", "@id"} {
			if s, ok := m[k].(string); ok && s != "" {
				p.addLink(s, "")
				break
			}
		}
	}
}

// hasType reports whether a JSON-LD object's @type is t (or a list
// holding t), with or without the schema.org prefix.
func hasType(x map[string]any, t string) bool {
	is := func(v any) bool {
		s, _ := v.(string)
		return s == t || strings.HasSuffix(s, "schema.org/"+t) || s == "schema:"+t
	}
	switch ty := x["@type"].(type) {
	case string:
		return is(ty)
	case []any:
		for _, e := range ty {
			if is(e) {
				return true
			}
		}
	}
	return false
}
