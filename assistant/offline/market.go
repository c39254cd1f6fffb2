package offline

import (
	"context"
	"errors"
	"strings"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// jobMarket answers a job-market question with the tool the router chose.
func (t *turn) jobMarket(ctx context.Context) (string, error) {
	switch t.ask.tool {
	case tools.NameTopOccupations:
		return t.topOccupations(ctx)
	case tools.NameSkillsInDemand:
		return t.skills(ctx)
	case tools.NameOccupationProfile:
		return t.profile(ctx)
	case tools.NameTrainingPaths:
		return t.training(ctx)
	case tools.NameSearchJobAds:
		return t.jobAds(ctx)
	case tools.NameForecastDemand:
		return t.forecastDemand(ctx)
	}
	return t.documents(ctx)
}

// toolLang is the language the job-market tools name things in for an answer
// in l: Darija in Arabic script reads the Arabic names and descriptions,
// Arabizi the French ones, as Moroccan speakers do.
func toolLang(l lang.Tag) string {
	switch l {
	case lang.Arabic, lang.Darija:
		return "ar"
	case lang.English:
		return "en"
	}
	return "fr"
}

// region is the region argument of the question: "" for the whole
// country, else the first place named.
func (q question) region() string {
	geo := q.cell.Geo
	if geo == "" && len(q.geos) > 0 {
		geo = q.geos[0]
	}
	if geo == "MA" {
		return ""
	}
	return geo
}

// periodBounds returns the from and to arguments of the period asked.
func (q question) periodBounds() (string, string) {
	a := q.seriesArgs()
	return a.From, a.To
}

// refused words a tool's refusal of an argument (an unknown occupation,
// place or period) with the nearest values it knows; ok is false for any
// other error.
func (t *turn) refused(err error) (string, bool) {
	var ae *tools.ArgError
	if !errors.As(err, &ae) || ae.Field == "tool" { // a kit without the tool: the help says what exists
		return "", false
	}
	field := ae.Field
	if field == "from" || field == "to" {
		field = "period"
	}
	v := prompts.RefusedView{Field: field, Value: ae.Value}
	if sameScript(ae.Value, ae.Valid) { // across scripts, the nearest by spelling are noise
		v.Valid = tools.Nearest(ae.Value, ae.Valid, 8)
	}
	if field == "occupation" {
		v.Value, v.Valid = t.occupationAsWritten(ae.Value), t.nearOccupationChoices(ae.Value, ae.Valid)
	}
	s, rerr := render("ads.refused", t.q.lang, v)
	return s, rerr == nil
}

// sameScript reports whether value and the first of valid are both in
// Arabic script or both not.
func sameScript(value string, valid []string) bool {
	if len(valid) == 0 {
		return false
	}
	return strings.ContainsFunc(value, isArabicLetter) == strings.ContainsFunc(valid[0], isArabicLetter)
}

// answerRefusal returns the answer to a failed call: the refusal worded,
// the help for other bad arguments, or err itself.
func (t *turn) answerRefusal(err error) (string, error) {
	if s, ok := t.refused(err); ok {
		return s, nil
	}
	if errors.Is(err, tools.ErrBadArgs) {
		return render("help", t.q.lang, helpView("out_of_scope"))
	}
	return "", err
}

// adScope words the ads a count was made on.
func (t *turn) adScope(region, sector, from, to string, ads int, sites []tools.SiteCount) prompts.AdScope {
	l := string(t.q.lang)
	s := prompts.AdScope{Place: prompts.PlacePhrase(l, region), Ads: count(l, ads),
		From: prompts.PeriodLabel(l, from), To: prompts.PeriodLabel(l, to)}
	if region != "" {
		s.Asked = t.q.asked
	}
	if sector != "" {
		s.Sector = prompts.SectorName(l, sector)
	}
	for _, sc := range sites {
		site := sc.Site
		if site == "" {
			site = "?"
		}
		s.Sites = append(s.Sites, prompts.Figure{Label: site, Value: count(l, sc.Ads)})
	}
	return s
}

// search words what a search or count was made for.
func (t *turn) search(occupation, skill, contract, sector, region string) prompts.AdCriteria {
	l := string(t.q.lang)
	s := prompts.AdCriteria{Occupation: occupation, Skill: skill}
	if contract != "" {
		s.Contract = prompts.ContractName(l, contract)
	}
	if sector != "" {
		s.Sector = prompts.SectorName(l, sector)
	}
	if region != "" {
		s.Place, s.Asked = prompts.PlacePhrase(l, region), t.q.asked
	}
	if from, to := t.q.periodBounds(); from != "" && from == to {
		s.Period = prompts.PeriodPhrase(l, from)
	}
	return s
}

func count(l string, n int) string { return prompts.Number(l, float64(n)) }
