package retrieval

import (
	"hash/fnv"
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
)

// Prefixes of the terms that are not words.
const (
	conceptPrefix = "c:" // c:<kind>:<value>, a concept of the lexicon
	placePrefix   = "p:" // p:<code>, a place of the gazetteer
	regionPrefix  = "r:" // r:<region code>, the region of a place
)

// Terms returns the indexing terms of text in order of appearance: each
// word of lang.Tokens that is not a stop word, folded with lang.Fold; then
// one term per concept of the lexicon found ("c:indicator:unemployment_rate"
// for chômage, بطالة or bitala alike) and per place of the gazetteer
// ("p:casablanca" and "r:MA-06" for Casa, كازا or dar lbida; "p:MA-06" and
// "r:MA-06" for the region itself, so a city and its region meet); intents
// (compare, trend...) are not terms. Concept and place terms are what let a
// Darija query match a French note.
func Terms(text string) []string {
	out := WordTerms(text)
	for _, m := range lang.FindConcepts(text) {
		if m.Concept.Kind != lang.KindIntent {
			out = append(out, conceptTerm(m.Concept))
		}
	}
	for _, m := range lang.FindPlaces(text) {
		out = append(out, placePrefix+m.Place.Code)
		if m.Place.Region != "" && m.Place.Region != "MA" {
			out = append(out, regionPrefix+m.Place.Region)
		}
	}
	return out
}

// WordTerms returns the word terms of text, the first part of Terms:
// each word of lang.Tokens that is not a stop word, folded, without the
// concepts and places, whose search costs most of Terms. A caller that
// already knows what a long text is about can embed its words alone.
func WordTerms(text string) []string {
	toks := lang.Tokens(text)
	out := make([]string, 0, len(toks)+4)
	for _, t := range toks {
		if f := lang.Fold(t); !isStopWord(t, f) {
			out = append(out, f)
		}
	}
	return out
}

// Expansions returns the folded one-word names, in every language and
// script, of the concepts found in text (intents aside) that are not already
// among its terms: the query expansion of the sparse arm. Names of several
// words are left out: their words alone would match other topics.
func Expansions(text string, terms []string) []string {
	have := make(map[string]bool, len(terms))
	for _, t := range terms {
		have[t] = true
	}
	var out []string
	for _, m := range lang.FindConcepts(text) {
		if m.Concept.Kind == lang.KindIntent {
			continue
		}
		for _, surface := range lang.ConceptTerms(m.Concept) {
			toks := lang.Tokens(surface)
			if len(toks) != 1 {
				continue
			}
			if f := lang.Fold(toks[0]); !have[f] && !isStopWord(toks[0], f) && !isNumber(f) {
				have[f] = true
				out = append(out, f)
			}
		}
	}
	return out
}

func isNumber(s string) bool {
	for _, r := range s {
		if (r < '0' || r > '9') && r != '.' {
			return false
		}
	}
	return true
}

func conceptTerm(c lang.Concept) string {
	return conceptPrefix + c.Kind + ":" + c.Value
}

// IsConceptTerm reports whether a term of Terms names a concept or a place
// rather than a word.
func IsConceptTerm(t string) bool {
	return strings.HasPrefix(t, conceptPrefix) || strings.HasPrefix(t, placePrefix) || strings.HasPrefix(t, regionPrefix)
}

// TermID returns the sparse index of a term: its 32-bit FNV-1a hash.
func TermID(t string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(t))
	return h.Sum32()
}
