package match

import (
	"errors"
	"fmt"
	"strings"

	"github.com/marsad/marsad/retrieval/occupation"
)

// ErrCatalogue is the error New returns for a catalogue it cannot use.
var ErrCatalogue = errors.New("match: bad catalogue")

// Occupation is one occupation the catalogue knows, as an occupation
// profile describes it. Only Code is required; every other field adds a
// signal.
type Occupation struct {
	// Code is the ISCO-08 unit group (4 digits).
	Code string `json:"isco"`
	// ID tells apart several profiles of one code ("electricien-batiment").
	ID string `json:"id,omitempty"`
	// Names are the occupation's names by language tag (fr, ar, en...).
	Names map[string]string `json:"names,omitempty"`
	// Aliases are other names, in any language or script (Darija too).
	Aliases []string `json:"aliases,omitempty"`
	// Sector is the sector as written ("BTP", "Santé").
	Sector string `json:"sector,omitempty"`
	// Skills are the skills the occupation requires, most important
	// first, as written (French); SkillsAR the same skills in Arabic, in
	// the same order (may be shorter or empty).
	Skills   []string `json:"skills,omitempty"`
	SkillsAR []string `json:"skills_ar,omitempty"`
	// Education is the education asked for, as written ("Bac+2 à Bac+5
	// (OFPPT TS, DUT, licence)"); the levels are read from it.
	Education string `json:"education,omitempty"`
	// Fields are fields of study that lead to the occupation, as written
	// ("électromécanique", "comptabilité"), beside the trainings' names.
	Fields []string `json:"fields,omitempty"`
	// Descriptions are the occupation's descriptions by language; their
	// words count for little, but they let a profile written in English
	// or Arabic meet the occupation.
	Descriptions map[string]string `json:"descriptions,omitempty"`
	// Trainings lead to the occupation.
	Trainings []Training `json:"trainings,omitempty"`
}

// Training is a training that leads to an occupation.
type Training struct {
	Name     string `json:"name"`
	Kind     string `json:"kind,omitempty"` // vocational, university, certificate...
	Provider string `json:"provider,omitempty"`
	Level    string `json:"level,omitempty"`
	Duration string `json:"duration,omitempty"`
	Access   string `json:"access,omitempty"`
	// Skills are the lexicon's skill ids the training teaches, if known.
	Skills []string `json:"skills,omitempty"`
}

// AdCount is the number of current job ads of one occupation in one
// region. Region is an ISO 3166-2:MA region code ("MA-06"), or "" for the
// whole country (when no such row is given, the country's count is the
// sum of the regions').
type AdCount struct {
	Code   string `json:"isco"`
	Region string `json:"region,omitempty"`
	Ads    int    `json:"ads"`
}

// Catalogue is what Matcher matches against.
type Catalogue struct {
	Occupations []Occupation `json:"occupations"`
	Ads         []AdCount    `json:"ads,omitempty"`
}

// Matcher ranks a catalogue's occupations for a profile. It is built once
// (New) and safe for concurrent use.
type Matcher struct {
	occs     []prepared
	byCode   map[string][]int
	ads      map[string]map[string]int // code → region → ads ("" = country)
	idf      map[string]float64
	skillIDF map[string]float64
	nameIDF  map[string]float64 // rarity of the uncut words of names among the occupations' names
	th       *occupation.Thesaurus
}

// New prepares a catalogue: it reads each occupation's skills, levels and
// words once. It returns an error wrapping ErrCatalogue that names the
// first occupation or ad count without a valid ISCO-08 code.
func New(c Catalogue) (*Matcher, error) {
	m := &Matcher{byCode: map[string][]int{}, ads: map[string]map[string]int{}}
	var labels []occupation.Label
	for i, o := range c.Occupations {
		if !validCode(o.Code) {
			return nil, fmt.Errorf("%w: occupation %d (%q): isco %q is not a 4-digit ISCO-08 code", ErrCatalogue, i, o.ID, o.Code)
		}
		m.byCode[o.Code] = append(m.byCode[o.Code], len(m.occs))
		m.occs = append(m.occs, prepare(o))
		for _, n := range append(names(o), o.Aliases...) {
			labels = append(labels, occupation.Label{Code: o.Code, Name: n})
		}
	}
	for i, a := range c.Ads {
		if !validCode(a.Code) || a.Ads < 0 {
			return nil, fmt.Errorf("%w: ad count %d: isco %q, ads %d (want a 4-digit code and a count ≥ 0)", ErrCatalogue, i, a.Code, a.Ads)
		}
		if m.ads[a.Code] == nil {
			m.ads[a.Code] = map[string]int{}
		}
		m.ads[a.Code][strings.TrimSpace(a.Region)] += a.Ads
	}
	m.idf, m.skillIDF = m.weights()
	m.th = occupation.WithNames(labels)
	return m, nil
}

func validCode(c string) bool {
	if len(c) != 4 {
		return false
	}
	for _, r := range c {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// names returns o's names, French first.
func names(o Occupation) []string {
	var out []string
	for _, l := range []string{"fr", "ar", "ary", "ary-Latn", "en"} {
		if n := o.Names[l]; n != "" {
			out = append(out, splitNames(n)...)
		}
	}
	return out
}

// splitNames splits "Comptable / Chef comptable" into its names.
func splitNames(n string) []string {
	var out []string
	for _, p := range strings.Split(n, "/") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// regionAds returns the ads of code in region and in the whole country;
// known is false when the catalogue gives no count for code.
func (m *Matcher) regionAds(code, region string) (inRegion, country int, known bool) {
	rs, ok := m.ads[code]
	if !ok {
		return 0, 0, false
	}
	country, hasCountry := rs[""]
	for r, n := range rs {
		if !hasCountry && r != "" {
			country += n
		}
	}
	return rs[region], country, true
}

// ErrEmptyProfile is the error Match returns for a profile with no word.
var ErrEmptyProfile = errors.New("match: the profile is empty: write a diploma, skills, past jobs or the job wished")
