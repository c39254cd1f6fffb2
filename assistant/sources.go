package assistant

import (
	"net/url"
	"strings"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/tools"
)

// LabelCitations returns the one list of sources of an answer in
// language l: cs merged to one citation per address (tools.MergeCitations:
// a series read on one page is one source supporting its periods), each
// with its Label (publisher first, then the relay), SupportsLabel,
// DemoLabel and DisplayURL in l's words. It never changes cs.
func LabelCitations(l string, cs []tools.Citation) []tools.Citation {
	out := tools.MergeCitations(cs)
	for i := range out {
		out[i] = labelCitation(l, out[i])
	}
	return out
}

func labelCitation(l string, c tools.Citation) tools.Citation {
	w := prompts.Sources(l)
	c.Label = citationLabel(l, w, c)
	c.SupportsLabel = ""
	switch c.Kind {
	case tools.KindOfficial, tools.KindProjection:
		if len(c.Supports) > 0 {
			c.SupportsLabel = w.Supports + colon(l) + prompts.SupportsLabel(l, c.Supports)
		}
	case tools.KindAdCount:
		if c.Period != "" {
			c.SupportsLabel = w.Period + colon(l) + prompts.PeriodLabel(l, c.Period)
		}
		if c.Ads > 0 {
			c.Title = "" // the tool's English sentence for the model; Label says it in l
		}
	}
	c.DemoLabel = ""
	if c.Demo {
		c.DemoLabel = w.Demo
	}
	c.DisplayURL = ""
	if c.URL != "" {
		c.DisplayURL = tools.DisplayURL(c.URL)
	}
	return c
}

// citationLabel words who a source is, publisher first: with the
// publisher's own site when the address is its page and the figure was
// also read on a relay ("HCP (hcp.ma), rapporté par NadorCity").
func citationLabel(l string, w prompts.SourceWords, c tools.Citation) string {
	who := c.Publisher
	if c.RelayURL != "" { // the address parsed only when its site is shown
		if h := siteOf(c.URL); h != "" {
			who += " (" + h + ")"
		}
	}
	if r := relayName(c.ReportedBy); r != "" {
		who += comma(l) + w.ReportedBy + " " + r
	}
	switch c.Kind {
	case tools.KindReference:
		if c.Title != "" {
			return quote(l, c.Title) + " — " + w.OwnSheet
		}
		return w.OwnSheet
	case tools.KindDocument:
		if c.Title != "" {
			return quote(l, c.Title) + " — " + who
		}
	case tools.KindAdCount:
		if c.Ads > 0 {
			return who + " — " + prompts.AdsCounted(l, c.Ads)
		}
	}
	return who
}

// siteOf is the host of address u as a reader names a site ("hcp.ma"),
// "" when u has none.
func siteOf(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

// relayName is the name of a relay as a label shows it: the
// reported_by of the figures keeps, after the name, notes for the
// operator in English ("Le360 (Arabic edition) [published before HCP
// 2019 revision…]"), which a French or Arabic answer must not show. Groups
// in brackets or parentheses go, but a news agency's acronym ("(MAP)");
// the whole note stays in the citation's reported_by.
func relayName(r string) string {
	var b strings.Builder
	for r != "" {
		i := strings.IndexAny(r, "([")
		if i < 0 {
			b.WriteString(r)
			break
		}
		b.WriteString(r[:i])
		closer := map[byte]string{'(': ")", '[': "]"}[r[i]]
		j := strings.Index(r[i:], closer)
		if j < 0 {
			break // an unclosed note runs to the end
		}
		if inner := r[i+1 : i+j]; agencyAcronym(inner) {
			b.WriteString(r[i : i+j+1])
		}
		r = r[i+j+1:]
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// agencyAcronym reports whether s is an acronym: 2 to 6 capital letters.
func agencyAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for _, c := range s {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

func quote(l, s string) string {
	switch l {
	case "ar", "ary":
		return "«" + s + "»"
	case "en":
		return "“" + s + "”"
	}
	return "« " + s + " »"
}

func comma(l string) string {
	if l == "ar" || l == "ary" {
		return "، "
	}
	return ", "
}

func colon(l string) string {
	if l == "fr" {
		return " : "
	}
	return ": "
}

// SourceLine is one source as a line of text in the answer's language:
// its label, what it supports, whether it is demo data, and its address
// (decoded for reading, through link when it is set: link(display, url)
// writes the address, as Markdown or as plain text).
func SourceLine(c tools.Citation, link func(display, url string) string) string {
	parts := []string{c.Label}
	if c.Label == "" {
		parts[0] = c.Publisher
	}
	if c.SupportsLabel != "" {
		parts = append(parts, c.SupportsLabel)
	}
	if c.DemoLabel != "" {
		parts = append(parts, "("+c.DemoLabel+")")
	}
	if c.URL != "" {
		parts = append(parts, link(c.DisplayURL, c.URL))
	}
	return strings.Join(parts, " — ")
}

// PlainLink writes an address as plain text: the address itself, with
// its Arabic text decoded (browsers and terminals open it as it reads).
func PlainLink(display, url string) string { return tools.ReadableURL(url) }

// SourcesText is the list of sources of a turn as plain text in its
// language ("Sources :\n- HCP, rapporté par LNT — chiffres : 2024 —
// https://lnt.ma/…"), each line written by SourceLine with link; "" when
// the turn cites nothing. Clients that show only text (marsad ask, the
// OpenAI-compatible route) print it after the answer, which does not list
// its sources itself.
func SourcesText(t Turn, link func(display, url string) string) string {
	if len(t.Citations) == 0 {
		return ""
	}
	cs := t.Citations
	if cs[0].Label == "" { // a turn from before labelling, or from a test
		cs = LabelCitations(t.Lang, cs)
	}
	w := prompts.Sources(t.Lang)
	head := w.Heading
	if len(cs) == 1 {
		head = w.HeadingOne
	}
	var b strings.Builder
	b.WriteString(strings.TrimSpace(head) + strings.TrimRight(colon(t.Lang), " ") + "\n")
	for _, c := range cs {
		b.WriteString("- " + SourceLine(c, link) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// Readable is what a reader of text sees of a turn: its answer, then its
// sources (SourcesText with plain addresses).
func Readable(t Turn) string {
	src := SourcesText(t, PlainLink)
	if src == "" {
		return t.Answer
	}
	return strings.TrimRight(t.Answer, "\n") + "\n\n" + src
}
