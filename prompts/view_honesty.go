package prompts

// The views of the answers that give no figure: what Marsad does not
// know, and small talk.

// UnknownView is the data of the "unknown" template: the message named
// a place, occupation, indicator or period Marsad cannot resolve. The
// answer says so with the name as the user wrote it, offers the nearest
// known ones, and gives no figure: the only numbers it writes are the
// periods that exist.
type UnknownView struct {
	Kind      string   // place, occupation, indicator or period
	Asked     string   // the name as the user wrote it ("Lyon", "2031")
	Near      []string // the nearest known ones, worded in the answer's language
	Foreign   bool     // place: outside Morocco (Near then lists the regions)
	Regions   bool     // place: no known place is near, Near lists the regions
	Future    bool     // period: a year that has not come yet
	Indicator string   // period: the indicator asked, worded; "" for job ads
	From, To  string   // period: the first and last periods that exist, worded ("2014", "janvier 2024"); "" when unknown
}

// SmallTalkView is the data of the "smalltalk" template: a greeting,
// thanks, a question about Marsad, a request for help, a goodbye or a
// question outside the labour market, answered in a few words with
// examples of what Marsad answers.
type SmallTalkView struct {
	Kind string // greeting, thanks, identity, help, goodbye, out_of_scope
}

// CompareGapsView is the data of the "compare.gaps" template, said after
// a comparison of places: those asked that have no figure for its period,
// and those Marsad does not know, as the user wrote them.
type CompareGapsView struct {
	Missing []string
	Unknown []string
}
