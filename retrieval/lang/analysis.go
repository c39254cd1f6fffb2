package lang

// Analysis is everything the package reads in one text.
type Analysis struct {
	Lang     Tag
	Places   []PlaceMatch
	Concepts []ConceptMatch
	Periods  []PeriodMatch
}

// Analyze returns Detect, FindPlaces, FindConcepts and FindPeriods of text,
// preparing the text once: the same results as the four calls, for less work
// when a caller needs several of them (the planner on a message, ingestion
// on a document).
func Analyze(text string) Analysis {
	tw := prepare(text)
	a := Analysis{Lang: tw.lang(), Places: placeMatches(tw)}
	tw.lastEnd = -1
	a.Concepts = conceptMatches(tw)
	a.Periods = periodMatches(tw)
	return a
}
