package prompts

// The views of the job-market answers: occupations and skills counted in
// job ads, occupation profiles, training paths, job ads and notes. Every
// string is already worded and every number formatted (Number) by the
// caller from a tool result; templates only arrange them.

// AdScope is the set of ads a count was made on: where, in which sector,
// the months they cover, how many and from which sites.
type AdScope struct {
	Place  string   // phrase: "dans la région Souss-Massa", "au Maroc"
	Asked  string   // the city the user named, when the count is for its region
	Sector string   // sector name, "" for every sector
	From   string   // first month covered ("janvier 2024")
	To     string   // last month covered
	Ads    string   // number of deduplicated ads
	Sites  []Figure // Label: a site; Value: its number of ads
}

// AdCountRow is one ranked occupation or skill with its number of ads and
// share of the ads in scope.
type AdCountRow struct {
	Rank  int
	Name  string
	Ads   string
	One   bool   // Ads is one (singular noun)
	Share string // "8,5 %"
}

// TopOccupationsView is the data of the "top_occupations" template.
type TopOccupationsView struct {
	Scope        AdScope
	Skill        string // only ads asking for this skill, "" for all
	Rows         []AdCountRow
	Unclassified string // ads with no occupation found, "" when none
	Kind         string // what the figures are (count of job ads)
}

// SkillsView is the data of the "skills_in_demand" template.
type SkillsView struct {
	Occupation string // occupation name, "" for all ads
	Scope      AdScope
	Rows       []AdCountRow
	Widened    bool // the place or period asked had no ad of the occupation: Scope is the whole country
	Kind       string
}

// TrainingLine is one training path.
type TrainingLine struct {
	Name       string
	Kind       string // worded kind (formation professionnelle…)
	Provider   string
	Level      string
	Duration   string
	Access     string
	Occupation string // the occupation it leads to, when the list mixes several
}

// ProfileView is the data of the "occupation_profile" template.
type ProfileView struct {
	Name        string
	Code        string // ISCO-08 unit group
	HasProfile  bool   // false: no profile text, only what ads say
	Description string
	DescLang    string // language of Description when it differs from the answer's ("fr")
	SkillsLang  string // language Skills are named in when it differs from the answer's, as far as the template says so
	Sector      string
	Education   string
	Skills      []string
	AdSkills    []Figure // skills ads ask for (Label) with their ads (Value)
	Trainings   []TrainingLine
	SalaryMin   string // indicative range, "" when not stated
	SalaryMax   string
	SalaryNote  string // the profile's own words on the range, when in the answer's language
	NearSMIG    bool   // the profile says its range is about the legal minimum wage (SMIG, SMAG)
	// SalaryFirst: the question asked what the occupation pays; the
	// answer opens on it ("salary.lead"), before the profile.
	SalaryFirst bool
	AdSalary    *AdSalary // what its job ads state, nil when none states a salary
	Related     []string
	Place       string // phrase of the region of the demand figures
	Ads         string // ads of the occupation over the trend
	From, To    string // months of the trend
	Trend       []Figure
	Kind        string
}

// AdSalary is the range of monthly salaries the job ads of an occupation
// state: how many ads, where and over which months.
type AdSalary struct {
	Min, Max  string // MAD a month
	Ads       string // ads that state a salary
	One       bool   // Ads is one
	Place     string // phrase of where they were counted ("au Maroc")
	From, To  string // months of the oldest and newest of them
	Converted bool   // some pay by the day or the hour, counted over a month
	SMIGAds   string // ads offering the SMIG, "" for none
	SMIG      string // the SMIG as those ads were read, MAD a month
}

// TrainingView is the data of the "training_paths" template.
type TrainingView struct {
	Subject   string // occupation or skill name
	BySkill   bool   // Subject is a skill
	Place     string // phrase of the region asked, "" for none
	Kind      string // worded kind asked, "" for any
	AnyKind   bool   // no training of the kind asked: Rows are of every kind
	Rows      []TrainingLine
	More      bool   // Rows is the start of a longer list
	NoPlaces  bool   // the trainings do not say where they are offered
	Elsewhere string // trainings offered only in other regions, "" for none
}

// JobAdLine is one job ad as listed (unnumbered: a rank would be a
// number no tool gave).
type JobAdLine struct {
	Title    string
	Employer string
	City     string
	Contract string // worded
	Salary   string // as the ad wrote it
	Date     string // YYYY-MM-DD
	Site     string
	URL      string
}

// AdCriteria is what a job-ad search or count was made for, each part
// worded and "" when not part of it.
type AdCriteria struct {
	Occupation string
	Skill      string
	Words      string // free words looked for in titles
	Contract   string
	Sector     string
	Place      string // phrase of the region
	Asked      string // the city the user named
	Period     string // phrase
}

// JobAdsView is the data of the "search_job_ads" template. When no ad
// matched the whole search (Asked), Widened is set and Used is the
// narrower search the ads listed match. When no ad has the words asked
// for, Related is set and the ads listed are those of Used closest in
// meaning to the question, most similar first.
type JobAdsView struct {
	Asked   AdCriteria
	Used    AdCriteria
	Widened bool
	Related bool
	Rows    []JobAdLine
}

// DocumentLine is one passage of a note found, unnumbered.
type DocumentLine struct {
	Title     string
	Snippet   string
	Publisher string
	Date      string
	URL       string
}

// DocumentsView is the data of the "search_documents" template.
type DocumentsView struct {
	Rows []DocumentLine
}

// AdsMissingView is the data of the "ads.missing" template: no ad
// matched the search, and what the stored ads cover.
type AdsMissingView struct {
	Search  AdCriteria
	From    string // first month of the stored ads, "" when none is stored
	To      string
	Regions []string
	Sectors []string
}

// TrainingMissingView is the data of the "training.missing" template.
type TrainingMissingView struct {
	Subject     string
	BySkill     bool
	Occupations []string // occupations that have trainings ("Soudeur (7212)")
}

// RefusedView is the data of the "ads.refused" template: a value the
// tools do not know, and the nearest they do.
type RefusedView struct {
	Field string // occupation, skill, region, sector, contract, kind, period
	Value string
	Valid []string
}
