package tools

import "strings"

// Profile describes an occupation: what the job is, the skills it needs
// and the trainings that lead to it. ID is unique; several profiles may
// share one ISCO-08 unit group Code (building electrician and solar
// installer are both 7411).
type Profile struct {
	ID   string `json:"id"`
	Code string `json:"code"`
	// Titles and Descriptions are keyed by language tag (fr, ar, en, ary).
	Titles       map[string]string `json:"titles"`
	Aliases      []string          `json:"aliases,omitempty"` // other names, any language or script
	Sector       string            `json:"sector,omitempty"`
	Descriptions map[string]string `json:"descriptions,omitempty"`
	// Skills are the skills as the profile names them (French), SkillsAR
	// the same in Arabic, aligned by index or empty; SkillIDs the lexicon
	// skill ids found in them, sorted.
	Skills    []string `json:"skills,omitempty"`
	SkillsAR  []string `json:"skills_ar,omitempty"`
	SkillIDs  []string `json:"skill_ids,omitempty"`
	Education string   `json:"education,omitempty"`
	// SalaryMin and SalaryMax are an indicative monthly range in MAD
	// (0: not stated), SalaryNote says what it is.
	SalaryMin  float64    `json:"salary_min,omitempty"`
	SalaryMax  float64    `json:"salary_max,omitempty"`
	SalaryNote string     `json:"salary_note,omitempty"`
	Trainings  []Training `json:"trainings,omitempty"`
	// Publisher and URL are the source of the profile's text.
	Publisher string `json:"publisher"`
	URL       string `json:"url,omitempty"`
}

// Training is one path to an occupation: a diploma of vocational
// training, a university degree or a certificate.
type Training struct {
	Name     string `json:"name"`
	Provider string `json:"provider"` // OFPPT, a university, a school
	// Kind is one of TrainingKinds.
	Kind     string   `json:"kind"`
	Level    string   `json:"level,omitempty"`    // technicien spécialisé, licence, master…
	Duration string   `json:"duration,omitempty"` // as the provider states it: "2 ans"
	Access   string   `json:"access,omitempty"`   // entry requirement: "bac", "9e année"
	Cities   []string `json:"cities,omitempty"`
	Regions  []string `json:"regions,omitempty"` // region codes where it is offered; empty: not stated
	Skills   []string `json:"skills,omitempty"`  // skill ids it teaches
	URL      string   `json:"url,omitempty"`
}

// TrainingKinds are the kinds of training paths.
var TrainingKinds = []string{"vocational", "university", "certificate", "apprenticeship", "other"}

// Citation returns the citation of p: a document of its publisher, or
// Marsad's own reference sheet (KindReference, publisher "Marsad") when
// Marsad wrote it or when it names no publisher but the file it was read
// from, which is never shown as a source. A sheet of Marsad's demo corpus
// is marked Demo.
func (p Profile) Citation() Citation {
	c := Citation{ID: "profile:" + p.ID, Kind: KindDocument, Publisher: p.Publisher, Title: p.Title("fr"), URL: p.URL,
		Demo: DemoPublisher(p.Publisher) || seedFile(p.Publisher)}
	if InternalPublisher(p.Publisher) || strings.HasPrefix(p.Publisher, "Marsad") {
		c.Kind, c.Publisher = KindReference, "Marsad"
	}
	return c
}

// seedFile reports whether a profile's publisher is the file of the
// bundled demo sheets, as stores filled before the seed named its
// publisher hold it.
func seedFile(publisher string) bool {
	return strings.HasPrefix(publisher, "seed/") && InternalPublisher(publisher)
}

// Title returns p's title in language l, falling back to French, English,
// Arabic, then the code.
func (p Profile) Title(l string) string {
	for _, k := range []string{l, "fr", "en", "ar"} {
		if t := p.Titles[k]; t != "" {
			return t
		}
	}
	return p.Code
}

// ValidateProfile checks a profile: an id, an ISCO-08 code, a title, a
// publisher and well-formed trainings. The error wraps ErrBadData.
func ValidateProfile(p Profile) error {
	bad := func(field, val, want string) error { return &FieldError{Field: field, Value: val, Want: want} }
	switch {
	case p.ID == "":
		return bad("id", "", "a unique profile id")
	case !iscoRe(p.Code):
		return bad("code", p.Code, "an ISCO-08 unit group of 4 digits")
	case p.Title("") == p.Code:
		return bad("titles", "", "a title in at least one language")
	case p.Publisher == "":
		return bad("publisher", "", "the publisher of the profile")
	}
	for _, t := range p.Trainings {
		switch {
		case t.Name == "":
			return bad("trainings.name", "", "the name of the training")
		case !oneOf(t.Kind, TrainingKinds):
			return bad("trainings.kind", t.Kind, strings.Join(TrainingKinds, ", "))
		}
		for _, r := range t.Regions {
			if !oneOf(r, Regions) {
				return bad("trainings.regions", r, "region codes MA-01 … MA-12")
			}
		}
	}
	return nil
}
