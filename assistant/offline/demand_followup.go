package offline

import (
	"slices"

	"github.com/marsad/marsad/tools"
)

// slotsTaken lists, per demand tool a follow-up may repeat, the slots it
// takes besides place and period.
var slotsTaken = map[string][]string{
	toolTop:      {"skill", "sector"},
	toolSkills:   {"occupation", "sector"},
	toolProfile:  {"occupation"},
	toolTraining: {"occupation", "skill", "kind"},
	toolJobAds:   {"occupation", "skill", "contract", "sector"},
}

// takes reports whether tool can be asked again with what a names.
func takes(tool string, a demandAsk) bool {
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

// inherit fills the slots of a's tool that the message left empty from
// the last call: its region (an indicator question's region too) and,
// for the tools that take a period, its period (an indicator question's
// years); and the occupation, skill, contract, sector or training kind it
// named, when a's tool takes them. A tool outside slotsTaken (the notes)
// inherits nothing.
func (s state) inherit(q question, a demandAsk) (question, demandAsk) {
	taken, ok := slotsTaken[a.tool]
	if !ok {
		return q, a
	}
	var prev struct {
		Region, Geo, From, To, Period             string
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
	if region := inheritedRegion(prev.Region, prev.Geo); len(q.geos) == 0 && q.cell.Geo == "" && region != "" {
		q.cell.Geo = region
	}
	if a.tool != toolTraining && !q.hasPeriod() {
		q = inheritPeriod(q, s.asked.Name, prev.From, prev.To, prev.Period)
	}
	return q, a
}

// inheritedRegion is the region argument a demand tool takes from the
// last call: its region, or an indicator call's geo when it is one of the
// twelve regions (the country and HCP's southern group are no region of
// the job ads).
func inheritedRegion(region, geo string) string {
	if region != "" {
		return region
	}
	if slices.Contains(tools.Regions, geo) {
		return geo
	}
	return ""
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
func (s state) routedWithOccupation(q question, a demandAsk) demandAsk {
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
