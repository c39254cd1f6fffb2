package gen

import (
	"fmt"
	"strings"
)

// block is one part of an ad: an optional heading, then a paragraph or a list.
type block struct {
	heading string
	text    string
	items   []string
}

// Render styles.
const (
	stylePlain = iota // headings and bullets on their own lines
	styleHTML         // <p>, <ul><li>, <br>, <strong>, entities
	styleFlat         // everything on one line, as listing snippets show it
	styleEmoji        // social-media classifieds: emoji bullets
)

var bulletsPlain = []string{"- ", "• ", "* ", "– ", "✔ ", "> "}

// render writes blocks in a style. Choices (bullet, heading case, spacing)
// are drawn once per ad so that an ad is internally consistent.
func (g *rng) render(blocks []block, style int) string {
	switch style {
	case styleHTML:
		return g.renderHTML(blocks)
	case styleFlat:
		return g.renderFlat(blocks)
	case styleEmoji:
		return g.renderEmoji(blocks)
	default:
		return g.renderPlain(blocks)
	}
}

func (g *rng) renderPlain(blocks []block) string {
	bullet := g.pick(bulletsPlain)
	numbered := g.chance(0.12)
	upper := g.chance(0.25)
	colon := g.pick([]string{" :", ":", " :", ""})
	gap := g.pick([]string{"\n\n", "\n\n", "\n"})
	var b strings.Builder
	for i, bl := range blocks {
		if i > 0 {
			b.WriteString(gap)
		}
		if bl.heading != "" {
			h := bl.heading
			if upper {
				h = strings.ToUpper(h)
			}
			b.WriteString(h + colon + "\n")
		}
		if bl.text != "" {
			b.WriteString(bl.text)
		}
		for j, it := range bl.items {
			if j > 0 || bl.text != "" {
				b.WriteString("\n")
			}
			if numbered {
				fmt.Fprintf(&b, "%d) %s", j+1, it)
			} else {
				b.WriteString(bullet + it)
			}
		}
	}
	return b.String()
}

func (g *rng) renderHTML(blocks []block) string {
	useList := g.chance(0.7)
	strong := g.pick([]string{"strong", "b", "h3", "u"})
	var b strings.Builder
	for _, bl := range blocks {
		if bl.heading != "" {
			if strong == "h3" {
				fmt.Fprintf(&b, "<h3>%s</h3>", bl.heading)
			} else {
				fmt.Fprintf(&b, "<p><%s>%s :</%s></p>", strong, bl.heading, strong)
			}
		}
		if bl.text != "" {
			fmt.Fprintf(&b, "<p>%s</p>", bl.text)
		}
		if len(bl.items) == 0 {
			continue
		}
		if useList {
			b.WriteString("<ul>")
			for _, it := range bl.items {
				fmt.Fprintf(&b, "<li>%s</li>", it)
			}
			b.WriteString("</ul>")
		} else {
			b.WriteString("<p>- " + strings.Join(bl.items, "<br>- ") + "</p>")
		}
		if g.chance(0.2) {
			b.WriteString("\n")
		}
	}
	return b.String()
}

func (g *rng) renderFlat(blocks []block) string {
	itemSep := g.pick([]string{", ", " ; ", " - ", " / "})
	blockSep := g.pick([]string{" ", " | ", ". ", " -- "})
	parts := make([]string, 0, len(blocks))
	for _, bl := range blocks {
		s := bl.text
		if len(bl.items) > 0 {
			if s != "" {
				s += " "
			}
			s += strings.Join(bl.items, itemSep)
		}
		if bl.heading != "" {
			s = bl.heading + ": " + s
		}
		parts = append(parts, s)
	}
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			if blockSep == ". " && strings.HasSuffix(parts[i-1], ".") {
				b.WriteString(" ")
			} else {
				b.WriteString(blockSep)
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

var emojiHeads = []string{"📌", "👉", "🔹", "📍", "✨"}

func (g *rng) renderEmoji(blocks []block) string {
	head := g.pick(emojiHeads)
	bullet := g.pick([]string{"✅ ", "▪️ ", "🔸 ", "✔️ "})
	var b strings.Builder
	for i, bl := range blocks {
		if i > 0 {
			b.WriteString("\n")
		}
		if bl.heading != "" {
			b.WriteString(head + " " + bl.heading + "\n")
		}
		if bl.text != "" {
			b.WriteString(bl.text + "\n")
		}
		for _, it := range bl.items {
			b.WriteString(bullet + it + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}
