package gen

import (
	"fmt"
	"strings"
)

// Fields an export can carry, in canonical order.
const (
	fID = iota
	fTitle
	fEmployer
	fCity
	fRegion
	fSector
	fContract
	fSalary
	fEducation
	fExperience
	fDescription
	fSkills
	fPosted
	fSourceSite
	fURL
	fPositions
	fScrapedAt
	fAgency
)

// column names one field in an export.
type column struct {
	name  string
	field int
}

// schema is the shape of one export: its format, column names and habits.
type schema struct {
	format   string
	columns  []column
	skillSep string // joins skills in CSV, or in JSON when skillsStr is set
	skillArr bool   // JSON: skills as an array
	crlf     bool   // CSV: Windows line ends
	bom      bool   // CSV: UTF-8 byte order mark
	missing  int    // JSON: how empty fields are written, see jsonMissing*
}

// How a JSON export writes an empty field.
const (
	jsonMissingEmpty = iota // "key": ""
	jsonMissingOmit         // key left out
	jsonMissingMixed        // omitted, null or "" at random
)

// canonicalColumns are the DESIGN.md field names, used by Ads.
var canonicalColumns = []column{{"id", fID}, {"title", fTitle}, {"employer", fEmployer}, {"city", fCity},
	{"region", fRegion}, {"sector", fSector}, {"contract", fContract}, {"salary", fSalary},
	{"education", fEducation}, {"experience", fExperience}, {"description", fDescription},
	{"skills", fSkills}, {"posted", fPosted}, {"source_site", fSourceSite}, {"url", fURL}}

func canonicalSchema(format string) schema {
	return schema{format: format, columns: canonicalColumns, skillSep: ", ", skillArr: true, missing: jsonMissingEmpty}
}

// value returns field f of a as text; ok is false when the field is empty.
func (a *Ad) value(f int, sep string) (string, bool) {
	var s string
	switch f {
	case fID:
		s = a.ID
	case fTitle:
		s = a.Title
	case fEmployer:
		s = a.Employer
	case fCity:
		s = a.City
	case fRegion:
		s = a.Region
	case fSector:
		s = a.Sector
	case fContract:
		s = a.Contract
	case fSalary:
		s = a.Salary
	case fEducation:
		s = a.Education
	case fExperience:
		s = a.Experience
	case fDescription:
		s = a.Description
	case fSkills:
		s = strings.Join(a.Skills, sep)
	case fPosted:
		s = a.Posted
	case fSourceSite:
		s = a.SourceSite
	case fURL:
		s = a.URL
	case fPositions:
		if a.Positions > 0 {
			s = fmt.Sprint(a.Positions)
		}
	case fScrapedAt:
		if !a.date.IsZero() {
			s = a.date.AddDate(0, 0, 1+idHash(a.ID)%20).Format("2006-01-02")
		}
	case fAgency:
		if a.cityKey != "" {
			s = "Agence " + cities[cityIndex[a.cityKey]].latin[0]
		}
	}
	return s, s != ""
}

func idHash(id string) int {
	h := 0
	for _, c := range []byte(id) {
		h = h*31 + int(c)
	}
	if h < 0 {
		h = -h
	}
	return h
}
