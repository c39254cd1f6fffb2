package ingest

import (
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
	classify ClassifyFunc
}

// NewClassifier returns the classifier for the profiles loaded; override,
// when not nil, classifies instead.
func NewClassifier(profiles []tools.Profile, override ClassifyFunc) *Classifier {
	if override != nil {
		return &Classifier{classify: override}
	}
	return &Classifier{classify: occupation.WithNames(tools.ProfileLabels(profiles)).Classify}
}

// adText is what classification reads of an ad: its title, text and
// sector as given, the title's words, and the concepts lang found in the
// title and the text (read once, for the skills and terms that follow).
type adText struct {
	title, text, sector         string
	titleTokens                 []string
	titleConcepts, descConcepts []lang.ConceptMatch
}

// Classify returns where the ad was placed (occupation.Match; Code ""
// when nowhere).
func (c *Classifier) Classify(t adText) occupation.Match {
	return c.classify(t.title, occupation.Context{Sector: t.sector, Description: t.text})
}
