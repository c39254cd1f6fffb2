package prompts

// Figure is one formatted value with its label (a period, a region, a
// group).
type Figure struct {
	Rank  int
	Label string
	Value string
}

// SeriesView is the data of the "series" template: one indicator for one
// population and place, as one figure (Points empty) or a trend.
type SeriesView struct {
	Indicator string   // name in the answer's language
	Place     string   // phrase: "au Maroc", "بجهة الشرق"
	Asked     string   // what the user named when it differs from Place ("Tanger")
	Who       string   // population phrase, "" for everyone
	Period    string   // phrase of the latest (or only) figure's period
	Value     string   // the latest (or only) figure, formatted with its unit
	Points    []Figure // the trend, oldest first; empty for one figure
	Change    string   // first-to-last difference, formatted
	Kind      string   // what the figures are (official statistic…)
	Note      string   // e.g. that HCP groups the southern regions
}

// CompareView is the data of the "compare" template.
type CompareView struct {
	Indicator string
	By        string // geo, sex, area, age, diploma, or sector (a ranking of an indicator's sector series)
	Ascending bool   // rows lowest first (the user asked for the lowest)
	Period    string
	Who       string
	Place     string
	Rows      []Figure
	Kind      string
}

// MissingView is the data of the "missing" template: what was asked has
// no figure, and what exists instead.
type MissingView struct {
	Indicator string
	Place     string
	Who       string
	Period    string   // phrase of the asked period, "" when none was asked
	Periods   []string // labels of the periods that exist for that population
	Cells     []string // populations/places that have figures, worded
}

// HelpView is the data of the "help" template (a question Marsad cannot
// answer): what it can answer, with examples in the user's language.
type HelpView struct {
	Reason string // "unknown_indicator", "out_of_scope", "tool_error", "no_figures"
	// Asked is, for no_figures, what the question wanted figures on, as
	// written ("loyer moyen", "الشركات ديال النسيج"): the answer says
	// Marsad has none on that, not that it did not understand.
	Asked string
}
