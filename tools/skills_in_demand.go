package tools

import (
	"context"
	"encoding/json"
	"fmt"
)

// SkillsArgs are the arguments of skills_in_demand.
type SkillsArgs struct {
	scopeArgs
	Occupation string `json:"occupation,omitempty"`
	Limit      int    `json:"limit,omitempty"`
	Lang       string `json:"lang,omitempty"`
}

// SkillRow is one ranked skill: its id, name, the number of deduplicated
// ads asking for it and their share (percent) of the ads in scope.
type SkillRow struct {
	Rank  int     `json:"rank"`
	Skill string  `json:"skill"`
	Name  string  `json:"name"`
	Ads   int     `json:"ads"`
	Share float64 `json:"share_percent"`
}

// SkillsResult is the Data of a skills_in_demand result. Occupation is
// the ISCO-08 code asked ("" for all) with its name. When nothing
// matches, Rows is empty and Available lists what exists.
type SkillsResult struct {
	Occupation     string          `json:"occupation,omitempty"`
	OccupationName string          `json:"occupation_name,omitempty"`
	Region         string          `json:"region"`
	Sector         string          `json:"sector,omitempty"`
	From           string          `json:"from,omitempty"`
	To             string          `json:"to,omitempty"`
	Rows           []SkillRow      `json:"rows"`
	Ads            int             `json:"ads"`
	Sites          []SiteCount     `json:"sites"`
	Available      *adAvailability `json:"available,omitempty"`
}

// SkillsTool is skills_in_demand: the skills job ads ask for most.
type SkillsTool struct{ Store JobMarketStore }

// Name implements Tool.
func (SkillsTool) Name() string { return NameSkillsInDemand }

// Description implements Tool.
func (SkillsTool) Description() string {
	return "Skills most asked for in deduplicated job ads, ranked, optionally for one occupation (name in any language or ISCO-08 code), " +
		"region (or city), sector and period. Use for 'what skills do employers want for developers', 'compétences demandées à Casablanca'. " +
		"Counts are job-ad counts, not official statistics."
}

// Schema implements Tool.
func (SkillsTool) Schema() map[string]any {
	props := scopeSchema(map[string]any{})
	props["occupation"] = map[string]any{"type": "string", "description": "occupation name in any language (infirmier, ممرض, developer) or ISCO-08 code"}
	props["limit"] = limitSchema(10, 50)
	props["lang"] = langSchema()
	return objectSchema(props)
}

// Call implements Tool.
func (t SkillsTool) Call(ctx context.Context, raw json.RawMessage) (Result, error) {
	var a SkillsArgs
	dc, err := beginAdCall(ctx, t.Store, t.Name(), raw, &a, func() string { return a.Lang })
	if err != nil {
		return Result{}, err
	}
	q, err := a.query(dc)
	if err != nil {
		return Result{}, err
	}
	res := SkillsResult{Region: q.Region, Sector: q.Sector, Rows: []SkillRow{}}
	if a.Occupation != "" {
		code, _, err := resolveOccupationArg(a.Occupation, dc)
		if err != nil {
			return Result{}, err
		}
		q.Occupations = []string{code}
		res.Occupation, res.OccupationName = code, dc.profiles.Name(code, a.Lang)
	}
	limit := clampLimit(a.Limit, 10, 50)
	rk, err := t.Store.SkillsInDemand(ctx, q, limit)
	if err != nil {
		return Result{}, fmt.Errorf("skills_in_demand: %w", err)
	}
	res.From, res.To, res.Ads, res.Sites = rk.Scope.From, rk.Scope.To, rk.Scope.Ads, rk.Scope.Sites
	for i, c := range rk.Rows {
		res.Rows = append(res.Rows, SkillRow{Rank: i + 1, Skill: c.Key, Name: SkillName(c.Key, a.Lang), Ads: c.Ads, Share: share(c.Ads, rk.Scope.Ads)})
	}
	if rk.Scope.Ads == 0 {
		res.Available = availableAds(dc.cat)
	}
	return Result{Tool: t.Name(), Data: res, Citations: adCountCitations(rk.Scope)}, nil
}
