package ingest

import (
	"context"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// ClassifyFunc finds the ISCO-08 code of an ad the lexicon could not
// classify, from its title and text; "" when it has no answer. Via names
// the method for Ad.OccupationVia ("profile", "retrieval").
type ClassifyFunc func(ctx context.Context, title, text string) (code string, err error)

// genericOccupations are lexicon codes of words so broad ("ingénieur",
// "technicien", "ouvrier", "employé", "consultant", "agent") that a more
// specific occupation found elsewhere in the ad wins over them.
var genericOccupations = map[string]bool{"2149": true, "3113": true, "9329": true, "4110": true, "2421": true, "2330": true}

// Classifier assigns ISCO-08 codes to ads: occupations the lexicon finds
// in the title, then profile names in the title, then the occupation the
// description names most, then the fallback. It is safe for concurrent use.
type Classifier struct {
	names    *nameMatcher
	fallback ClassifyFunc
	via      string
}

// NewClassifier returns a classifier over profiles. fallback, when not
// nil, is asked last (via names it in Ad.OccupationVia); nil uses the
// nearest profile by shared words (ProfileOverlap), via "profile".
func NewClassifier(profiles []tools.Profile, fallback ClassifyFunc, via string) *Classifier {
	if fallback == nil {
		fallback, via = ProfileOverlap(profiles), "profile"
	}
	return &Classifier{names: newNameMatcher(profiles), fallback: fallback, via: via}
}

// adText is what classification reads of an ad: its title and text, the
// title's words, and the concepts lang found in the title and the text.
type adText struct {
	title, text                 string
	titleTokens                 []string
	titleConcepts, descConcepts []lang.ConceptMatch
}

// Classify returns the code of an ad and how it was found ("title",
// "description", or the fallback's via); "", "" when nothing matched.
func (c *Classifier) Classify(ctx context.Context, t adText) (string, string, error) {
	code, generic := c.fromTitle(t.titleTokens, t.titleConcepts)
	if code != "" {
		return code, "title", nil
	}
	if code := mostNamed(t.descConcepts, generic); code != "" {
		return code, "description", nil
	}
	if generic != "" {
		return generic, "title", nil
	}
	code, err := c.fallback(ctx, t.title, t.text)
	if err != nil || code == "" {
		return "", "", err
	}
	return code, c.via, nil
}

// fromTitle returns the occupation the title names with the longest name
// (profile titles and aliases, lexicon terms; a profile name first on a
// tie), or, when the title names only generic occupations, the first of
// them as generic.
func (c *Classifier) fromTitle(titleTokens []string, titleConcepts []lang.ConceptMatch) (code, generic string) {
	code, n := c.names.find(titleTokens)
	if genericOccupations[code] {
		code, n, generic = "", 0, code
	}
	for _, m := range titleConcepts {
		v := m.Concept.Value
		if m.Concept.Kind != lang.KindOccupation {
			continue
		}
		if genericOccupations[v] {
			if generic == "" {
				generic = v
			}
			continue
		}
		if k := len(lang.Tokens(m.Surface)); k > n {
			code, n = v, k
		}
	}
	return code, generic
}

// mostNamed returns the specific occupation named most often in cs (the
// first named on a tie), restricted to generic's ISCO major group when
// generic is set; "" when none.
func mostNamed(cs []lang.ConceptMatch, generic string) string {
	counts := map[string]int{}
	best := ""
	for _, m := range cs {
		v := m.Concept.Value
		if m.Concept.Kind != lang.KindOccupation || genericOccupations[v] || (generic != "" && v[0] != generic[0]) {
			continue
		}
		counts[v]++
		if best == "" || counts[v] > counts[best] {
			best = v
		}
	}
	return best
}
