package offline

import (
	"encoding/json"
	"slices"

	"github.com/marsad/marsad/assistant"
)

// followUpAny completes a message that no cue routes and that names no
// indicator (others are returned as they are) from the session's last
// tool call: after an indicator
// question, new places, groups or periods ask the same indicator ("et à
// Tanger ?"); after a job-market question, a new place, period,
// occupation, skill, sector or contract asks the same tool again with it
// ("w f rbat?", "et pour les soudeurs ?"), when that tool takes what was
// named. Otherwise the message is routed by what it names (implied).
func followUpAny(q question, a demandAsk, history []assistant.Turn) (question, demandAsk) {
	if a.tool != "" || q.indicator != "" {
		return q, a
	}
	last, ok := lastCall(history)
	switch {
	case ok && isIndicatorTool(last.Name) && q.hasSlots() && !a.hasSlots():
		return followUp(q, history), a
	case ok && (q.hasSlots() || a.hasSlots()) && takes(last.Name, a):
		return a.after(last, q)
	}
	a.tool = a.implied(q)
	return q, a
}

func isIndicatorTool(name string) bool {
	return name == "indicator_series" || name == "compare_indicator"
}

// lastCall returns the last tool call of the session.
func lastCall(history []assistant.Turn) (assistant.ToolCall, bool) {
	for i := len(history) - 1; i >= 0; i-- {
		if n := len(history[i].ToolCalls); n > 0 {
			return history[i].ToolCalls[n-1], true
		}
	}
	return assistant.ToolCall{}, false
}

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

// after fills the slots a and q leave empty (the place included) from
// the arguments of the call it follows, and routes a to that call's tool.
func (a demandAsk) after(prev assistant.ToolCall, q question) (question, demandAsk) {
	var args struct {
		Region     string `json:"region"`
		Occupation string `json:"occupation"`
		Skill      string `json:"skill"`
		Contract   string `json:"contract"`
		Sector     string `json:"sector"`
		Kind       string `json:"kind"`
	}
	_ = json.Unmarshal(prev.Arguments, &args) // the planner wrote them; a field it lacks stays empty
	keep := func(now *string, before string) {
		if *now == "" {
			*now = before
		}
	}
	keep(&a.occupation, args.Occupation)
	keep(&a.skill, args.Skill)
	keep(&a.contract, args.Contract)
	keep(&a.sector, args.Sector)
	keep(&a.kind, args.Kind)
	if q.region() == "" && len(q.geos) == 0 && args.Region != "" {
		q.cell.Geo = args.Region
	}
	a.tool = prev.Name
	return q, a
}
