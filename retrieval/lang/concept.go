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
func FindConcepts(text string) []ConceptMatch { return conceptMatches(prepare(text)) }

func conceptMatches(tw *textWords) []ConceptMatch {
	hits := lexicon.index.find(tw)
	hits = mergeHits(hits, ageRanges(tw))
	hits = mergeHits(hits, plusAges(tw))
	hits = mergeHits(hits, alternatives(tw, hits))
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
