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
	KindIntent     = "intent"     // compare, trend, latest, list_regions
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
// also read from numbers: "15-24 ans", "25 à 34 ans", "من 15 إلى 24 سنة",
// "45 ans et plus", "45+". It returns nil when nothing matches.
func FindConcepts(text string) []ConceptMatch { return conceptMatches(prepare(text)) }

func conceptMatches(tw *textWords) []ConceptMatch {
	hits := plusAges(tw, lexicon.index.find(tw))
	if len(hits) == 0 {
		return nil
	}
	out := make([]ConceptMatch, len(hits))
	for i, h := range hits {
		surface := tw.surface(h)
		if h.e == plusEntry {
			surface += "+"
		}
		out[i] = ConceptMatch{Concept: lexicon.concepts[h.e.item], Surface: surface}
	}
	return out
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

// plusEntry stands for "45+" written with a plus sign.
var plusEntry = &entry{surface: "45+"}

// plusAges adds "45+" written with a plus sign, which Normalize turns into a
// separator: a bare 45 directly followed by '+' and not by another number.
func plusAges(tw *textWords, hits []hit) []hit {
	for i, s := range tw.spans {
		if s.norm != "45" || s.end >= len(tw.text) || tw.text[s.end] != '+' {
			continue
		}
		if i+1 < len(tw.spans) && tw.spans[i+1].start == s.end+1 {
			continue // "45+5": arithmetic, not an age
		}
		k := 0
		for k < len(hits) && hits[k].to <= i {
			k++
		}
		if k < len(hits) && hits[k].from <= i {
			continue // inside a longer match
		}
		h := hit{e: plusEntry, from: i, to: i + 1}
		hits = append(hits[:k], append([]hit{h}, hits[k:]...)...)
	}
	return hits
}
