package ingest

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/tools"
)

// fieldCaps bounds the length in characters of each indicator column.
// Every answer citing a figure repeats its source, so a long field
// multiplies into every reply; the caps leave room above the longest
// published rows (reported_by 152, source_url 379, unit 71, publisher 48).
var fieldCaps = map[string]int{
	"indicator": 64, "geo": 16, "area": 16, "sex": 16, "age": 16, "diploma": 16, "period": 32,
	"value": 32, "unit": 100, "publisher": 100, "reported_by": 300, "source_url": 2048,
	"series": 32, "relay_url": 2048,
}

// allIndicatorColumns are IndicatorHeader then IndicatorOptionalColumns.
var allIndicatorColumns = append(slices.Clone(IndicatorHeader), IndicatorOptionalColumns...)

// checkLengths returns a *tools.FieldError for the first field of rec, in
// IndicatorHeader order then IndicatorOptionalColumns', longer than its
// cap.
func checkLengths(rec []string, col map[string]int) error {
	for _, name := range allIndicatorColumns {
		i, ok := col[name]
		if !ok {
			continue
		}
		if n := utf8.RuneCountInString(rec[i]); n > fieldCaps[name] {
			return &tools.FieldError{Field: name, Value: clip(rec[i]),
				Want: fmt.Sprintf("at most %d characters (this one has %d)", fieldCaps[name], n)}
		}
	}
	return nil
}

// clip shortens s for an error message, which must not echo a field of
// megabytes.
func clip(s string) string {
	const keep = 40
	if utf8.RuneCountInString(s) <= keep {
		return s
	}
	return string([]rune(s)[:keep]) + "…"
}

// decimalRe is a plain decimal number as spreadsheets write it: a sign,
// digits (in groups of three separated by spaces, or not grouped), and a
// decimal point or comma. Exponents, hex floats, digit underscores, NaN
// and Inf, which strconv.ParseFloat takes, are not figures anyone publishes.
var decimalRe = regexp.MustCompile(`^[+-]?(\d{1,3}( \d{3})+|\d+)([.,]\d+)?$`)

// parseValue reads a value field (trimmed) as a plain decimal number
// within the range of its unit; the error is a *tools.FieldError on
// "value" quoting at most 40 characters of it.
func parseValue(raw, unit string) (float64, error) {
	if !decimalRe.MatchString(raw) {
		return 0, &tools.FieldError{Field: "value", Value: clip(raw), Want: "a plain decimal number such as 13.3, 13,3 or 1 234 567"}
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(strings.ReplaceAll(raw, " ", ""), ",", "."), 64)
	r := rangeOf(unit)
	// ParseFloat fails on a decimal only beyond float64's range, which no
	// unit admits either.
	if err != nil || v < r.min || v > r.max {
		return 0, &tools.FieldError{Field: "value", Value: clip(raw), Want: r.want}
	}
	return v, nil
}

// checkSourceURL accepts an empty address (the column is optional) or an
// absolute http or https one with a host: the address becomes a link in
// every answer, where a javascript: or data: address would run.
func checkSourceURL(field, s string) error {
	if s == "" {
		return nil
	}
	if tools.WebURLProblem(s) != "" {
		return &tools.FieldError{Field: field, Value: clip(s), Want: "an http:// or https:// address"}
	}
	return nil
}
