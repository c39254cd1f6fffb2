package ingest

import "strings"

// maxCount bounds counts of persons, firms, jobs: Morocco has some 37
// million inhabitants, so a billion is out of reach of any true figure
// and catches a misplaced decimal mark or a run of zeros.
const maxCount = 1e9

// valueRange is the plausible range of the values of a unit.
type valueRange struct {
	unit     string // the unit, or its first words: "percent" covers "percent of employed"
	min, max float64
	want     string // what the error says is wanted
}

// unitRanges lists the units of the published figures (the seed and
// ../shared/data); rangeOf takes the first entry that matches, so a
// longer unit comes before its first word.
var unitRanges = []valueRange{
	{"percent", 0, 100, "a percentage between 0 and 100"},
	// A net change: negative when jobs were lost.
	{"jobs (year on year)", -maxCount, maxCount, "a net change in jobs between -1 000 000 000 and 1 000 000 000"},
	{"jobs", 0, maxCount, "a count between 0 and 1 000 000 000"},
	{"persons", 0, maxCount, "a count between 0 and 1 000 000 000"},
	{"firms", 0, maxCount, "a count between 0 and 1 000 000 000"},
	{"insertions", 0, maxCount, "a count between 0 and 1 000 000 000"},
	{"hours per week", 0, 168, "hours between 0 and 168 (a week)"},
	// All the employed working every hour of the week is below 2 000.
	{"million hours per week", 0, 10_000, "million hours between 0 and 10 000"},
	{"MAD per month", 0, 10_000_000, "a monthly amount between 0 and 10 000 000 MAD"},
	// Morocco's GDP is some 1 500 billion MAD a year.
	{"billion MAD", 0, 100_000, "an amount between 0 and 100 000 billion MAD"},
	{"months", 0, 1200, "months between 0 and 1 200"},
}

// anyUnit bounds the values of a unit not in unitRanges: signed, since
// nothing says a new unit cannot be a change, but no larger than a count.
var anyUnit = valueRange{"", -maxCount, maxCount, "a number between -1 000 000 000 and 1 000 000 000 (add the unit to ingest's unitRanges for a narrower or wider range)"}

// rangeOf returns the range of unit, matched case-insensitively on whole
// words: "persons (January-July cumulative)" is persons, "personsx" is
// not.
func rangeOf(unit string) valueRange {
	u := strings.ToLower(unit)
	for _, r := range unitRanges {
		p := strings.ToLower(r.unit)
		if u == p || strings.HasPrefix(u, p+" ") {
			return r
		}
	}
	return anyUnit
}
