package tools

import (
	"context"
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

// DemandQuery selects ads for counting. Every non-empty field must match:
// Occupations lists ISCO-08 codes (any of them), Region a region code
// (MA-01 … MA-12; "" or "MA" for the whole country), Sector an Ad.Sector,
// Skill a skill id the ad asks for, From and To inclusive months
// (YYYY-MM) compared with Ad.Month.
type DemandQuery struct {
	Occupations []string
	Region      string
	Sector      string
	Skill       string
	From, To    string
}

// Count is the number of ads behind one key (an occupation code, a skill
// id or a month).
type Count struct {
	Key string `json:"key"`
	Ads int    `json:"ads"`
}

// SiteCount is the number of ads in a scope that came from one site.
type SiteCount struct {
	Site string `json:"site"`
	Ads  int    `json:"ads"`
}

// Scope describes the ads a count was made on: how many, from which sites
// (most ads first, ties by name; "" for ads without a site) and the first
// and last month they cover. It is what a job_ads_count citation says.
type Scope struct {
	Ads   int         `json:"ads"`
	Sites []SiteCount `json:"sites"`
	From  string      `json:"from,omitempty"`
	To    string      `json:"to,omitempty"`
}

// Ranking is a count of ads by key, highest first, ties by key.
type Ranking struct {
	Rows  []Count `json:"rows"`
	Scope Scope   `json:"scope"`
}

// AdQuery selects ads to list. Every non-empty field must match:
// Occupations (any), Skills (all), Region, Sector, Contract, From and To
// (months, inclusive), and Words: every word (in lang.Normalize form)
// must begin a word of the ad's title or employer in lang.Normalize form.
// Limit caps the result (0: 20).
//
// Need, when set, is a unit query vector of the embedder's dimension:
// the matching ads are then ordered by retrieval.DotInt8(Need, Ad.Vector), most
// similar first, ties newest first, and ads without a Vector come after
// all those that have one, newest first. A store may rank only the
// NeedWindow newest matching ads.
type AdQuery struct {
	Occupations []string
	Skills      []string
	Region      string
	Sector      string
	Contract    string
	From, To    string
	Words       []string
	Need        []float32
	Limit       int
}

// NeedWindow is the number of newest matching ads a store must at least
// rank by similarity to AdQuery.Need: beyond it, older ads may be left
// out, so that a vague need over a million ads stays a bounded scan.
const NeedWindow = 50_000

// DemandCatalog lists the values present among stored ads, each sorted
// (Months chronologically), and the number of ads.
type DemandCatalog struct {
	Ads         int
	Occupations []string
	Regions     []string
	Sectors     []string
	Skills      []string
	Contracts   []string
	Sites       []string
	Months      []string
}

// AddSummary counts what an AddAds or PutProfiles call did: Inserted new
// records, Existing records whose ID was already stored (left unchanged
// for ads, compared for profiles), Updated profiles replaced by a
// different version.
type AddSummary struct {
	Inserted int `json:"inserted"`
	Existing int `json:"existing"`
	Updated  int `json:"updated,omitempty"`
}

// DemandStore holds deduplicated job ads, the demand aggregates counted
// on them, and occupation profiles. Implementations are safe for
// concurrent use; counts are always made on the stored (deduplicated)
// ads, and every method honours ctx.
type DemandStore interface {
	// AddAds stores ads by ID, in order. An ad whose SourceKey is not
	// empty and equals that of a stored ad (one added before, or earlier
	// in ads) is that ad read again: with the same AdVersion it is left
	// as it was and counted as Existing; with another it replaces it
	// (the stored ad leaves every count, listing and Fingerprints, the
	// new one is stored unless its ID is stored under another source)
	// and is counted as Updated. Any other ad whose ID is already stored
	// (or repeated within ads) is left as it was and counted as
	// Existing: the store never double-counts. Ads are validated
	// (ValidateAd) first; an invalid ad fails the call with an error
	// wrapping ErrBadData and nothing is stored. When AddAds returns
	// without error the ads are durable.
	AddAds(ctx context.Context, ads []Ad) (AddSummary, error)
	// Fingerprints calls fn for every stored ad in the order they were
	// added, and stops with fn's error. It may read from slow storage:
	// ingestion calls it once per run.
	Fingerprints(ctx context.Context, fn func(AdFingerprint) error) error
	// TopOccupations ranks occupations by number of matching ads (ads
	// without an occupation are in Scope but in no row), at most limit
	// rows (0: all). Nothing matching gives empty Rows and a zero Scope.
	TopOccupations(ctx context.Context, q DemandQuery, limit int) (Ranking, error)
	// SkillsInDemand ranks skills by number of matching ads that ask for
	// them, at most limit rows (0: all); Scope counts all matching ads,
	// with or without skills.
	SkillsInDemand(ctx context.Context, q DemandQuery, limit int) (Ranking, error)
	// Trend counts matching ads per month, from the first to the last
	// month that has one, months without ads included with 0; Rows is
	// chronological and empty when nothing matches.
	Trend(ctx context.Context, q DemandQuery) (Ranking, error)
	// SearchAds returns matching ads, newest first (by Ad.Day, then ID),
	// at most q.Limit; an empty slice when none match.
	SearchAds(ctx context.Context, q AdQuery) ([]Ad, error)
	// Catalog lists the values present, the tools' allow-lists.
	Catalog(ctx context.Context) (DemandCatalog, error)
	// PutProfiles upserts occupation profiles by ID after validating
	// them all (ValidateProfile; on error nothing is stored): a new ID is
	// Inserted, a different version Updated, an equal one (same JSON)
	// Existing. When it returns without error the profiles are durable.
	PutProfiles(ctx context.Context, ps []Profile) (AddSummary, error)
	// Profiles returns every profile sorted by Code, then ID; an empty
	// slice when there is none.
	Profiles(ctx context.Context) ([]Profile, error)
	Close() error
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
