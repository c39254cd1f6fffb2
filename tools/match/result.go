package match

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Options shape a match. The zero value asks for the default.
type Options struct {
	// Limit is the number of occupations returned; 0 means DefaultLimit.
	Limit int
	// Lang is the language of the names in the result (fr, ar, ary,
	// ary-Latn, en); "" means the profile's own.
	Lang string
	// Region overrides the region read from the profile for the ads
	// counted (an ISO 3166-2:MA region code); "" keeps the profile's.
	Region string
}

// ErrBadOptions is the error Match returns for Options it cannot follow.
var ErrBadOptions = errors.New("match: bad options")

// langs are the languages a result may be named in.
var langs = []string{"fr", "ar", "ary", "ary-Latn", "en"}

// check returns an error wrapping ErrBadOptions that says which option is
// wrong and what it may be.
func (o Options) check() error {
	if o.Lang != "" && !slices.Contains(langs, o.Lang) {
		return fmt.Errorf("%w: lang %q, want one of %s", ErrBadOptions, o.Lang, strings.Join(langs, ", "))
	}
	if o.Region != "" && !regionCode.MatchString(o.Region) {
		return fmt.Errorf("%w: region %q, want an ISO 3166-2:MA region code, MA-01 to MA-12", ErrBadOptions, o.Region)
	}
	if o.Limit < 0 {
		return fmt.Errorf("%w: limit %d, want 0 (the default, %d) or more", ErrBadOptions, o.Limit, DefaultLimit)
	}
	return nil
}

var regionCode = regexp.MustCompile(`^MA-(0[1-9]|1[0-2])$`)

// DefaultLimit is the number of occupations Match returns by default.
const DefaultLimit = 5

// Result is a ranked list of occupations for one profile.
type Result struct {
	// Person is what was read in the profile.
	Person Person `json:"person"`
	// Region is the region the ads are counted in, "" for none.
	Region string `json:"region,omitempty"`
	// Matches are the closest occupations, best first (at most Limit,
	// none when the profile says nothing Marsad can place).
	Matches []Candidate `json:"matches"`
}

// Candidate is one occupation ranked for a profile.
type Candidate struct {
	// Code is the ISCO-08 unit group; Name its name in the asked
	// language (the profile's name, else ESCO's).
	Code string `json:"isco"`
	Name string `json:"name"`
	// ProfileID is the catalogue's occupation that scored best for the
	// code, "" when the catalogue has none (the code was read from a
	// job the person names, and Score comes from that alone).
	ProfileID string `json:"profile_id,omitempty"`
	// Score is the fit, between 0 and 1.
	Score float64 `json:"score"`
	// Common are the occupation's required skills the profile shows;
	// Missing its most important required skills the profile does not.
	Common  []Skill `json:"skills_common"`
	Missing []Skill `json:"skills_missing"`
	// Trainings are the catalogue's trainings that close the gap: those
	// that teach a missing skill, else the ones at the level the
	// occupation asks when the person's is lower.
	Trainings []Training `json:"trainings"`
	// RegionAds and Ads are the current ads of the code in the region
	// and in the country; AdsKnown is false when the catalogue gives no
	// count for the code.
	RegionAds int  `json:"region_ads"`
	Ads       int  `json:"ads"`
	AdsKnown  bool `json:"ads_known"`
	// Why are the signals that matched, strongest first.
	Why []Signal `json:"why"`

	occ *prepared // the catalogue's occupation scored, nil for none
}

// Skill is a required skill: its lexicon id ("" when the lexicon knows
// none) and its name as the catalogue writes it in the asked language.
type Skill struct {
	ID   string `json:"id,omitempty"`
	Name string `json:"name"`
}

// Signal kinds.
const (
	SignalWished     = "wished_occupation"  // the person wants this occupation
	SignalPast       = "past_occupation"    // the person worked in it (or named it)
	SignalRelated    = "related_occupation" // a named occupation of the same ISCO minor group
	SignalSkills     = "skills"
	SignalField      = "diploma_field"
	SignalLevel      = "education_level"
	SignalExperience = "experience"
	SignalWords      = "profile_words" // the profile's words meet the occupation's names, skills and trainings
)

// Signal is one reason an occupation ranks: its kind, what matched (as
// written in the profile or the catalogue), and its share of the score.
type Signal struct {
	Kind   string  `json:"kind"`
	Detail string  `json:"detail,omitempty"`
	Weight float64 `json:"weight"`
}
