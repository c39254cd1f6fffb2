package offline

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// unknown answers a message that names a place, occupation, indicator or
// period Marsad cannot resolve (lang.FindUnresolved) when the tool the
// message is routed to would otherwise answer for something else: the
// whole country for a foreign city, the bakers for an "astro-boulanger
// quantique", all ads for an occupation it lacks, the latest year for
// 2050. The answer names the thing as written, offers the nearest known
// ones and calls no tool. ok is false when the message names nothing of
// the kind, or when the tool will say itself what it lacks (a comparison
// of places answers for those it knows and names the others, see
// withCompareGaps); and when the tool is the judge (an occupation of which
// no word is known goes to it, see unknownOccupation). Notes are searched
// whatever they name: a note may well be about emigration to Spain.
func (t *turn) unknown(ctx context.Context) (string, bool, error) {
	if t.ask.tool == tools.NameSearchDocuments {
		return "", false, nil
	}
	for _, u := range t.ask.read.Unresolved {
		if t.adoptYear(u) {
			continue
		}
		v, ok, err := t.unknownView(ctx, u)
		if err != nil || ok {
			s, rerr := render("unknown", t.q.lang, v)
			return s, true, firstErr(err, rerr)
		}
	}
	return "", false, nil
}

// unknownView words u when it is what the answer must be about, and
// reports whether it is.
func (t *turn) unknownView(ctx context.Context, u lang.Unresolved) (prompts.UnknownView, bool, error) {
	v := prompts.UnknownView{Kind: u.Kind, Asked: u.Surface}
	switch u.Kind {
	case lang.KindPlace:
		if t.comparesPlaces() {
			return v, false, nil
		}
		v.Foreign, v.Near = u.Foreign, lang.NearestPlaces(u.Surface, t.q.lang, 5)
		if u.Foreign || len(v.Near) == 0 {
			v.Near, v.Regions = lang.RegionNames(t.q.lang), !u.Foreign
		}
		return v, true, nil
	case lang.KindOccupation:
		return t.unknownOccupation(ctx, u, v)
	case lang.KindIndicator:
		v.Near = t.nearIndicators(u.Surface)
		return v, t.ask.tool == "" && t.q.indicator == "", nil
	case lang.KindPeriod:
		v.Future, v.Indicator = t.future(u.Surface), t.indicatorWords()
		return v, t.takesPeriod(), nil
	}
	return v, false, nil
}

// comparesPlaces reports whether the question compares two or more places
// Marsad knows: it is answered for them, and the unknown ones are named
// after the ranking (withCompareGaps).
func (t *turn) comparesPlaces() bool {
	return t.ask.tool == "" && t.q.indicator != "" && t.q.compareBy == "geo" && len(t.q.geos) >= 2
}

// mainIndicators are offered, after those nearest in spelling, when an
// indicator is unknown.
var mainIndicators = []string{"unemployment_rate", "activity_rate", "employment_rate", "underemployment_rate", "unemployed_persons", "net_jobs_created"}

// nearIndicators names the indicators nearest in spelling to name, then
// the main ones, in the answer's language, without those whose name holds
// a number (an age band): the answer gives no number.
func (t *turn) nearIndicators(name string) []string {
	var ids []string
	for _, c := range lang.NearestConcepts(lang.KindIndicator, name, 3) {
		ids = append(ids, c.Value)
	}
	var out []string
	for _, id := range append(ids, mainIndicators...) {
		n := tools.IndicatorName(id, string(t.q.lang))
		if _, known := tools.LookupDefinition(id); known && !slices.Contains(out, n) && !strings.ContainsAny(n, "0123456789") && len(out) < 8 {
			out = append(out, n)
		}
	}
	return out
}

// adoptYear makes a year the period reader leaves out ("en 2050", "in
// 1985") the period of the question, when the tools take it as one
// (1900-2099) and the question has none: the tool then finds no figure
// and the answer says which years exist (periodUnknown).
func (t *turn) adoptYear(u lang.Unresolved) bool {
	y, err := strconv.Atoi(u.Surface)
	if u.Kind != lang.KindPeriod || err != nil || y < 1900 || y > 2099 || t.q.hasPeriod() || !t.takesPeriod() {
		return false
	}
	t.q.year = y
	return true
}

// takesPeriod reports whether the question is answered for a period: an
// indicator, or counts, ads or the demand trend of job ads.
func (t *turn) takesPeriod() bool {
	switch t.ask.tool {
	case "":
		return t.q.indicator != ""
	case tools.NameTopOccupations, tools.NameSkillsInDemand, tools.NameSearchJobAds, tools.NameOccupationProfile:
		return true
	}
	return false
}

// future reports whether a year written as year is after the current one.
func (t *turn) future(year string) bool {
	y, err := strconv.Atoi(year)
	return err == nil && y > t.planner.now().Year()
}

// indicatorWords names the indicator asked in the answer's language, ""
// for a job-market question.
func (t *turn) indicatorWords() string {
	if t.ask.tool != "" || t.q.indicator == "" {
		return ""
	}
	return tools.IndicatorName(t.q.indicator, string(t.q.lang))
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
