package gen

import (
	"strings"
	"unicode/utf8"
)

// Entities scraped pages leave in text; applied to some HTML ads.
var entityReplacer = strings.NewReplacer(
	"&", "&amp;",
	"é", "&eacute;",
	"è", "&egrave;",
	"à", "&agrave;",
	"'", "&#39;",
	" :", "&nbsp;:",
	"\"", "&quot;",
)

// entities escapes a text the way some exports encode HTML, sometimes twice
// ("&amp;eacute;").
func (g *rng) entities(s string) string {
	s = entityReplacer.Replace(s)
	if g.chance(0.3) {
		s = strings.ReplaceAll(s, "&", "&amp;")
	}
	return s
}

// truncate cuts s after about n runes, at a space, and adds a marker the way
// listing pages shorten descriptions.
func (g *rng) truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := 0
	for i := range s {
		if cut >= n {
			s = s[:i]
			break
		}
		cut++
	}
	if j := strings.LastIndexAny(s, " \n"); j > len(s)/2 {
		s = s[:j]
	}
	return strings.TrimRight(s, " ,;:-\n") + g.pick([]string{"…", "...", " […]", " ...", "… Voir plus"})
}

// noise adds the whitespace accidents of copy-pasted text.
func (g *rng) noise(s string) string {
	switch g.intn(6) {
	case 0:
		return strings.ReplaceAll(s, "\n", "\r\n")
	case 1:
		return "  " + s + " "
	case 2:
		return strings.Replace(s, ". ", ".  ", 2)
	default:
		return s
	}
}

// stripTags removes HTML tags, keeping their text, for reposts that lost
// their formatting.
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
			b.WriteByte(' ')
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
