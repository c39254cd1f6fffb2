package offline

import (
	"slices"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// withCompareGaps adds to a comparison of places the places asked that
// have no figure for its period and those Marsad does not know (as the
// user wrote them), so that a partial ranking says what it leaves out.
// answer is returned as is when nothing is missing.
func (t *turn) withCompareGaps(answer string, asked []string, data tools.CompareResult) (string, error) {
	v := prompts.CompareGapsView{}
	l := t.q.lang
	for _, g := range asked {
		if !slices.ContainsFunc(data.Rows, func(r tools.RankedRow) bool { return r.Geo == g }) {
			v.Missing = append(v.Missing, lang.RegionName(g, l))
		}
	}
	for _, u := range t.ask.read.Unresolved {
		if u.Kind == lang.KindPlace {
			v.Unknown = append(v.Unknown, u.Surface)
		}
	}
	if len(v.Missing) == 0 && len(v.Unknown) == 0 {
		return answer, nil
	}
	gaps, err := render("compare.gaps", l, v)
	return answer + "\n\n" + gaps, err
}
