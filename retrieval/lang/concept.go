package lang

// Concept is one meaning the planner and retrieval care about, the same in
// every language and script: {"indicator", "unemployment_rate"},
// {"occupation", "2221"} (an ISCO-08 unit group), {"skill", "excel"}.
type Concept struct {
	Kind, Value string
}

// Concept kinds.
const (
	KindIndicator  = "indicator"  // unemployment_rate, activity_rate, employment_rate, underemployment_rate, unemployed_persons, net_jobs_created, neet_rate, underemployed_persons
	KindSector     = "sector"     // services, industry, construction, agriculture
	KindSex        = "sex"        // female, male
	KindArea       = "area"       // urban, rural
	KindAge        = "age"        // 15-24, 25-34, 35-44, 45+
	KindDiploma    = "diploma"    // graduate, none, higher, medium
	KindIntent     = "intent"     // compare, lowest, trend, latest, list_regions
	KindOccupation = "occupation" // ISCO-08 4-digit code
	KindSkill      = "skill"      // snake_case id
	KindContract   = "contract"   // cdi, cdd, anapec, stage, interim, freelance
	KindTopic      = "topic"      // what a text is about: drought, informal_sector, call_centres, anapec... (snake_case id; see topicConcepts)
)

// ConceptMatch is a concept found in text.
type ConceptMatch struct {
	Concept Concept
	Surface string // the words as written in the input
}

// FindConcepts returns the concepts named in text, in order of appearance,
// the longest term winning at each position ("taux de chômage des jeunes"
// gives unemployment_rate then age 15-24), without overlaps. Age bands are
// also read from numbers: "15-24 ans", "25 à 34 ans", "bin 25 w 34 3am",
// "من 15 إلى 24 سنة", "45 ans et plus", "45 w ktar", "45+". "ou", "wla",
// "ولا" or "or" between two places or two groups of one kind ("casa wla
// rbat", "rjal wla 3yalat") is the intent compare. A word asking for the
// lowest ("le plus faible", "a9al", "أدنى", "lowest") gives two matches
// with the same surface: the intent compare, then the intent lowest. It
// returns nil when nothing matches.
//
// Topics (KindTopic) are found apart from the other kinds, so their words
// may overlap the other matches: "stage" gives the contract stage then the
// topic internships, "chômage des jeunes" the indicator, the age band and
// the topic youth_employment. A group or sector named near a word of work
// is a topic on the same words ("femmes" in "le chômage des femmes" is the
// sex female and the topic women_employment), unless those words are part
// of a longer match ("sans diplôme"). Each topic comes after the other matches
// that start at the same word or before it: the starts of the matches
// never decrease.
func FindConcepts(text string) []ConceptMatch { return conceptMatches(prepare(text)) }

// FindDocumentConcepts is FindConcepts for a document that asks nothing
// (a job ad's title, text or listed skills): the rules that read a
// question for the figure it asks (narrowing an indicator, a count of
// people working in something, an unknown indicator's frame) are left
// out. They change only indicators, which a job ad does not ask for,
// and cost about a third of the reading.
func FindDocumentConcepts(text string) []ConceptMatch {
	tw := prepare(text)
	return conceptsOf(tw, narrowed{hits: lexicon.index.find(tw)}, false)
}

func conceptMatches(tw *textWords) []ConceptMatch {
	return conceptsOf(tw, questionHits(tw), true)
}

func conceptsOf(tw *textWords, nw narrowed, question bool) []ConceptMatch {
	hits := dropBroader(nw.hits)
	hits = bandsOverYouth(mergeHits(hits, ageRanges(tw)))
	hits = mergeHits(hits, plusAges(tw))
	hits = mergeHits(hits, alternatives(tw, hits))
	hits = interleave(hits, groupTopicsOn(tw.topicHits(), hits))
	if question {
		hits = dropCountedWork(tw, hits, nw.read)
	}
	hits = negatedDiplomas(tw, hits)
	if len(hits) == 0 {
		return nil
	}
	out := make([]ConceptMatch, 0, len(hits))
	for _, h := range hits {
		surface := tw.surface(h)
		if h.e == plusEntry {
			surface += "+"
		}
		if h.e.item == lexicon.lowest {
			out = append(out, ConceptMatch{Concept: lexicon.concepts[lexicon.compare], Surface: surface})
		}
		out = append(out, ConceptMatch{Concept: lexicon.concepts[h.e.item], Surface: surface})
	}
	return out
}

// mergeHits adds to hits, both in order, the extra hits that overlap none
// of them.
func mergeHits(hits, extra []hit) []hit {
	if len(extra) == 0 {
		return hits
	}
	out := make([]hit, 0, len(hits)+len(extra))
	k := 0
	for _, x := range extra {
		for k < len(hits) && hits[k].to <= x.from {
			out = append(out, hits[k])
			k++
		}
		if k < len(hits) && hits[k].from < x.to {
			continue
		}
		if n := len(out); n > 0 && out[n-1].to > x.from {
			continue
		}
		out = append(out, x)
	}
	return append(out, hits[k:]...)
}

// topicHits returns the topic matches of tw without disturbing the state
// of the current search.
func (tw *textWords) topicHits() []hit {
	last := tw.lastEnd
	tw.lastEnd = -1
	h := lexicon.topics.find(tw)
	tw.lastEnd = last
	return h
}

// groupTopicsOn drops from tops the cued topic hits (a group or a sector
// near a word of work) that do not cover exactly the words of a hit of
// hits: "diplôme" is about graduates, not in "sans diplôme".
func groupTopicsOn(tops, hits []hit) []hit {
	out := tops[:0]
	k := 0
	for _, t := range tops {
		if t.e.cues[0] == 0 {
			out = append(out, t)
			continue
		}
		for k < len(hits) && hits[k].from < t.from {
			k++
		}
		if k < len(hits) && hits[k].from == t.from && hits[k].to == t.to {
			out = append(out, t)
		}
	}
	return out
}

// interleave merges two lists of hits ordered by start into one, a hit of
// b after the hits of a that start at the same word.
func interleave(a, b []hit) []hit {
	if len(b) == 0 {
		return a
	}
	out := make([]hit, 0, len(a)+len(b))
	k := 0
	for _, x := range b {
		for k < len(a) && a[k].from <= x.from {
			out = append(out, a[k])
			k++
		}
		out = append(out, x)
	}
	return append(out, a[k:]...)
}

// ConceptTerms returns the known surface forms of c in every language and
// script, as written in the lexicon (for query expansion); nil for an
// unknown concept.
func ConceptTerms(c Concept) []string {
	return append([]string(nil), lexicon.terms[c]...)
}

// Concepts returns the concepts of one kind in lexicon order (all kinds when
// kind is empty).
func Concepts(kind string) []Concept {
	var out []Concept
	for _, c := range lexicon.concepts {
		if kind == "" || c.Kind == kind {
			out = append(out, c)
		}
	}
	return out
}
