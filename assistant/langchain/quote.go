package langchain

// span is a run of runes [from, to) of a text.
type span struct{ from, to int }

// quotePairs are the quotation marks an answer may open and close, in the
// five languages: French and Arabic guillemets, English curly quotes, the
// German-style low opening one.
var quotePairs = map[rune]rune{'«': '»', '“': '”', '„': '“', '‹': '›', '"': '"'}

// quotations returns the closed quotations of text, as rune spans inside
// their marks. A quotation is closed by the mark paired with the one that
// opened it; one left open is none (its text is not known to be a
// quotation yet, or never was). Quotations do not nest: a mark inside one
// is text.
func quotations(text string) []span {
	var out []span
	var closing rune
	start := -1
	i := 0
	for _, r := range text {
		switch {
		case start < 0:
			if c, ok := quotePairs[r]; ok {
				closing, start = c, i+1
			}
		case r == closing:
			out = append(out, span{start, i})
			start = -1
		}
		i++
	}
	return out
}

// inside tells whether rune index at lies in one of spans.
func inside(spans []span, at int) bool {
	for _, s := range spans {
		if at >= s.from && at < s.to {
			return true
		}
	}
	return false
}
