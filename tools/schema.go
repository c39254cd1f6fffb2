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
	checks := []struct {
		field, value string
		ok           bool
		valid        []string
	}{
		{"geo", c.Geo, IsGeo(c.Geo), append([]string{"MA", "MA-SUD"}, Regions...)},
		{"area", c.Area, oneOf(c.Area, Areas), Areas},
		{"sex", c.Sex, oneOf(c.Sex, Sexes), Sexes},
		{"age", c.Age, oneOf(c.Age, dims.Ages) || oneOf(c.Age, StandardAges), union(dims.Ages, StandardAges)},
		{"diploma", c.Diploma, oneOf(c.Diploma, Diplomas), Diplomas},
	}
	for _, ch := range checks {
		if !ch.ok {
			return &ArgError{Field: ch.field, Value: ch.value, Valid: ch.valid}
		}
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
