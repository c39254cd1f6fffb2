package tools

import (
	"fmt"
	"strconv"
	"time"
)

// Ad is one job ad as Marsad stores it: normalised, classified and
// deduplicated by ingestion. Only ID and Title-or-Description are always
// set; every other field is empty when the ad did not say.
type Ad struct {
	// ID is stable across ingestions: a hash of the ad's normalised
	// content, so the same text loaded twice gets the same ID.
	ID       string `json:"id"`
	Title    string `json:"title"`
	Employer string `json:"employer,omitempty"`
	// City is the gazetteer's name of the city, or the city as written
	// when the gazetteer does not know it (then Region is empty).
	City     string `json:"city,omitempty"`
	Province string `json:"province,omitempty"` // ISO 3166-2:MA province code, when known
	Region   string `json:"region,omitempty"`   // MA-01 … MA-12, "" when unknown
	// Sector is one of HCP's four sectors (services, industry,
	// construction, agriculture), read from the ad's sector or, when it
	// names none, from its occupation.
	Sector   string `json:"sector,omitempty"`
	Contract string `json:"contract,omitempty"` // cdi, cdd, anapec, stage, interim, freelance
	// SalaryMin and SalaryMax are in MAD per month (0: not stated);
	// SalaryText is the salary as written, SalaryNote how it was read
	// ("smig", "negotiable", "yearly/12", "daily*26", "hourly*191").
	SalaryMin  float64 `json:"salary_min,omitempty"`
	SalaryMax  float64 `json:"salary_max,omitempty"`
	SalaryText string  `json:"salary_text,omitempty"`
	SalaryNote string  `json:"salary_note,omitempty"`
	// Education is a level: none, primary, lower_secondary, vocational,
	// bac, bac+2, bac+3, bac+5, doctorate; "" when not stated.
	Education string `json:"education,omitempty"`
	// ExperienceMin is the minimum years of experience asked, nil when
	// not stated (0 for "débutant accepté").
	ExperienceMin *int   `json:"experience_min,omitempty"`
	Posted        string `json:"posted,omitempty"` // YYYY-MM-DD, "" when unknown
	// Seen is the day the ad was collected (the input's reference date),
	// YYYY-MM-DD; an ad without Posted is counted in Seen's month.
	Seen        string `json:"seen,omitempty"`
	Description string `json:"description,omitempty"` // plain text
	SourceSite  string `json:"source_site,omitempty"` // host name: rekrute.com, anapec.org
	URL         string `json:"url,omitempty"`
	Lang        string `json:"lang,omitempty"`       // lang.Tag of the text
	Occupation  string `json:"occupation,omitempty"` // ISCO-08 unit group, 4 digits
	// OccupationVia says how Occupation was found: "title",
	// "description", "profile" (nearest occupation profile) or "retrieval".
	OccupationVia string   `json:"occupation_via,omitempty"`
	Skills        []string `json:"skills,omitempty"` // lexicon skill ids, sorted, distinct
	// Signature is the near-duplicate signature ingestion computed
	// (opaque to stores, which keep it as is).
	Signature []byte `json:"signature,omitempty"`
	// Vector is the ad's embedding quantised by retrieval.QuantizeInt8 (a scale,
	// then one int8 per dimension), set by ingestion when it has an
	// embedder, nil otherwise; stores keep it as is.
	Vector []byte `json:"vector,omitempty"`
	// Meta keeps what the input had beyond these fields (unknown columns,
	// the source's own id) and where the ad came from (file:line).
	Meta map[string]string `json:"meta,omitempty"`
}

// Month returns the month an ad counts in: the month of Posted, else of
// Seen, as YYYY-MM; "" when neither is a date.
func (a Ad) Month() string {
	for _, d := range []string{a.Posted, a.Seen} {
		if len(d) >= 7 && ValidPeriod(d[:7]) && PeriodFrequency(d[:7]) == "monthly" {
			return d[:7]
		}
	}
	return ""
}

// Day returns the date an ad is ordered by (Posted, else Seen), as
// YYYY-MM-DD or "".
func (a Ad) Day() string {
	if a.Posted != "" {
		return a.Posted
	}
	return a.Seen
}

// AdFingerprint is what near-duplicate detection needs of a stored ad.
type AdFingerprint struct {
	ID        string
	Region    string
	City      string
	Employer  string
	Signature []byte
	SourceKey string // Ad.SourceKey
	Version   string // AdVersion
}

// ValidateAd checks what a store relies on: an ID, a title or a
// description, and well-formed codes and dates. The error wraps ErrBadData.
func ValidateAd(a Ad) error {
	bad := func(field, val, want string) error { return &FieldError{Field: field, Value: val, Want: want} }
	switch {
	case a.ID == "":
		return bad("id", a.ID, "a stable content id")
	case a.Title == "" && a.Description == "":
		return bad("title", "", "a title or a description")
	case a.Region != "" && !oneOf(a.Region, Regions):
		return bad("region", a.Region, "MA-01 … MA-12 or empty")
	case a.Occupation != "" && !iscoRe(a.Occupation):
		return bad("occupation", a.Occupation, "an ISCO-08 unit group of 4 digits")
	case a.Posted != "" && !isDate(a.Posted):
		return bad("posted", a.Posted, "a date YYYY-MM-DD")
	case a.Seen != "" && !isDate(a.Seen):
		return bad("seen", a.Seen, "a date YYYY-MM-DD")
	case a.SalaryMin < 0 || a.SalaryMax < 0 || (a.SalaryMax > 0 && a.SalaryMax < a.SalaryMin):
		return bad("salary", fmt.Sprint(a.SalaryMin, "-", a.SalaryMax), "0 <= min <= max MAD per month")
	}
	return nil
}

func iscoRe(s string) bool {
	if len(s) != 4 {
		return false
	}
	_, err := strconv.Atoi(s)
	return err == nil && s[0] != '-' && s[0] != '+'
}

func isDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}
