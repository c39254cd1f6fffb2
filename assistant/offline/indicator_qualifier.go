package offline

import (
	"slices"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// qualified reads a message that names no indicator, after an indicator
// question, as words qualifying that indicator: read after the name of
// its general indicator (lang.BroaderIndicator), they may name a narrower
// one ("and the income-related one?" after the time-related
// underemployment rate, "و شحال منها جا من فرنسا؟" after remittances,
// "what share of them are women?" after the number of NEETs). The message
// then asks that indicator, and the words read with it (a country of
// remittances, women in their share) name no place, population or
// indicator Marsad lacks. ok is false when its words narrow nothing.
func (s state) qualified(msg lang.Reading) (lang.Reading, bool) {
	if !isIndicatorTool(s.asked.Name) {
		return msg, false
	}
	var prev indicatorArgs
	decode(s.asked.Arguments, &prev)
	general := lang.BroaderIndicator(prev.Indicator)
	if general == "" {
		return msg, false
	}
	r := lang.Read(tools.IndicatorName(general, string(msg.Lang)) + " " + msg.Text)
	for _, m := range r.Concepts {
		if m.Concept.Kind != lang.KindIndicator {
			continue
		}
		if v := m.Concept.Value; v == prev.Indicator || !lang.Narrows(general, v) {
			return msg, false
		}
		out := msg
		out.Concepts = append(slices.DeleteFunc(slices.Clone(msg.Concepts), func(c lang.ConceptMatch) bool {
			return !slices.Contains(r.Concepts, c) // read into the indicator: "women" of the women's share
		}), m)
		out.Unresolved = slices.DeleteFunc(slices.Clone(msg.Unresolved), func(u lang.Unresolved) bool {
			return !slices.ContainsFunc(r.Unresolved, func(v lang.Unresolved) bool { return v.Kind == u.Kind && v.Surface == u.Surface })
		})
		out.Places = slices.DeleteFunc(slices.Clone(msg.Places), func(p lang.PlaceMatch) bool {
			return !slices.ContainsFunc(r.Places, func(o lang.PlaceMatch) bool { return o.Surface == p.Surface })
		})
		return out, true
	}
	return msg, false
}
