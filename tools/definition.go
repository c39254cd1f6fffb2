package tools

import "sort"

// Definition describes an indicator: its names in the product's languages,
// its unit, the age band of its whole population and what it measures.
type Definition struct {
	ID string `json:"id"`
	// Names by language tag: fr, ar (MSA), ary (Darija, Arabic script),
	// ary-Latn (Arabizi), en. The Darija names are how people say it, for
	// the lexicon to be checked against; answers name indicators in fr, ar
	// or en.
	Names map[string]string `json:"names"`
	Unit  string            `json:"unit"`
	// Age is the age band of the indicator's whole population when it is
	// not the labour survey's 15+: AgeAll for administrative counts (no
	// age limit), 15-24 for NEET figures. Empty means 15+.
	Age         string `json:"age,omitempty"`
	Description string `json:"description"`
}

// Name returns the indicator's name in lang, falling back to French, then
// to the id.
func (d Definition) Name(lang string) string {
	if n, ok := d.Names[lang]; ok && n != "" {
		return n
	}
	if n, ok := d.Names["fr"]; ok && n != "" {
		return n
	}
	return d.ID
}

// IndicatorName names indicator id in an answer's language: Darija in
// Arabic script reads the MSA name, Arabizi the French one, as Moroccan
// speakers do; an unknown id is returned as is.
func IndicatorName(id, lang string) string {
	d, ok := LookupDefinition(id)
	if !ok {
		return id
	}
	switch lang {
	case "ary":
		return d.Name("ar")
	case "ary-Latn":
		return d.Name("fr")
	}
	return d.Name(lang)
}

// names is an indicator's names in fr, ar, ary, ary-Latn and en, in that
// order.
type names [5]string

func def(id, unit string, n names, desc string) Definition {
	return Definition{ID: id, Unit: unit, Description: desc,
		Names: map[string]string{"fr": n[0], "ar": n[1], "ary": n[2], "ary-Latn": n[3], "en": n[4]}}
}

// counted marks an administrative count (ANAPEC, CNSS, consular registers):
// it has no age limit, so its whole population is AgeAll, not 15+.
func counted(d Definition) Definition {
	d.Age = AgeAll
	return d
}

// youth marks a figure about young people only (NEET: 15-24).
func youth(d Definition) Definition {
	d.Age = "15-24"
	return d
}

// definitions is Marsad's own catalogue of the indicators it knows: the
// labour survey's and the census's (definition_survey.go), then the
// administrative ones (definition_admin.go).
var definitions = append(append([]Definition(nil), surveyDefinitions...), adminDefinitions...)

var definitionByID = func() map[string]Definition {
	m := make(map[string]Definition, len(definitions))
	for _, d := range definitions {
		m[d.ID] = d
	}
	return m
}()

// LookupDefinition returns the definition of an indicator id.
func LookupDefinition(id string) (Definition, bool) {
	d, ok := definitionByID[id]
	return d, ok
}

// Definitions returns every known definition sorted by id.
func Definitions() []Definition {
	out := append([]Definition(nil), definitions...)
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
