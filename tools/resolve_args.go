package tools

// The argument resolvers of the tools, in one place: each maps what a
// model or a planner wrote (a name in any language, a code, a typo the
// lexicon knows) to the value the stores hold, or returns an ArgError
// naming the field and listing what exists.

import (
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
)

// resolveSector maps a sector argument to a stored sector value: a value
// of the catalog, a lexicon sector, or a catalog value with the same
// normal form.
func resolveSector(s string, present []string) (string, bool) {
	if oneOf(s, present) {
		return s, true
	}
	for _, m := range lang.FindConcepts(s) {
		if m.Concept.Kind == lang.KindSector {
			return m.Concept.Value, true
		}
	}
	n := lang.Normalize(s)
	for _, p := range present {
		if lang.Normalize(p) == n {
			return p, true
		}
	}
	if oneOf(n, lexiconValues(lang.KindSector)) {
		return n, true
	}
	return "", false
}

// resolveOccupationArg maps an occupation argument to a code (and the
// profile it names exactly, if any), or returns an ArgError listing the
// occupations present in ads and profiles.
func resolveOccupationArg(s string, dc adContext) (code, profileID string, err error) {
	code, profileID, ok := dc.profiles.Resolve(s)
	if ok && (dc.profiles.known(code) || oneOf(code, dc.cat.Occupations)) {
		return code, profileID, nil
	}
	codes := union(dc.cat.Occupations, dc.profiles.Codes())
	return "", "", &ArgError{Field: "occupation", Value: s, Valid: dc.profiles.choices(codes)}
}

// resolveNamedOccupationArg is resolveOccupationArg for a tool that can
// say something of any occupation Marsad can name, present in the ads and
// profiles or not (training_paths: "no training I know leads to it"): a
// name the classifier places (ESCO's astronaut, 3153) is taken.
func resolveNamedOccupationArg(s string, dc adContext) (code, profileID string, err error) {
	if code, profileID, ok := dc.profiles.Resolve(s); ok {
		return code, profileID, nil
	}
	return resolveOccupationArg(s, dc)
}

// resolveSkillArg maps a skill argument to a skill id, or returns an
// ArgError listing the skills present in ads.
func resolveSkillArg(s string, dc adContext) (string, error) {
	if id, ok := ResolveSkill(s); ok {
		return id, nil
	}
	return "", &ArgError{Field: "skill", Value: s, Valid: skillChoices(union(dc.cat.Skills, lexiconValues(lang.KindSkill)))}
}

func lexiconValues(kind string) []string {
	var out []string
	for _, c := range lang.Concepts(kind) {
		out = append(out, c.Value)
	}
	return union(out, nil)
}

// checkLang accepts "", fr, ar, ary and en as the language of names.
func checkLang(l string) error {
	if l == "" || oneOf(l, []string{"fr", "ar", "ary", "en"}) {
		return nil
	}
	return &ArgError{Field: "lang", Value: l, Valid: []string{"fr", "ar", "en"}}
}

// ResolveSkill returns the skill id an argument designates: an id of the
// lexicon as is, else the first skill the lexicon finds in it.
func ResolveSkill(s string) (string, bool) {
	s = strings.TrimSpace(s)
	for _, c := range lang.Concepts(lang.KindSkill) {
		if c.Value == s {
			return s, true
		}
	}
	for _, m := range lang.FindConcepts(s) {
		if m.Concept.Kind == lang.KindSkill {
			return m.Concept.Value, true
		}
	}
	return "", false
}

// skillChoices lists "name (id)" for the given skill ids.
func skillChoices(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, SkillName(id, "fr")+" ("+id+")")
	}
	return out
}

// ResolveRegion returns the region code a place argument designates: ""
// for the whole country (empty, "MA", "Maroc"…), a region code for a
// region, province or city in any spelling. It reports false for
// anything else, and for MA-SUD, which ads are not counted by.
func ResolveRegion(s string) (string, bool) {
	if strings.TrimSpace(s) == "" {
		return "", true
	}
	p, ok := lang.LookupPlace(s)
	switch {
	case !ok:
		return "", false
	case p.Kind == "country":
		return "", true
	case oneOf(p.Region, Regions):
		return p.Region, true
	}
	return "", false
}

// regionChoices lists the region codes with their French names, for an
// ArgError.
func regionChoices() []string {
	out := make([]string, 0, len(Regions)+1)
	out = append(out, "MA (Maroc)")
	for _, r := range Regions {
		out = append(out, r+" ("+lang.RegionName(r, lang.French)+")")
	}
	return out
}

func resolveContract(s string) (string, bool) {
	if oneOf(s, lexiconValues(lang.KindContract)) {
		return s, true
	}
	for _, m := range lang.FindConcepts(s) {
		if m.Concept.Kind == lang.KindContract {
			return m.Concept.Value, true
		}
	}
	return "", false
}
