package tools

import (
	"context"
	"encoding/json"
	"fmt"
)

// ProfileArgs are the arguments of occupation_profile.
type ProfileArgs struct {
	Occupation string `json:"occupation"`
	Region     string `json:"region,omitempty"`
	From       string `json:"from,omitempty"`
	To         string `json:"to,omitempty"`
	Lang       string `json:"lang,omitempty"`
}

// NamedSkill is a skill with its lexicon id ("" for a skill the lexicon
// does not know) and its name.
type NamedSkill struct {
	Skill string `json:"skill,omitempty"`
	Name  string `json:"name"`
	Ads   int    `json:"ads,omitempty"` // ads asking for it, for skills read from ads
}

// ProfileResult is the Data of an occupation_profile result. HasProfile
// is false when Marsad has no profile text for the code (then only the
// name and the demand from ads are given); Related names the other
// profiles of the same ISCO-08 code. Salary is the profile's indicative
// range, not an official statistic (SalaryNote says so); SalaryFromAds the
// range the code's ads state (see AdSalaries). Trend counts the code's
// deduplicated ads per month (zero months included) over Region ("" for
// the whole country); Ads is their total.
type ProfileResult struct {
	Code          string       `json:"code"`
	Name          string       `json:"name"`
	HasProfile    bool         `json:"has_profile"`
	ProfileID     string       `json:"profile_id,omitempty"`
	Related       []string     `json:"related,omitempty"`
	Description   string       `json:"description,omitempty"`
	Sector        string       `json:"sector,omitempty"`
	Education     string       `json:"education,omitempty"`
	SalaryMin     float64      `json:"salary_min_mad_month,omitempty"`
	SalaryMax     float64      `json:"salary_max_mad_month,omitempty"`
	SalaryNote    string       `json:"salary_note,omitempty"`
	Skills        []NamedSkill `json:"skills"`
	SkillsFromAds []NamedSkill `json:"skills_from_ads"`
	Trainings     []Training   `json:"trainings"`
	Region        string       `json:"region"`
	Trend         []Count      `json:"trend"`
	Ads           int          `json:"ads"`
	Sites         []SiteCount  `json:"sites"`
	// SalaryFromAds sums up the salaries its ads in scope state (nil:
	// none states one).
	SalaryFromAds *AdSalaries `json:"salary_from_ads,omitempty"`
}

// ProfileTool is occupation_profile: what an occupation is, what it asks
// for, how to get there, and how its demand in job ads evolves.
type ProfileTool struct{ Store JobMarketStore }

// Name implements Tool.
func (ProfileTool) Name() string { return NameOccupationProfile }

// Description implements Tool.
func (ProfileTool) Description() string {
	return "Profile of one occupation (name in any language, Darija included, or ISCO-08 code): description, ISCO-08 code, " +
		"skills it needs and skills ads ask for, trainings that lead to it, and its demand trend as monthly counts of deduplicated job ads, " +
		"optionally in one region. Use for 'what does a nurse do and is it in demand', 'chno khass bach nwelli trisian'."
}

// Schema implements Tool.
func (ProfileTool) Schema() map[string]any {
	return objectSchema(map[string]any{
		"occupation": map[string]any{"type": "string", "description": "occupation name in any language or script (infirmier, فرملي, electrician) or ISCO-08 code"},
		"region":     map[string]any{"type": "string", "description": "region code or place name for the demand trend; empty: whole country"},
		"from":       map[string]any{"type": "string", "description": "first period of the trend: 2025, 2025-Q1 or 2025-03"},
		"to":         map[string]any{"type": "string", "description": "last period of the trend"},
		"lang":       langSchema(),
	}, "occupation")
}

