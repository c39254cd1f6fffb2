package markup

import (
	"strings"

	"golang.org/x/net/html"
)

// nextWords are what a "next page" button says on French, English and
// Arabic job boards, once arrows and spaces are trimmed.
var nextWords = map[string]bool{
	"suivant": true, "suivante": true, "page suivante": true, "suiv.": true, "suiv": true,
	"next": true, "next page": true, "التالي": true, "الصفحة التالية": true, "التالية": true,
}

// isNextLink reports whether anchor n leads to the listing's next page.
func isNextLink(n *html.Node) bool {
	if hasWord(attr(n, "rel"), "next") {
		return true
	}
	for _, k := range []string{"class", "aria-label", "title"} {
		v := strings.ToLower(attr(n, k))
		if strings.Contains(v, "next") || strings.Contains(v, "suivant") {
			return true
		}
	}
	t := strings.ToLower(strings.Join(strings.Fields(text(n)), " "))
	arrows := strings.Trim(t, " »›>→")
	if arrows == "" {
		return t == "»" || t == "›" || t == ">" || t == "→"
	}
	return nextWords[arrows]
}
