package web

import "unicode"

// rtlScripts are the scripts written right to left that Marsad may meet.
var rtlScripts = []*unicode.RangeTable{
	unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko,
}

// Direction returns the writing direction of one block of text (a
// paragraph, list item or table cell) from its first letter, as HTML's
// dir="auto" does: "rtl" when it is Arabic (or another right-to-left
// script), "ltr" when it is any other letter, and "" when the text has no
// letter (digits, punctuation, empty), so that the block inherits its
// container's direction. Digits, Arabic-Indic digits included, are never
// strong: "2024 سنة" is rtl. The page (static/render.js, dirOf)
// applies the same rule in the browser.
func Direction(text string) string {
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.In(r, rtlScripts...) {
			return "rtl"
		}
		return "ltr"
	}
	return ""
}
