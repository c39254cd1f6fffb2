package tools

import (
	"context"
	"encoding/json"
	"fmt"
)

// TopOccupationsArgs are the arguments of top_occupations.
type TopOccupationsArgs struct {
	scopeArgs
	Skill string `json:"skill,omitempty"`
	Limit int    `json:"limit,omitempty"`
	Lang  string `json:"lang,omitempty"`
}

// OccupationRow is one ranked occupation: its ISCO-08 code, name, number
// of deduplicated ads and their share (percent) of the ads in scope.
type OccupationRow struct {
	Rank  int     `json:"rank"`
	Code  string  `json:"code"`
	Name  string  `json:"name"`
	Ads   int     `json:"ads"`
	Share float64 `json:"share_percent"`
}

// TopOccupationsResult is the Data of a top_occupations result. Region is
// "" for the whole country; From and To are the months the ads cover.
// Unclassified counts ads in scope that no occupation was found for.
// When nothing matches, Rows is empty and Available lists what exists.
type TopOccupationsResult struct {
	Region       string          `json:"region"`
	Sector       string          `json:"sector,omitempty"`
	Skill        string          `json:"skill,omitempty"`
	From         string          `json:"from,omitempty"`
	To           string          `json:"to,omitempty"`
	Rows         []OccupationRow `json:"rows"`
	Ads          int             `json:"ads"`
	Unclassified int             `json:"unclassified"`
	Sites        []SiteCount     `json:"sites"`
	Available    *adAvailability `json:"available,omitempty"`
}

// TopOccupationsTool is top_occupations: the occupations most in demand in
// job ads.
type TopOccupationsTool struct{ Store JobMarketStore }

// Name implements Tool.
func (TopOccupationsTool) Name() string { return NameTopOccupations }

// Description implements Tool.
func (TopOccupationsTool) Description() string {
	return "Occupations most in demand, ranked by the number of deduplicated job ads collected from Moroccan job sites, " +
		"optionally for one region (or city), sector, skill and period. Use for 'which jobs are most sought in Tanger', " +
		"'what occupations recruit in industry this year'. Counts are job-ad counts, not official statistics; each row has its ISCO-08 code."
}

// Schema implements Tool.
func (TopOccupationsTool) Schema() map[string]any {
	props := scopeSchema(map[string]any{})
	props["skill"] = map[string]any{"type": "string", "description": "only ads asking for this skill (id or name: excel, soudure, anglais)"}
	props["limit"] = limitSchema(10, 50)
	props["lang"] = langSchema()
	return objectSchema(props)
}

// Call implements Tool.
func (t TopOccupationsTool) Call(ctx context.Context, raw json.RawMessage) (Result, error) {
	var a TopOccupationsArgs
	dc, err := beginAdCall(ctx, t.Store, t.Name(), raw, &a, func() string { return a.Lang })
	if err != nil {
		return Result{}, err
	}
	q, err := a.query(dc)
	if err != nil {
		return Result{}, err
	}
	if a.Skill != "" {
		if q.Skill, err = resolveSkillArg(a.Skill, dc); err != nil {
			return Result{}, err
		}
	}
	rk, err := t.Store.TopOccupations(ctx, q, 0)
	if err != nil {
		return Result{}, fmt.Errorf("top_occupations: %w", err)
	}
	res := TopOccupationsResult{Region: q.Region, Sector: q.Sector, Skill: q.Skill, From: rk.Scope.From, To: rk.Scope.To,
		Rows: []OccupationRow{}, Ads: rk.Scope.Ads, Sites: rk.Scope.Sites, Unclassified: rk.Scope.Ads}
	limit := clampLimit(a.Limit, 10, 50)
	for i, c := range rk.Rows {
		res.Unclassified -= c.Ads
		if i < limit {
			res.Rows = append(res.Rows, OccupationRow{Rank: i + 1, Code: c.Key, Name: dc.profiles.Name(c.Key, a.Lang),
				Ads: c.Ads, Share: share(c.Ads, rk.Scope.Ads)})
		}
	}
	if rk.Scope.Ads == 0 {
		res.Available = availableAds(dc.cat)
	}
	return Result{Tool: t.Name(), Data: res, Citations: adCountCitations(rk.Scope)}, nil
}
