package tools

import "context"

// AdCountQuery selects ads for counting. Every non-empty field must match:
// Occupations lists ISCO-08 codes (any of them), Region a region code
// (MA-01 … MA-12; "" or "MA" for the whole country), Sector an Ad.Sector,
// Skill a skill id the ad asks for, From and To inclusive months
// (YYYY-MM) compared with Ad.Month.
type AdCountQuery struct {
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

// AdCatalog lists the values present among stored ads, each sorted
// (Months chronologically), and the number of ads.
type AdCatalog struct {
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

// AdStore holds deduplicated job ads: what ingestion adds and
// search_job_ads lists. Implementations are safe for concurrent use, and
// every method honours ctx.
type AdStore interface {
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
	// SearchAds returns matching ads, newest first (by Ad.Day, then ID),
	// at most q.Limit; an empty slice when none match.
	SearchAds(ctx context.Context, q AdQuery) ([]Ad, error)
}

// AdCounter counts stored job ads: the rankings and trends of
// top_occupations, skills_in_demand and occupation_profile, and the
// values they can be asked for. Counts are always made on the stored
// (deduplicated) ads; implementations are safe for concurrent use, and
// every method honours ctx.
type AdCounter interface {
	// TopOccupations ranks occupations by number of matching ads (ads
	// without an occupation are in Scope but in no row), at most limit
	// rows (0: all). Nothing matching gives empty Rows and a zero Scope.
	TopOccupations(ctx context.Context, q AdCountQuery, limit int) (Ranking, error)
	// SkillsInDemand ranks skills by number of matching ads that ask for
	// them, at most limit rows (0: all); Scope counts all matching ads,
	// with or without skills.
	SkillsInDemand(ctx context.Context, q AdCountQuery, limit int) (Ranking, error)
	// Trend counts matching ads per month, from the first to the last
	// month that has one, months without ads included with 0; Rows is
	// chronological and empty when nothing matches.
	Trend(ctx context.Context, q AdCountQuery) (Ranking, error)
	// Catalog lists the values present among the stored ads, the tools'
	// allow-lists. Its slices may be shared with other calls (a store
	// keeps one catalogue until ads change): callers read them and never
	// write into them.
	Catalog(ctx context.Context) (AdCatalog, error)
}

// ProfileStore holds occupation profiles. Implementations are safe for
// concurrent use, and every method honours ctx.
type ProfileStore interface {
	// PutProfiles upserts occupation profiles by ID after validating
	// them all (ValidateProfile; on error nothing is stored): a new ID is
	// Inserted, a different version Updated, an equal one (same JSON)
	// Existing. When it returns without error the profiles are durable.
	PutProfiles(ctx context.Context, ps []Profile) (AddSummary, error)
	// Profiles returns every profile sorted by Code, then ID; an empty
	// slice when there is none. The slice may be shared between calls
	// until the profiles change (ProfileSetOf builds its set once per
	// slice): callers must not modify it.
	Profiles(ctx context.Context) ([]Profile, error)
}

// JobMarketStore is what a backend of the job-market tools implements and
// cmd opens: the ads, their counts and the occupation profiles, in one
// place so that an ad added is counted at once. Close releases it.
type JobMarketStore interface {
	AdStore
	AdCounter
	ProfileStore
	Close() error
}
