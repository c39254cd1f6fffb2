package offline

import (
	"slices"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// slotsTaken lists, per job-market tool a follow-up may repeat, the slots it
// takes besides place and period.
var slotsTaken = map[string][]string{
	tools.NameTopOccupations:    {"skill", "sector"},
	tools.NameSkillsInDemand:    {"occupation", "sector"},
	tools.NameOccupationProfile: {"occupation"},
	tools.NameTrainingPaths:     {"occupation", "skill", "kind"},
	tools.NameSearchJobAds:      {"occupation", "skill", "contract", "sector"},
	tools.NameForecastDemand:    {"occupation"},
}

// takes reports whether tool can be asked again with what a names.
func takes(tool string, a marketAsk) bool {
	taken, ok := slotsTaken[tool]
	if !ok {
		return false
	}
	named := map[string]bool{"occupation": a.occupation != "", "skill": a.skill != "", "contract": a.contract != "",
		"sector": a.sector != "", "kind": a.kind != ""}
	for slot, set := range named {
		if set && !slices.Contains(taken, slot) {
			return false
		}
	}
	return true
}

// inherit fills the slots of a's tool that the message left empty: the
// region of the conversation's place (inPlace); for the tools that take a
// period, the last call's period (an indicator question's years), unless
// the message asks for the latest ("et des offres maintenant ?"); and the
// occupation, skill, contract, sector or training kind the last call
// named, when a's tool takes them. A tool outside slotsTaken (the notes)
// inherits nothing.
func (s state) inherit(q question, a marketAsk) (question, marketAsk) {
	taken, ok := slotsTaken[a.tool]
	if !ok {
		return q, a
	}
	var prev struct {
		From, To, Period                          string
		Occupation, Skill, Contract, Sector, Kind string
	}
	decode(s.asked.Arguments, &prev)
	keep := func(slot string, now *string, before string) {
		if *now == "" && slices.Contains(taken, slot) {
			*now = before
		}
	}
	keep("occupation", &a.occupation, prev.Occupation)
	keep("skill", &a.skill, prev.Skill)
	keep("contract", &a.contract, prev.Contract)
	keep("sector", &a.sector, prev.Sector)
	keep("kind", &a.kind, prev.Kind)
	q = s.inPlace(q)
	if a.tool != tools.NameTrainingPaths && !q.hasPeriod() && !asksLatest(a) {
		q = inheritPeriod(q, s.asked.Name, prev.From, prev.To, prev.Period)
	}
	return q, a
}

// inPlace gives a job-market question that names no place the region of
// the conversation's place: a region of the job ads, whatever tool the
// turn that named it called (the country and HCP's southern group are
// no region of the job ads).
func (s state) inPlace(q question) question {
	if len(q.geos) == 0 && q.cell.Geo == "" && slices.Contains(tools.Regions, s.place) {
		q.cell.Geo = s.place
	}
	return q
}

// asksLatest reports whether the message asks for the latest ads or
// figure ("daba", "حاليا", "now", "actuellement"): no period of an
// earlier question is carried to it.
func asksLatest(a marketAsk) bool {
	if a.read == nil {
		return false
	}
	for _, m := range a.read.Concepts {
		if m.Concept.Kind == lang.KindIntent && m.Concept.Value == "latest" {
			return true
		}
	}
	return false
}

// inheritPeriod gives q the period of the last call: as it is after a
// job-market call, only whole years after an indicator call (a quarter of
// the official figures is no period of the job ads).
func inheritPeriod(q question, tool, from, to, period string) question {
	if isIndicatorTool(tool) && !(isYear(from) || isYear(period)) {
		return q
	}
	q.carryPeriod(from, to, period)
	return q
}

// routedWithOccupation routes a again with the occupation of the last
// call when its cues ask for a tool that needs one and the message names
// none ("و شحال كتخلص؟" after a profile asks that occupation's salary);
// otherwise it returns a as it is.
func (s state) routedWithOccupation(q question, a marketAsk) marketAsk {
	var prev struct {
		Occupation string `json:"occupation"`
	}
	decode(s.asked.Arguments, &prev)
	if prev.Occupation == "" {
		return a
	}
	b := a
	b.occupation = prev.Occupation
	if b = b.routed(q); b.tool == "" {
		return a
	}
	return b
}
