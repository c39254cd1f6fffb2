package offline

import (
	"strings"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/tools"
)

// withBreaks adds to note the series breaks that the figures an answer
// shows straddle (tools.BreaksWithin), worded in l: no answer splices a
// series across a change of method without saying so.
func withBreaks(note, l, indicator string, shown []tools.Observation) string {
	notes := []string{}
	if note != "" {
		notes = append(notes, note)
	}
	for _, b := range tools.BreaksWithin(indicator, shown) {
		notes = append(notes, prompts.BreakNote(l, b.ID))
	}
	return strings.Join(notes, "\n")
}
