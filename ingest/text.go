package ingest

import (
	"html"
	"strings"
	"unicode"
)

// plainText turns web text into plain text: tags removed (a line break
// for block tags such as <br>, <p>, <li>; script and style content
// dropped), entities decoded (&amp; &eacute; &#233;), spaces collapsed in
// each line, blank lines collapsed to one, no leading or trailing space.
func plainText(s string) string {
	if strings.ContainsRune(s, '<') {
		s = stripTags(s)
	}
	if strings.ContainsRune(s, '&') {
		s = html.UnescapeString(s)
	}
	return tidyLines(s)
}

// oneLine is plainText on one line: line breaks become spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(plainText(s)), " ")
}

// stripTags removes HTML tags, replacing block-level ones by a newline.
func stripTags(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for len(s) > 0 {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		end := strings.IndexByte(s, '>')
		if end < 0 || !looksLikeTag(s[1:end]) {
			b.WriteByte('<') // a lone '<' ("salaire < 5000") is text
			s = s[1:]
			continue
		}
		name := tagName(s[1:end])
		s = s[end+1:]
		if name == "script" || name == "style" {
			if j := strings.Index(strings.ToLower(s), "</"+name); j >= 0 {
				s = s[j:]
			}
			continue
		}
		if blockTags[name] {
			if !strings.HasSuffix(strings.TrimRight(b.String(), " "), "\n") {
				b.WriteByte('\n')
			}
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// looksLikeTag reports whether the text between < and > is a tag: it
// starts with a letter, '/' or '!', and has no line break.
func looksLikeTag(t string) bool {
	if t == "" || strings.ContainsRune(t, '\n') {
		return false
	}
	c := t[0]
	return c == '/' || c == '!' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// tagName returns the lower-case name of a tag's inside ("/p class=x" → "p").
func tagName(t string) string {
	t = strings.TrimPrefix(t, "/")
	n := strings.IndexFunc(t, func(r rune) bool { return unicode.IsSpace(r) || r == '/' })
	if n >= 0 {
		t = t[:n]
	}
	return strings.ToLower(t)
}

var blockTags = map[string]bool{"br": true, "p": true, "div": true, "li": true, "ul": true, "ol": true, "tr": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "table": true, "section": true, "hr": true}

// tidyLines collapses spaces inside lines (every Unicode space, \r
// included) and blank lines between them, in one pass.
func tidyLines(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	newlines, space := 0, false
	for _, r := range s {
		switch {
		case r == '\n':
			newlines++
			space = false
		case unicode.IsSpace(r):
			space = true
		default:
			if b.Len() > 0 {
				switch {
				case newlines > 1:
					b.WriteString("\n\n")
				case newlines == 1:
					b.WriteByte('\n')
				case space:
					b.WriteByte(' ')
				}
			}
			newlines, space = 0, false
			b.WriteRune(r)
		}
	}
	return b.String()
}
