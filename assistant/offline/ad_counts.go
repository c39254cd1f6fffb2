package offline

import (
	"context"
	"encoding/json"

	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// topOccupations answers "which occupations are most in demand" from the
// ranked counts of job ads.
func (t *turn) topOccupations(ctx context.Context) (string, error) {
	a := tools.TopOccupationsArgs{Skill: t.ask.skill, Lang: toolLang(t.q.lang)}
	a.Region, a.Sector = t.q.region(), t.ask.sector
	a.From, a.To = t.q.periodBounds()
	res, err := t.call(ctx, tools.NameTopOccupations, a)
	if err != nil {
		return t.answerRefusal(err)
	}
	d, err := tools.DataAs[tools.TopOccupationsResult](res)
	if err != nil {
		return "", err
	}
	if len(d.Rows) == 0 {
		return t.adsMissing(t.search("", skillName(d.Skill, t.q.lang), "", d.Sector, d.Region), d.Available)
	}
	l := string(t.q.lang)
	v := prompts.TopOccupationsView{Scope: t.adScope(d.Region, d.Sector, d.From, d.To, d.Ads, d.Sites),
		Skill: skillName(d.Skill, t.q.lang), Kind: prompts.KindLabel(l, string(tools.KindAdCount))}
	if d.Unclassified > 0 {
		v.Unclassified = count(l, d.Unclassified)
	}
	for _, r := range d.Rows {
		v.Rows = append(v.Rows, adCountRow(l, r.Rank, r.Name, r.Ads, r.Share))
	}
	return render(tools.NameTopOccupations, t.q.lang, v)
}

// skills answers "which skills are asked for" from the ranked counts of
// job ads, for an occupation when one is named. An occupation with no ad
// in the place or period asked is answered for the whole country.
func (t *turn) skills(ctx context.Context) (string, error) {
	a := tools.SkillsArgs{Occupation: t.ask.occupation, Lang: toolLang(t.q.lang)}
	a.Region, a.Sector = t.q.region(), t.ask.sector
	a.From, a.To = t.q.periodBounds()
	res, err := t.call(ctx, tools.NameSkillsInDemand, a)
	if err != nil {
		return t.answerRefusal(err)
	}
	d, err := tools.DataAs[tools.SkillsResult](res)
	if err != nil {
		return "", err
	}
	if len(d.Rows) == 0 && t.adPeriodOutside(d.Available) { // said so, not widened to every period
		return t.adsMissing(t.search(d.OccupationName, "", "", d.Sector, d.Region), d.Available)
	}
	widened := false
	if len(d.Rows) == 0 && a.Occupation != "" && (a.Region != "" || a.Sector != "" || a.From != "") {
		wide := tools.SkillsArgs{Occupation: a.Occupation, Lang: a.Lang}
		if res, err = t.call(ctx, tools.NameSkillsInDemand, wide); err != nil {
			return t.answerRefusal(err)
		}
		if d, err = tools.DataAs[tools.SkillsResult](res); err != nil {
			return "", err
		}
		widened = true
	}
	if len(d.Rows) == 0 {
		return t.adsMissing(t.search(d.OccupationName, "", "", d.Sector, d.Region), d.Available)
	}
	l := string(t.q.lang)
	v := prompts.SkillsView{Occupation: d.OccupationName, Scope: t.adScope(d.Region, d.Sector, d.From, d.To, d.Ads, d.Sites),
		Widened: widened, Kind: prompts.KindLabel(l, string(tools.KindAdCount))}
	for _, r := range d.Rows {
		v.Rows = append(v.Rows, adCountRow(l, r.Rank, r.Name, r.Ads, r.Share))
	}
	return render(tools.NameSkillsInDemand, t.q.lang, v)
}

func adCountRow(l string, rank int, name string, ads int, share float64) prompts.AdCountRow {
	return prompts.AdCountRow{Rank: rank, Name: name, Ads: count(l, ads), One: ads == 1, Share: prompts.Value(l, share, "percent")}
}

// skillName names a skill id in the answer's language, "" for none.
func skillName(id string, l lang.Tag) string {
	if id == "" {
		return ""
	}
	return tools.SkillName(id, toolLang(l))
}

// adsMissing says that no ad matched the search, and what the stored
// ads cover (the tool's Available).
func (t *turn) adsMissing(s prompts.AdCriteria, avail any) (string, error) {
	l := string(t.q.lang)
	v := prompts.AdsMissingView{Search: s}
	av := coverageOf(avail)
	if n := len(av.Months); n > 0 {
		v.From, v.To = prompts.PeriodLabel(l, av.Months[0]), prompts.PeriodLabel(l, av.Months[n-1])
	}
	for _, r := range av.Regions {
		v.Regions = append(v.Regions, lang.RegionName(r, t.q.lang))
	}
	for _, s := range av.Sectors {
		v.Sectors = append(v.Sectors, prompts.SectorName(l, s))
	}
	return render("ads.missing", t.q.lang, v)
}

// coverage is what the stored ads cover, as the Available of a demand
// tool's result lists it.
type coverage struct {
	Months  []string `json:"months"`
	Regions []string `json:"regions"`
	Sectors []string `json:"sectors"`
}

// coverageOf reads a result's Available (a pointer to a type the tools
// package keeps unexported) through its JSON form; nil gives nothing.
func coverageOf(available any) coverage {
	var c coverage
	if b, err := json.Marshal(available); err == nil {
		_ = json.Unmarshal(b, &c) // "null" leaves c empty
	}
	return c
}
