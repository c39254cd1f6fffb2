package offline

import (
	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/tools"
)

// noFigures answers a question asking figures on something Marsad keeps
// none of (lang.FindUnmeasured: rents, prices, counts of firms or
// tourists) by saying it has none on that, as written, and what it can
// answer, with no figure: not "I did not understand", and not a note's
// figures on another subject. ok is false when the question names an
// indicator (CNSS's affiliated firms are one), is routed to a job-ad or
// occupation tool, or asks the notes themselves ("que disent les notes sur
// les loyers").
func (t *turn) noFigures() (string, bool, error) {
	if t.q.indicator != "" || t.ask.tool != "" && (t.ask.tool != tools.NameSearchDocuments || t.ask.cues.route[tools.NameSearchDocuments]+t.ask.cues.route[cueDefine] >= strong) {
		return "", false, nil
	}
	asked := t.ask.read.Unmeasured
	if asked == "" {
		return "", false, nil
	}
	s, err := render("help", t.q.lang, prompts.HelpView{Reason: "no_figures", Asked: asked})
	return s, true, err
}
