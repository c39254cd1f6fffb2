package ingest

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// plainText turns web text into plain text: markup removed (a line
// break for block elements such as <br>, <p>, <li>, a space for other
// tags; comments, and the content of script, style, noscript and template
// dropped), entities decoded once (&amp; &eacute; &#233;), spaces
// collapsed in each line, blank lines collapsed to one, no leading or
// trailing space.
func plainText(s string) string {
	switch {
	case strings.ContainsRune(s, '<'):
		s = stripTags(s) // decodes the entities of the text too
	case strings.ContainsRune(s, '&'):
		s = html.UnescapeString(s)
	}
	return tidyLines(s)
}

// oneLine is plainText on one line: line breaks become spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(plainText(s)), " ")
}

// stripTags returns the text of an HTML fragment, entities decoded, with
// a newline for block elements and a space for other tags. It reads s as
// a browser's tokenizer does, so that a > inside a comment, an attribute
// value or a script does not end a tag early and leak markup; a lone <
// ("salaire < 5000") is text, and a tag left open at the end is dropped.
func stripTags(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	z := html.NewTokenizer(strings.NewReader(s))
	skip := "" // the element whose content is being dropped
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken: // the end of s: a strings.Reader fails with nothing else
			return b.String()
		case html.TextToken:
			if skip == "" {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch {
			case tt == html.StartTagToken && skip == "" && droppedTags[string(name)]:
				skip = string(name)
			case tt == html.EndTagToken && string(name) == skip:
				skip = ""
			}
			separate(&b, string(name))
		}
	}
}

// separate writes what stands for a tag: a newline for a block element
// (one, after the text's trailing spaces), a space for any other.
func separate(b *strings.Builder, name string) {
	if !blockTags[name] {
		b.WriteByte(' ')
		return
	}
	if !strings.HasSuffix(strings.TrimRight(b.String(), " "), "\n") {
		b.WriteByte('\n')
	}
}

// droppedTags are the elements whose content is not text of the page.
var droppedTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true}

var blockTags = map[string]bool{"br": true, "p": true, "div": true, "li": true, "ul": true, "ol": true, "tr": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "table": true, "section": true, "hr": true,
	"article": true, "header": true, "footer": true, "blockquote": true, "pre": true, "dl": true, "dt": true, "dd": true}

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
