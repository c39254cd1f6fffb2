package tools

import (
	"slices"
	"strings"
	"sync"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/retrieval/occupation"
)

// ProfileSet indexes profiles by ISCO-08 code and by name. The zero value
// is an empty set.
type ProfileSet struct {
	byCode map[string][]Profile // in ID order
	byName map[string]Profile   // lang.Normalize of a title or alias
	labels []occupation.Label   // ProfileLabels, for the classifier
	// thesaurus is occupation.WithNames(labels), looked up once a set:
	// WithNames hashes every label to find its cached thesaurus, 1.6 % of
	// a chat turn's CPU when Resolve did it on each call. nil in the zero
	// set.
	thesaurus func() *occupation.Thesaurus
	// codes are byCode's keys sorted (Codes), listed once a set rather
	// than at each job-ad tool call that asked.
	codes []string
}

// NewProfileSet indexes ps. The profiles of one code are in ID order,
// except that the one named by the lexicon's first term for the code (its
// main name) comes first. A name shared by two profiles designates the
// first by code, then ID.
func NewProfileSet(ps []Profile) ProfileSet {
	sorted := slices.Clone(ps)
	slices.SortFunc(sorted, func(a, b Profile) int {
		return strings.Compare(a.Code+"\x00"+a.ID, b.Code+"\x00"+b.ID)
	})
	labels := ProfileLabels(sorted)
	s := ProfileSet{byCode: map[string][]Profile{}, byName: map[string]Profile{}, labels: labels,
		thesaurus: sync.OnceValue(func() *occupation.Thesaurus { return occupation.WithNames(labels) })}
	for _, p := range sorted {
		s.byCode[p.Code] = append(s.byCode[p.Code], p)
	}
	for code, list := range s.byCode {
		if i := mainProfile(code, list); i > 0 {
			s.byCode[code] = append(append([]Profile{list[i]}, list[:i]...), list[i+1:]...)
		}
		s.codes = append(s.codes, code)
	}
	slices.Sort(s.codes)
	s.codes = slices.Clip(s.codes)
	for _, p := range sorted {
		for _, n := range p.names() {
			if k := lang.Normalize(n); k != "" {
				if _, taken := s.byName[k]; !taken {
					s.byName[k] = p
				}
			}
		}
	}
	return s
}

// lastProfileSet is the ProfileSet of the last slice ProfileSetOf was
// given, kept with that slice.
var lastProfileSet struct {
	sync.Mutex
	from []Profile
	set  ProfileSet
}

// ProfileSetOf returns NewProfileSet(ps) for a slice a ProfileStore
// returned, built once per slice: stores share their slice until their
// profiles change, so the same slice (same first element and length) is
// the same set. Building a set normalises every name and label of every
// profile, about 60 % of an offline turn's CPU when each tool call did it.
func ProfileSetOf(ps []Profile) ProfileSet {
	if len(ps) == 0 {
		return NewProfileSet(ps)
	}
	lastProfileSet.Lock()
	defer lastProfileSet.Unlock()
	if sameSlice(lastProfileSet.from, ps) {
		return lastProfileSet.set
	}
	set := NewProfileSet(ps)
	lastProfileSet.from, lastProfileSet.set = ps, set
	return set
}

// sameSlice tells whether a and b are the same non-empty slice of
// profiles (not equal ones: the same memory).
func sameSlice(a, b []Profile) bool {
	return len(a) > 0 && len(a) == len(b) && &a[0] == &b[0]
}

// mainProfile returns the index of the profile of list named by the
// lexicon's first term for code, 0 when none is.
func mainProfile(code string, list []Profile) int {
	if len(list) < 2 {
		return 0
	}
	main := lang.Normalize(conceptName(lang.KindOccupation, code, "fr"))
	for i, p := range list {
		for _, n := range p.names() {
			if lang.Normalize(n) == main {
				return i
			}
		}
	}
	return 0
}

// names returns p's titles and aliases.
func (p Profile) names() []string {
	out := make([]string, 0, len(p.Titles)+len(p.Aliases))
	for _, k := range []string{"fr", "ar", "en", "ary"} {
		if t := p.Titles[k]; t != "" {
			out = append(out, t)
		}
	}
	return append(out, p.Aliases...)
}

