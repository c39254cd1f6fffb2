package prompts

// MatchView is the data of the "match_profile" template: the occupations
// that fit a person, best first, and what was read of their profile, so
// that they can correct it. Every number is a string the caller formatted
// from the tool's result (Score as the tool gives it, 0 to 1).
type MatchView struct {
	Rows []MatchRow
	Read MatchRead
	// Place is where the ads are counted ("dans la région Casablanca-Settat",
	// "au Maroc"); Regional is true when it is a region, so that each row
	// also gives the country's count.
	Place    string
	Regional bool
	// Scope is the ads the counts were made on, nil when none is loaded.
	Scope *AdScope
	Kind  string // what the ad counts are (count of job ads)
	// Demo is the words for demonstration data when the occupation sheets
	// matched against are Marsad's demo sheets, "" otherwise.
	Demo string
}

// MatchRow is one occupation ranked for the person.
type MatchRow struct {
	Rank      int
	Name      string
	Code      string
	Score     string
	Common    []string // required skills the profile shows
	Missing   []string // required skills it does not
	Trainings []TrainingLine
	// RegionAds and Ads are its ads in Place and in the country; "" when
	// no ad is loaded.
	RegionAds string
	Ads       string
}

// MatchRead is what was read of the profile, each "" or empty when the
// profile does not say.
type MatchRead struct {
	Level  string   // worded education level (LevelName)
	Fields []string // fields of study, as written
	Years  string   // years of experience
	Skills []string // skills, named in the answer's language
	Wished []string // occupations wished, as written
	Past   []string // occupations held, as written
	Place  string   // the place named, as written
}

// Empty reports whether nothing was read.
func (r MatchRead) Empty() bool {
	return r.Level == "" && len(r.Fields) == 0 && r.Years == "" && len(r.Skills) == 0 && len(r.Wished) == 0 && len(r.Past) == 0 && r.Place == ""
}

// levelNames word the education levels of tools/match (match.Levels) per
// language; Arabizi keeps the French words its speakers use.
var levelNames = map[string]map[string]string{
	"fr": {"none": "sans diplôme", "primary": "niveau primaire", "lower_secondary": "niveau collège", "vocational": "formation professionnelle (qualification ou technicien)",
		"bac": "baccalauréat", "bac+2": "bac+2 (technicien spécialisé, DUT, BTS)", "bac+3": "bac+3 (licence)", "bac+5": "bac+5 (master, ingénieur)", "doctorate": "doctorat"},
	"ar": {"none": "بدون شهادة", "primary": "المستوى الابتدائي", "lower_secondary": "المستوى الإعدادي", "vocational": "تكوين مهني (تأهيل أو تقني)",
		"bac": "البكالوريا", "bac+2": "بكالوريا + سنتان (تقني متخصص، دبلوم جامعي للتكنولوجيا)", "bac+3": "الإجازة", "bac+5": "الماستر أو مهندس", "doctorate": "الدكتوراه"},
	"ary": {"none": "بلا ديبلوم", "primary": "مستوى الابتدائي", "lower_secondary": "مستوى الإعدادي", "vocational": "تكوين مهني (تأهيل ولا تقني)",
		"bac": "الباك", "bac+2": "باك + جوج (تقني متخصص، DUT، BTS)", "bac+3": "الليسانس", "bac+5": "الماستر ولا مهندس", "doctorate": "الدكتوراه"},
	"ary-Latn": {"none": "bla diplome", "primary": "niveau primaire", "lower_secondary": "niveau collège", "vocational": "formation professionnelle (qualification wla technicien)",
		"bac": "bac", "bac+2": "bac+2 (technicien spécialisé, DUT, BTS)", "bac+3": "licence", "bac+5": "master wla ingénieur", "doctorate": "doctorat"},
	"en": {"none": "no diploma", "primary": "primary school", "lower_secondary": "lower secondary school", "vocational": "vocational training (qualification or technician)",
		"bac": "baccalaureate (high school)", "bac+2": "two years after the baccalaureate (specialised technician, DUT, BTS)", "bac+3": "bachelor's degree (licence)",
		"bac+5": "master's or engineering degree", "doctorate": "doctorate"},
}

// LevelName words an education level of tools/match in language l; an
// unknown level is returned as it is.
func LevelName(l, level string) string {
	if n, ok := levelNames[l][level]; ok {
		return n
	}
	if n, ok := levelNames["fr"][level]; ok {
		return n
	}
	return level
}
