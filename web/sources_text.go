package web

import (
	"strings"

	"github.com/marsad/marsad/assistant"
)

// markdownLink writes a source's address as a Markdown link reading as
// its decoded form: "[lnt.ma/…](<https://lnt.ma/…>)" (the angle brackets
// keep an address with parentheses whole).
func markdownLink(display, u string) string {
	if display == "" {
		display = u
	}
	esc := strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`)
	return "[" + esc.Replace(display) + "](<" + strings.ReplaceAll(u, ">", "%3E") + ">)"
}

// sourcesSuffix is what a text-only client (the OpenAI-compatible route)
// reads after the answer: a blank line and the turn's list of sources
// with Markdown links, or "" when it cites nothing. The answer's text
// does not list its sources, so that the page, which shows the citations,
// shows them once; such a client shows them here, once too.
func sourcesSuffix(t assistant.Turn) string {
	src := assistant.SourcesText(t, markdownLink)
	if src == "" {
		return ""
	}
	return "\n\n" + src
}
