package offline

import (
	"encoding/json"
	"strings"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// state is what the conversation established before a message. It is read
// back from the tool calls of the previous turns, their arguments and what
// their results resolved, rather than kept beside them: a session store
// keeps a turn as JSON, and a client that keeps its conversation (/v1) has
// it rebuilt by asking its questions again, so the calls are what every
// route gives back. A tool result's Data is decoded again into its tool's
// result type, whether it is that type (in memory) or maps, slices and
// float64s (from a store).
type state struct {
	// asked is the first call of the last turn that called a tool: what
	// the user asked last (later calls of a turn widen or fall back, as
	// search_job_ads without its region or the southern regions' group).
	// Its Name is "" when no turn called a tool.
	asked assistant.ToolCall
	// indicator is the last call of indicator_series or compare_indicator
	// in the session, for a population follow-up after other questions.
	indicator assistant.ToolCall
	// lowest: the last question asked for the lowest first.
	lowest bool
	focus  focus // the occupation last talked about, over all turns
	// list is the last list an answer showed, in its order, though other
	// answers came after it: "and the second?" after the first of a
	// ranking's profile still means the ranking's second.
	list []item
	// place is the place of the last turn that asked about one (placeAsked):
	// a geo code, MA for the whole country; "" when no turn did or the
	// last that did compared places.
	place string
	// placeTool is the last tool of the conversation that takes a place
	// (the indicator and job-market tools; not the profile or the
	// trainings): a follow-up naming only a place goes back to it.
	placeTool string
	// spoken is the language of the last turn, and said the questions of
	// the last turns asked in it, newest last (at most saidTurns): what a
	// short follow-up is read against (speaks).
	spoken lang.Tag
	said   string
}

// saidTurns is how many of the last questions in the conversation's
// language a short follow-up is read against.
const saidTurns = 3

// focus is one occupation a turn was about: its ISCO-08 code, and the
// argument that named it ("infirmier"), which asked again resolves the
// same way; arg is "" when the occupation came from a list.
type focus struct {
	code, arg string
}

// occupation is the argument that names the focus to a tool again.
func (f focus) occupation() string {
	if f.arg != "" {
		return f.arg
	}
	return f.code
}

// item is one entry of a list an answer showed: an occupation (its ISCO-08
// code), a skill (its lexicon id), or a region or group of a comparison
// (kind is the compared dimension: geo, sex, age, area or diploma).
type item struct {
	kind, value string
}

// readState reads the state of the conversation from its turns, oldest
// first. A turn without tool calls (a greeting, an unknown question)
// leaves it as the turns before made it.
func readState(history []assistant.Turn) state {
	var s state
	placed := false
	s.spoken, s.said = spokenIn(history)
	for i := len(history) - 1; i >= 0; i-- {
		calls := history[i].ToolCalls
		if len(calls) == 0 {
			continue
		}
		if !placed {
			s.place, placed = placeAsked(calls[0])
		}
		if s.asked.Name == "" {
			s.asked, s.lowest = calls[0], asksLowest(calls[0])
		}
		if s.placeTool == "" && takesPlace(calls[0].Name) {
			s.placeTool = calls[0].Name
		}
		if s.list == nil {
			s.list = listOf(calls[len(calls)-1])
		}
		if s.indicator.Name == "" {
			s.indicator = firstIndicatorCall(calls)
		}
		if s.focus.code == "" {
			s.focus = focusOf(calls)
		}
	}
	return s
}

// placeAsked returns the place call asked about and whether it asked about
// one: an indicator call's geo (MA when it names none: a figure is of a
// place), "" for a comparison across places; a ranking's, a count's or a
// search's region ("" for the whole country); a profile's or trainings'
// region only when they had one (they are about an occupation, and
// leave the place as it was: "taux de chômage à Tanger", "c'est quoi un
// soudeur ?", "des offres pour ce métier ?" asks Tanger's).
func placeAsked(call assistant.ToolCall) (string, bool) {
	var args struct {
		Region, Geo, By string
	}
	decode(call.Arguments, &args)
	switch call.Name {
	case tools.NameIndicatorSeries, tools.NameCompareIndicator:
		if args.By == "geo" {
			return "", true
		}
		if args.Geo == "" {
			return "MA", true
		}
		return args.Geo, true
	case tools.NameTopOccupations, tools.NameSkillsInDemand, tools.NameSearchJobAds:
		return args.Region, true
	case tools.NameOccupationProfile, tools.NameTrainingPaths:
		return args.Region, args.Region != ""
	case tools.NameForecastDemand: // its region, "" for the whole country
		return args.Region, true
	}
	return "", false
}

// spokenIn returns the language of the last turn of history and the
// questions of the last turns asked in that language (at most saidTurns,
// oldest first, one a line).
func spokenIn(history []assistant.Turn) (lang.Tag, string) {
	if len(history) == 0 {
		return "", ""
	}
	l := history[len(history)-1].Lang
	if l == "" {
		return "", ""
	}
	var said []string
	for i := len(history) - 1; i >= 0 && len(said) < saidTurns && history[i].Lang == l; i-- {
		said = append([]string{history[i].Question}, said...)
	}
	return lang.Tag(l), strings.Join(said, "\n")
}

// asksLowest reports whether call ranked the lowest first, as a question
// asking for the lowest first has compare_indicator do.
func asksLowest(call assistant.ToolCall) bool {
	var args struct {
		Order string `json:"order"`
	}
	decode(call.Arguments, &args)
	return args.Order == "asc"
}

func firstIndicatorCall(calls []assistant.ToolCall) assistant.ToolCall {
	for _, c := range calls {
		if isIndicatorTool(c.Name) {
			return c
		}
	}
	return assistant.ToolCall{}
}

// decode reads a call's arguments into out; what does not fit leaves
// out's fields empty, as a state is best effort.
func decode(args json.RawMessage, out any) {
	_ = json.Unmarshal(args, out)
}

// resultOf returns the Data of a call's result as a T (tools.DataAs), the
// zero T when the call failed or its data has another shape.
func resultOf[T any](c assistant.ToolCall) T {
	var d T
	if c.Result != nil {
		d, _ = tools.DataAs[T](*c.Result)
	}
	return d
}

// listOf returns what the answer to call listed: ranked occupations,
// the occupations of the ads shown, ranked skills, or the regions or
// groups of a comparison, in the tool's order.
func listOf(c assistant.ToolCall) []item {
	var out []item
	switch c.Name {
	case tools.NameTopOccupations:
		d := resultOf[tools.TopOccupationsResult](c)
		for _, r := range d.Rows {
			out = append(out, item{"occupation", r.Code})
		}
	case tools.NameSearchJobAds:
		d := resultOf[tools.JobAdsResult](c)
		for _, r := range d.Rows {
			out = append(out, item{"occupation", r.Occupation})
		}
	case tools.NameSkillsInDemand:
		d := resultOf[tools.SkillsResult](c)
		for _, r := range d.Rows {
			out = append(out, item{"skill", r.Skill})
		}
	case tools.NameCompareIndicator:
		d := resultOf[tools.CompareResult](c)
		for _, r := range d.Rows {
			out = append(out, item{d.By, tools.DimensionValue(r.Observation, d.By)})
		}
	case tools.NameMatchProfile: // "comment devenir le premier ?" after the occupations that fit
		for _, m := range resultOf[tools.MatchResult](c).Matches {
			out = append(out, item{"occupation", m.Code})
		}
	}
	return out
}

// focusOf returns the one occupation calls were about, if any: the
// profile shown, the occupation whose skills, trainings or ads were
// asked for. A ranking of occupations is about none of them.
func focusOf(calls []assistant.ToolCall) focus {
	for _, c := range calls {
		var args struct {
			Occupation string `json:"occupation"`
		}
		decode(c.Arguments, &args)
		if code := resolvedCode(c); code != "" {
			return focus{code: code, arg: args.Occupation}
		}
	}
	return focus{}
}

// resolvedCode returns the ISCO-08 code a call's result says it was
// about, "" for none or several.
func resolvedCode(c assistant.ToolCall) string {
	switch c.Name {
	case tools.NameOccupationProfile:
		return resultOf[tools.ProfileResult](c).Code
	case tools.NameSkillsInDemand:
		return resultOf[tools.SkillsResult](c).Occupation
	case tools.NameTrainingPaths:
		return resultOf[tools.TrainingResult](c).Occupation
	case tools.NameForecastDemand:
		return resultOf[tools.ForecastResult](c).Occupation
	case tools.NameSearchJobAds:
		if occ := resultOf[tools.JobAdsResult](c).Search.Occupations; len(occ) == 1 {
			return occ[0]
		}
	}
	return ""
}

// takesPlace reports whether a follow-up naming only a place may ask
// tool again: the indicator tools, the occupations in demand, the skills
// and the ads. The profile and the trainings describe an occupation
// wherever it is.
func takesPlace(tool string) bool {
	switch tool {
	case tools.NameIndicatorSeries, tools.NameCompareIndicator, tools.NameTopOccupations, tools.NameSkillsInDemand, tools.NameSearchJobAds:
		return true
	}
	return false
}
