package lang

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// NearestPlaces returns the places of the gazetteer whose names are
// closest in spelling to name, up to n, worded for an answer in t (a
// region by RegionName, a city or province by its name in the script of
// t), nearest first. A place counts as near when one of its names, in the
// script of name, is within a quarter of the letters (folded) or holds it
// ("Tetwan" → Tétouan). It returns nil when none is near (a made-up name,
// "الوسط"): RegionNames then says what Marsad has figures for.
func NearestPlaces(name string, t Tag, n int) []string {
	x := foldedPhrase(name)
	type scored struct {
		code string
		d    int
	}
	best := map[string]int{}
	for code, names := range gazetteer.names {
		for _, nm := range names {
			if isArabicText(nm) != isArabicText(name) {
				continue
			}
			if d, ok := nearness(x, foldedPhrase(nm)); ok && (best[code] == 0 || d+1 < best[code]) {
				best[code] = d + 1
			}
		}
	}
	var out []scored
	for code, d := range best {
		out = append(out, scored{code, d})
	}
	slices.SortFunc(out, func(a, b scored) int { return cmpInts(a.d, b.d, strings.Compare(a.code, b.code)) })
	var names []string
	for _, s := range out {
		if p := placeName(s.code, t); p != "" && !slices.Contains(names, p) && len(names) < n {
			names = append(names, p)
		}
	}
	return names
}

// RegionNames returns the names of the twelve regions in the language
// and script of t, in the order of their codes (MA-01 … MA-12).
func RegionNames(t Tag) []string {
	out := make([]string, len(regionOrder))
	for i, r := range regionOrder {
		out[i] = RegionName(r, t)
	}
	return out
}

// regionOrder lists the twelve regions in ISO order.
var regionOrder = []string{"MA-01", "MA-02", "MA-03", "MA-04", "MA-05", "MA-06", "MA-07", "MA-08", "MA-09", "MA-10", "MA-11", "MA-12"}

// placeName words a place of the gazetteer for an answer in t: regions
// and the southern group by RegionName, other places by their first name
// in Arabic script for Arabic and Darija, else by their French name; ""
// for the country (it is no suggestion).
func placeName(code string, t Tag) string {
	p, ok := gazetteer.byCode[code]
	switch {
	case !ok || p.Kind == "country":
		return ""
	case p.Kind == "region" || p.Kind == "group":
		return RegionName(code, t)
	case t == Arabic || t == Darija:
		for _, nm := range gazetteer.names[code] {
			if isArabicText(nm) {
				return nm
			}
		}
	}
	return p.Name
}

// NearestConcepts returns the concepts of kind whose terms, in the
// script of name, are closest in spelling to name or to one of its words
// ("boulangères" → boulanger, "الليفرورات" → ليفرور), up to n, nearest
// first; nil when none is within a quarter of the letters compared.
func NearestConcepts(kind, name string, n int) []Concept {
	x := foldedPhrase(name)
	words := strings.Fields(x)
	best := map[Concept]int{}
	for _, c := range Concepts(kind) {
		for _, term := range lexicon.terms[c] {
			if isArabicText(term) != isArabicText(name) {
				continue
			}
			y := foldedPhrase(term)
			for _, w := range append([]string{x}, words...) {
				if d, ok := nearness(w, y); ok && (best[c] == 0 || d+1 < best[c]) {
					best[c] = d + 1
				}
			}
		}
	}
	out := make([]Concept, 0, len(best))
	for c := range best {
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b Concept) int { return cmpInts(best[a], best[b], strings.Compare(a.Value, b.Value)) })
	return out[:min(n, len(out))]
}

// nearness returns the edit distance between two folded phrases and
// whether they are near: within a quarter of the longer's letters, or one
// holding the other as whole words (then the distance ranks it after
// closer spellings: Tétouan before Tanger-Tétouan-Al Hoceïma).
func nearness(x, y string) (int, bool) {
	if x == "" || y == "" {
		return 0, false
	}
	d := RuneDistance(x, y)
	held := strings.Contains(" "+y+" ", " "+x+" ") || strings.Contains(" "+x+" ", " "+y+" ")
	return d, held || d*4 <= max(utf8.RuneCountInString(x), utf8.RuneCountInString(y))
}

// foldedPhrase is the folded words of s, space-separated.
func foldedPhrase(s string) string {
	toks := Tokens(s)
	for i, t := range toks {
		toks[i] = foldNormal(t)
	}
	return strings.Join(toks, " ")
}

func isArabicText(s string) bool { return strings.ContainsFunc(s, isArabicLetter) }

// RuneDistance is the Levenshtein distance between a and b, in runes:
// what "nearest known name" means for every package that offers one.
func RuneDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// cmpInts compares a and b, then falls back on tie.
func cmpInts(a, b, tie int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return tie
}
