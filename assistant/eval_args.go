package assistant

import (
	"bytes"
	"cmp"
	"encoding/json"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// argAliases lists, for a key of expect.args, the other names under which
// the tools take or report the same thing, so that a case can name what
// it means once for every tool: the indicator tools say geo (geos for a
// comparison's list) where the job-market tools say region; search_job_ads
// reports the ISCO codes it resolved as occupations, occupation_profile
// as code, skills_in_demand and training_paths as occupation, so isco
// names the code whatever the tool; indicator_series and the job-market tools take a period as a range,
// from = to when one period was asked.
var argAliases = map[string][]string{
	"region":     {"geo", "geos"},
	"geo":        {"region", "geos"},
	"occupation": {"occupations", "code"},
	"isco":       {"occupation", "occupations", "code"},
	"skill":      {"skills"},
	"period":     {"from", "to"},
}

// checkArgs passes when one call of the expected tool (of any tool when
// expect.tool is not set) matches every key of expect.args. A key matches
// when the expected value is among the values found under that key (or
// its argAliases) in the call's arguments, or in its result's data: the
// resolved value the tool reports (MA-06 for "casa", 2221 for
// "infirmier", a cell's sex or age, a period). Data is read at its top
// level and in its nested objects (cell, search) but not in its rows
// (lists of objects) nor in "available", which says what exists instead.
// A list value (geos, occupations) matches when the expected value is
// one of its items. Values compare as argValue normalises them. Got lists,
// for each candidate call, the values found for each key.
func checkArgs(r turnRun) (bool, string, string) {
	keys := make([]string, 0, len(r.expect.Args))
	for k := range r.expect.Args {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var want, got []string
	for _, k := range keys {
		v, _ := argString(r.expect.Args[k])
		want = append(want, k+"="+v)
	}
	for _, c := range r.turn.ToolCalls {
		if r.expect.Tool != "" && c.Name != r.expect.Tool {
			continue
		}
		ok, found := callMatches(c, keys, r.expect.Args)
		if ok {
			return true, strings.Join(want, ", "), ""
		}
		got = append(got, c.Name+"("+found+")")
	}
	if got == nil {
		return false, strings.Join(want, ", "), "no call of " + cmp.Or(r.expect.Tool, "any tool")
	}
	return false, strings.Join(want, ", "), strings.Join(got, "; ")
}

// callMatches reports whether call c matches every key, and the values
// it has for each ("geo=MA-02|MA, sex=none").
func callMatches(c ToolCall, keys []string, args map[string]any) (bool, string) {
	objs := []map[string]any{decodeObject(c.Arguments)}
	if c.Result != nil {
		raw, _ := json.Marshal(c.Result.Data) // Data is what the model reads as JSON
		objs = append(objs, decodeObject(raw))
	}
	ok := true
	var found []string
	for _, k := range keys {
		names := append([]string{k}, argAliases[k]...)
		var values []string
		for _, o := range objs {
			values = append(values, fieldValues(o, names)...)
		}
		want, _ := argString(args[k])
		ok = ok && slices.ContainsFunc(values, func(v string) bool { return argValue(v) == argValue(want) })
		found = append(found, k+"="+cmp.Or(strings.Join(slices.Compact(values), "|"), "none"))
	}
	return ok, strings.Join(found, ", ")
}

// fieldValues returns the scalar values (or items of scalar lists) under
// names in obj and in its nested objects other than "available".
func fieldValues(obj map[string]any, names []string) []string {
	var out []string
	for _, n := range names {
		out = append(out, scalars(obj[n])...)
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys) // the same got for the same turn
	for _, k := range keys {
		if nested, ok := obj[k].(map[string]any); ok && k != "available" {
			out = append(out, fieldValues(nested, names)...)
		}
	}
	return out
}

func scalars(v any) []string {
	if list, ok := v.([]any); ok {
		var out []string
		for _, item := range list {
			if s, ok := argString(item); ok {
				out = append(out, s)
			}
		}
		return out
	}
	if s, ok := argString(v); ok {
		return []string{s}
	}
	return nil
}

// argString writes a JSON scalar read with UseNumber as a string; false
// for null, lists and objects.
func argString(v any) (string, bool) {
	switch v := v.(type) {
	case string:
		return v, true
	case json.Number:
		return v.String(), true
	case bool:
		return strconv.FormatBool(v), true
	}
	return "", false
}

// argValue is the form in which args values compare: trimmed, Unicode
// NFC, lower case, and a number (a decimal comma read as a point) written
// as its value, so that "MA-06" = "ma-06", 2024 = "2024" and 5 = 5.0.
func argValue(s string) string {
	s = strings.ToLower(norm.NFC.String(strings.TrimSpace(s)))
	num := s
	if strings.Count(num, ",") == 1 && !strings.Contains(num, ".") {
		num = strings.Replace(num, ",", ".", 1)
	}
	if f, err := strconv.ParseFloat(num, 64); err == nil {
		return strconv.FormatFloat(f, 'g', -1, 64)
	}
	return s
}

// decodeObject reads a JSON object with UseNumber; anything else is an
// empty object, since a call without readable arguments has none to match.
func decodeObject(raw []byte) map[string]any {
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		return nil
	}
	return m
}