// Call implements Tool.
func (t ProfileTool) Call(ctx context.Context, raw json.RawMessage) (Result, error) {
	var a ProfileArgs
	dc, err := beginAdCall(ctx, t.Store, t.Name(), raw, &a, func() string { return a.Lang })
	if err != nil {
		return Result{}, err
	}
	code, pid, err := resolveOccupationArg(a.Occupation, dc)
	if err != nil {
		return Result{}, err
	}
	q, err := scopeArgs{Region: a.Region, From: a.From, To: a.To}.query(dc)
	if err != nil {
		return Result{}, err
	}
	q.Occupations = []string{code}
	res := ProfileResult{Code: code, Name: dc.profiles.Name(code, a.Lang), Region: q.Region,
		Skills: []NamedSkill{}, Trainings: []Training{}}
	var cites []Citation
	if p, ok := pickProfile(dc.profiles.ByCode(code), pid); ok {
		res.fromProfile(p, a.Lang)
		for _, o := range dc.profiles.ByCode(code) {
			if o.ID != p.ID {
				res.Related = append(res.Related, o.Title(a.Lang))
			}
		}
		cites = append(cites, p.Citation())
	}
	if err := t.demand(ctx, q, a.Lang, &res); err != nil {
		return Result{}, fmt.Errorf("occupation_profile: %w", err)
	}
	cites = append(cites, adCountCitations(Scope{Ads: res.Ads, Sites: res.Sites, From: first(res.Trend), To: last(res.Trend)})...)
	return Result{Tool: t.Name(), Data: res, Citations: dedupCitations(cites)}, nil
}

// demand fills the trend, the skills ads ask for and the salaries they
// state.
func (t ProfileTool) demand(ctx context.Context, q AdCountQuery, l string, res *ProfileResult) error {
	tr, err := t.Store.Trend(ctx, q)
	if err != nil {
		return err
	}
	res.Trend, res.Ads, res.Sites = tr.Rows, tr.Scope.Ads, tr.Scope.Sites
	sk, err := t.Store.SkillsInDemand(ctx, q, 10)
	if err != nil {
		return err
	}
	res.SkillsFromAds = []NamedSkill{}
	for _, c := range sk.Rows {
		res.SkillsFromAds = append(res.SkillsFromAds, NamedSkill{Skill: c.Key, Name: SkillName(c.Key, l), Ads: c.Ads})
	}
	res.SalaryFromAds, err = adSalaries(ctx, t.Store, q)
	return err
}

// pickProfile returns the profile with ID id among ps, else the first.
func pickProfile(ps []Profile, id string) (Profile, bool) {
	for _, p := range ps {
		if p.ID == id {
			return p, true
		}
	}
	if len(ps) == 0 {
		return Profile{}, false
	}
	return ps[0], true
}

// fromProfile fills what p says, names in language l.
func (res *ProfileResult) fromProfile(p Profile, l string) {
	res.HasProfile, res.ProfileID, res.Name = true, p.ID, p.Title(l)
	res.Description, res.Sector, res.Education = describe(p, l), p.Sector, p.Education
	res.SalaryMin, res.SalaryMax, res.SalaryNote = p.SalaryMin, p.SalaryMax, p.SalaryNote
	res.Trainings = append(res.Trainings, p.Trainings...)
	for i, name := range p.Skills {
		if (l == "ar" || l == "ary") && i < len(p.SkillsAR) && p.SkillsAR[i] != "" {
			name = p.SkillsAR[i]
		}
		id, _ := ResolveSkill(p.Skills[i])
		res.Skills = append(res.Skills, NamedSkill{Skill: id, Name: name})
	}
}

// describe returns p's description in language l, falling back to French,
// English, then Arabic.
func describe(p Profile, l string) string {
	for _, k := range []string{l, "fr", "en", "ar"} {
		if d := p.Descriptions[k]; d != "" {
			return d
		}
	}
	return ""
}

func first(cs []Count) string {
	if len(cs) == 0 {
		return ""
	}
	return cs[0].Key
}

func last(cs []Count) string {
	if len(cs) == 0 {
		return ""
	}
	return cs[len(cs)-1].Key
}
