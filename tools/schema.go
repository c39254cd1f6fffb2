package tools

import (
	"strings"
)

func objectSchema(props map[string]any, required ...string) map[string]any {
	s := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		s["required"] = required
	}
	return s
}

func indicatorSchema() map[string]any {
	ids := make([]string, 0, len(definitions))
	for _, d := range Definitions() {
		ids = append(ids, d.ID)
	}
	return map[string]any{"type": "string", "enum": ids, "description": "indicator id"}
}

func cellSchema() map[string]any {
	return map[string]any{
		"geo":     map[string]any{"type": "string", "description": "MA (country, default), MA-SUD (HCP's southern regions) or a region " + strings.Join(Regions, ", ")},
		"area":    map[string]any{"type": "string", "enum": Areas, "description": "default total"},
		"sex":     map[string]any{"type": "string", "enum": Sexes, "description": "default total"},
		"age":     map[string]any{"type": "string", "description": "age band: 15+ (default of survey figures), all (administrative counts with no age limit: CNSS, ANAPEC, consulates; their default), 15-24 (default of NEET figures), 25-34, 35-44, 45+"},
		"diploma": map[string]any{"type": "string", "enum": Diplomas, "description": "default total"},
	}
}

// validateIndicatorAndCell checks the indicator and every cell field. A
// value is accepted when it is valid in the product's vocabulary (a known
// indicator, a region code) even if the store has no figure for it yet:
// the tool then answers with what exists instead. Anything else is an
// ArgError listing the valid values, nearest first.
func validateIndicatorAndCell(dims Dimensions, indicator string, c *Cell) error {
	if _, known := LookupDefinition(indicator); !known && !oneOf(indicator, dims.Indicators) {
		return &ArgError{Field: "indicator", Value: indicator, Valid: union(dims.Indicators, definitionIDs())}
	}
	// The lists of valid values are built only for the error: a valid
	// call, the common one, allocates none of them.
	bad := func(field, value string, valid []string) error {
		return &ArgError{Field: field, Value: value, Valid: valid}
	}
	switch {
	case !IsGeo(c.Geo):
		return bad("geo", c.Geo, append([]string{"MA", "MA-SUD"}, Regions...))
	case !oneOf(c.Area, Areas):
		return bad("area", c.Area, Areas)
	case !oneOf(c.Sex, Sexes):
		return bad("sex", c.Sex, Sexes)
	case !oneOf(c.Age, dims.Ages) && !oneOf(c.Age, StandardAges):
		return bad("age", c.Age, union(dims.Ages, StandardAges))
	case !oneOf(c.Diploma, Diplomas):
		return bad("diploma", c.Diploma, Diplomas)
	}
	return nil
}

// StandardAges are the age bands HCP publishes.
var StandardAges = []string{"15+", "15-24", "25-34", "35-44", "45+", "15-29"}

func definitionIDs() []string {
	ids := make([]string, len(definitions))
	for i, d := range definitions {
		ids[i] = d.ID
	}
	return ids
}

// union returns the sorted distinct values of a and b.
func union(a, b []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range append(append([]string(nil), a...), b...) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return sortedCopy(out)
}
