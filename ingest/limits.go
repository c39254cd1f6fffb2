package ingest

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/tools"
)

// Lengths an ad is stored with. Web text has no bound (a scraper may put
// a whole page in a description), while everything downstream (the
// store's log, dedup's signatures, search results, the model's context)
// is sized for ads. A field past its length is cut on a rune boundary and
// Meta["truncated"] names it: the ad stays, with what an ad holds. Only a
// one-line field past garbageField is refused (see oversized).
const (
	maxTitleRunes  = 300    // a title of a line or two
	maxFieldRunes  = 200    // employer, city, salary as written, source site
	maxDescription = 20_000 // bytes of plain text: a long ad is 3–5 kB
	maxSkills      = 100    // items of a skills list read
	maxSkillRunes  = 100    // runes of one listed skill
	maxMetaValue   = 500    // bytes of a Meta value (unknown columns, raw fields)
	maxMetaExtra   = 64     // unknown columns kept, the first by name
	// maxRawDescription bounds the markup read for a description: 16
	// times its plain text, as HTML-heavy ads have it.
	maxRawDescription = 16 * maxDescription
	// garbageField is the size past which a one-line field is not a
	// value at all: an employer or a city of 4 kB is a shifted column or
	// a page scraped into a cell. Cutting it would store a wrong ad
	// under a plausible name, so the record goes to quarantine.
	garbageField = 4 << 10
)

// oneLineFields are the fields that hold a phrase, not a text.
var oneLineFields = []field{fID, fTitle, fEmployer, fCity, fRegion, fSector, fContract, fSalary, fEducation,
	fExperience, fPosted, fSourceSite, fSeen}

// oversized returns the quarantine reason of a record with a one-line
// field past garbageField, "" when it has none.
func oversized(f *[numFields]string) string {
	for _, k := range oneLineFields {
		if n := len(f[k]); n > garbageField {
			return fmt.Sprintf("field %s of %d bytes: not a value (a shifted column or a page in a cell)", FieldNames[k], n)
		}
	}
	return ""
}

// clipRunes returns s cut to n runes, and whether it was cut.
func clipRunes(s string, n int) (string, bool) {
	if len(s) <= n || utf8.RuneCountInString(s) <= n {
		return s, false
	}
	i := 0
	for range n {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return strings.TrimSpace(s[:i]), true
}

// clipBytes returns s cut to at most n bytes on a rune boundary, and
// whether it was cut.
func clipBytes(s string, n int) (string, bool) {
	if len(s) <= n {
		return s, false
	}
	return strings.TrimSpace(prefix(s, n)), true
}

// limitAd cuts the free-text fields of ad to their lengths and returns
// the names of those it cut.
func limitAd(ad *tools.Ad) []string {
	var cut []string
	clip := func(name string, s *string, n int, byBytes bool) {
		var was bool
		if byBytes {
			*s, was = clipBytes(*s, n)
		} else {
			*s, was = clipRunes(*s, n)
		}
		if was {
			cut = append(cut, name)
		}
	}
	clip("title", &ad.Title, maxTitleRunes, false)
	clip("description", &ad.Description, maxDescription, true)
	clip("employer", &ad.Employer, maxFieldRunes, false)
	clip("city", &ad.City, maxFieldRunes, false)
	clip("salary", &ad.SalaryText, maxFieldRunes, false)
	clip("source_site", &ad.SourceSite, maxFieldRunes, false)
	return cut
}

// limitList returns at most maxSkills items of a listed skills, each cut
// to maxSkillRunes.
func limitList(items []string) []string {
	items = items[:min(len(items), maxSkills)]
	for i, s := range items {
		items[i], _ = clipRunes(s, maxSkillRunes)
	}
	return items
}

// limitExtra returns the unknown columns kept in an ad's Meta: the first
// maxMetaExtra by name, each value cut to maxMetaValue bytes; extra itself
// when that is all of it.
func limitExtra(extra map[string]string) map[string]string {
	fits := len(extra) <= maxMetaExtra
	for _, v := range extra {
		fits = fits && len(v) <= maxMetaValue
	}
	if fits {
		return extra
	}
	out := make(map[string]string, min(len(extra), maxMetaExtra))
	for _, k := range slices.Sorted(maps.Keys(extra))[:min(len(extra), maxMetaExtra)] {
		out[k], _ = clipBytes(extra[k], maxMetaValue)
	}
	return out
}