// ProfileLabels returns the names of ps (titles in every language, and
// aliases) as labels of Marsad's occupation classifier: ingestion places
// ads, and the tools the occupation a question names, with the thesaurus
// extended by the loaded profiles' names (occupation.WithNames), so both
// land on the same code. Names of one or two letters ("RH") are left out:
// too ambiguous alone.
func ProfileLabels(ps []Profile) []occupation.Label {
	var out []occupation.Label
	for _, p := range ps {
		for _, n := range p.names() {
			if toks := lang.Tokens(n); len(toks) > 1 || len(toks) == 1 && len([]rune(toks[0])) >= 3 {
				out = append(out, occupation.Label{Code: p.Code, Name: n})
			}
		}
	}
	return out
}

// ByCode returns the profiles of a code, in ID order; nil when none.
func (s ProfileSet) ByCode(code string) []Profile { return s.byCode[code] }

// Codes returns the codes that have a profile, sorted: the set's own
// list, to read, never to write into.
func (s ProfileSet) Codes() []string { return s.codes }

// Name returns the name of an ISCO-08 code in language l: the title of
// its first profile, else a lexicon term (conceptName), else ESCO's name
// of the group (occupation.Name: ads are placed in every group ESCO
// knows, most without a profile), else the code.
func (s ProfileSet) Name(code, l string) string {
	if ps := s.byCode[code]; len(ps) > 0 {
		return ps[0].Title(l)
	}
	if n := conceptName(lang.KindOccupation, code, l); n != code {
		return n
	}
	if n := occupation.Name(code, l); n != "" {
		return n
	}
	return code
}

// Resolve returns the ISCO-08 code an argument designates and, when a
// profile's title or alias names it exactly, that profile's ID: a 4-digit
// code as is; else a profile title or alias with the same normal form;
// else where Marsad's classifier places it as it places ads' titles
// (retrieval/occupation), so that a question and an ad land on the same
// code; else the first occupation the lexicon finds in it (any language
// or script: "khddam f lmikanik"); else the longest profile title or alias found inside
// it. It reports false when nothing matches.
func (s ProfileSet) Resolve(arg string) (code, profileID string, ok bool) {
	arg = strings.TrimSpace(arg)
	if iscoRe(arg) {
		return arg, "", true
	}
	norm := lang.Normalize(arg)
	if p, ok := s.byName[norm]; ok && norm != "" {
		return p.Code, p.ID, true
	}
	if m := s.classifier().ClassifyName(arg); m.Code != "" { // as ingestion places the ads
		return m.Code, s.profileNamed(m.Label, m.Code), true
	}
	for _, m := range lang.FindConcepts(arg) {
		if m.Concept.Kind == lang.KindOccupation {
			return m.Concept.Value, "", true
		}
	}
	best := ""
	for name := range s.byName {
		if len(name) > len(best) && strings.Contains(" "+norm+" ", " "+name+" ") {
			best = name
		}
	}
	if best != "" {
		p := s.byName[best]
		return p.Code, p.ID, true
	}
	return "", "", false
}

// classifier returns the thesaurus extended by the set's names.
func (s ProfileSet) classifier() *occupation.Thesaurus {
	if s.thesaurus == nil {
		return occupation.WithNames(s.labels)
	}
	return s.thesaurus()
}

// profileNamed returns the ID of the profile of code that name names, ""
// when none does.
func (s ProfileSet) profileNamed(name, code string) string {
	if p, ok := s.byName[lang.Normalize(name)]; ok && p.Code == code {
		return p.ID
	}
	return ""
}

// known reports whether code is an occupation of a profile or of the
// lexicon.
func (s ProfileSet) known(code string) bool {
	return len(s.byCode[code]) > 0 || len(lang.ConceptTerms(lang.Concept{Kind: lang.KindOccupation, Value: code})) > 0
}

// choices lists "name (code)" for the given codes.
func (s ProfileSet) choices(codes []string) []string {
	out := make([]string, 0, len(codes))
	for _, c := range codes {
		out = append(out, s.Name(c, "fr")+" ("+c+")")
	}
	return out
}

// conceptName returns a lexicon term of a concept for language l: the
// first term in Arabic script for ar and ary, else the first term (the
// lexicon lists French first); the value itself when the lexicon has none.
func conceptName(kind, value, l string) string {
	terms := lang.ConceptTerms(lang.Concept{Kind: kind, Value: value})
	if len(terms) == 0 {
		return value
	}
	if l == "ar" || l == "ary" {
		for _, t := range terms {
			if hasArabic(t) {
				return t
			}
		}
	}
	return terms[0]
}

func hasArabic(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF {
			return true
		}
	}
	return false
}

// SkillName returns the name of a skill id in language l (see
// conceptName), or the id itself.
func SkillName(id, l string) string { return conceptName(lang.KindSkill, id, l) }
