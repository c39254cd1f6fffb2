package ingest

import (
	"sync"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/retrieval/occupation"
	"github.com/marsad/marsad/tools"
)

// ClassifyFunc places an ad's title in an occupation given what the ad
// says besides (Options.Classify).
type ClassifyFunc func(title string, c occupation.Context) occupation.Match

// Classifier assigns ISCO-08 codes to ads through Marsad's one
// classifier: retrieval/occupation's thesaurus extended with the names of
// the loaded profiles (tools.ProfileLabels), the one the tools resolve a
// question's occupation with, so that the words of a question and of an
// ad land on the same code. An ad it cannot place stays unclassified: it
// is never pushed into the nearest profile. It is safe for concurrent
// use.
type Classifier struct {
	classify func() ClassifyFunc // the thesaurus's, built at the first call
}

// NewClassifier returns the classifier for the profiles loaded; override,
// when not nil, classifies instead. The thesaurus (about a quarter of a
// second to build) is built at the first Classify or Warm, not here: a
// process that opens a pipeline and ingests nothing, a server at
// start-up, does not wait for it.
func NewClassifier(profiles []tools.Profile, override ClassifyFunc) *Classifier {
	if override != nil {
		return &Classifier{classify: func() ClassifyFunc { return override }}
	}
	labels := tools.ProfileLabels(profiles)
	return &Classifier{classify: sync.OnceValue(func() ClassifyFunc { return occupation.WithNames(labels).Classify })}
}

// Warm builds the thesaurus now, if not yet built.
func (c *Classifier) Warm() { c.classify() }

// adText is what classification reads of an ad: its title, text, sector
// and employer as given, the title's words, and the concepts lang found in the
// title and the text (read once, for the skills and terms that follow).
type adText struct {
	title, text, sector, employer string
	titleTokens                   []string
	titleConcepts, descConcepts   []lang.ConceptMatch
}

// Classify returns where the ad was placed (occupation.Match; Code ""
// when nowhere).
func (c *Classifier) Classify(t adText) occupation.Match {
	return c.classify()(t.title, occupation.Context{Sector: t.sector, Description: t.text, Employer: t.employer})
}
