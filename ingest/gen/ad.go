package gen

import (
	"errors"
	"time"
)

// Errors returned by this package.
var (
	// ErrFormat is returned for an output format other than "csv" or "jsonl".
	ErrFormat = errors.New("gen: unknown format")
	// ErrCount is returned for a negative number of ads.
	ErrCount = errors.New("gen: negative ad count")
)

// Output formats accepted by Ads.
const (
	FormatCSV   = "csv"
	FormatJSONL = "jsonl"
)

// Ad is one generated job ad. The exported text fields are what a site would
// publish, as written (salary "6000-8000 DH", posted "il y a 3 jours", city
// "CASA"); empty means the site left the field out. The fields after Skills
// are not part of the published record: they are the ground truth used by
// the evaluations and never written by Ads.
type Ad struct {
	ID          string
	Title       string
	Employer    string
	City        string
	Region      string
	Sector      string
	Contract    string
	Salary      string
	Education   string
	Experience  string
	Description string
	Skills      []string
	Posted      string
	SourceSite  string
	URL         string
	Positions   int // number of openings, 0 when not stated

	// Ground truth.
	Occupation string // occupation profile id (profiles.json)
	ISCO       string // ISCO-08 unit group intended for the ad
	RegionCode string // ISO 3166-2:MA code of the city (MA-01 .. MA-12)
	Lang       string // "fr", "ar" or "mixed"
	DupOf      string // ID of the ad this one reposts; "" for an original

	cityKey string    // gazetteer key, kept to respell the city in a repost
	date    time.Time // publication date behind Posted
}
