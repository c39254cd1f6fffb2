package tools

import (
	"context"
	"encoding/json"

	"github.com/marsad/marsad/retrieval/lang"
)

// TrainingArgs are the arguments of training_paths: an occupation or a
// skill (at least one), optionally a region and a kind of training.
type TrainingArgs struct {
	Occupation string `json:"occupation,omitempty"`
	Skill      string `json:"skill,omitempty"`
	Region     string `json:"region,omitempty"`
	Kind       string `json:"kind,omitempty"`
	Lang       string `json:"lang,omitempty"`
}

// TrainingRow is a training with the occupation it leads to. InRegion is
// true when it is offered in the region asked, false when its places are
// not stated.
type TrainingRow struct {
	Training
	Occupation     string `json:"occupation"`
	OccupationName string `json:"occupation_name"`
	ProfileID      string `json:"profile_id"`
	InRegion       bool   `json:"in_region,omitempty"`
}

// TrainingResult is the Data of a training_paths result: trainings
// offered in the region first, then those whose places are not stated;
// Elsewhere counts the trainings left out because they are offered only
// in other regions. When nothing matches, Rows is empty and Occupations
// lists the occupations that have trainings.
type TrainingResult struct {
	Occupation string `json:"occupation,omitempty"`
	profileID  string
	Skill      string        `json:"skill,omitempty"`
	Region     string        `json:"region"`
	Kind       string        `json:"kind,omitempty"`
	Rows       []TrainingRow `json:"rows"`
	Elsewhere  int           `json:"elsewhere"`
	// Occupations lists "name (code)" of the profiles with trainings, when Rows is empty.
	Occupations []string `json:"occupations,omitempty"`
}

// TrainingTool is training_paths: trainings that lead to an occupation or
// teach a skill, read from occupation profiles.
type TrainingTool struct{ Store JobMarketStore }

// Name implements Tool.
func (TrainingTool) Name() string { return NameTrainingPaths }

// Description implements Tool.
func (TrainingTool) Description() string {
	return "Training paths (public vocational training such as OFPPT, university degrees, certificates, apprenticeship) leading to an occupation " +
		"or teaching a skill, optionally offered in one region or city. Give occupation or skill (or both). " +
		"Use for 'comment devenir infirmier', 'quelle formation pour la soudure à Tanger', 'kifach nwelli developpeur'."
}

// Schema implements Tool.
func (TrainingTool) Schema() map[string]any {
	return objectSchema(map[string]any{
		"occupation": map[string]any{"type": "string", "description": "occupation name in any language or ISCO-08 code"},
		"skill":      map[string]any{"type": "string", "description": "skill name or id (soudure, excel, python)"},
		"region":     map[string]any{"type": "string", "description": "region code or place name; empty: everywhere"},
		"kind":       map[string]any{"type": "string", "enum": TrainingKinds, "description": "kind of training"},
		"lang":       langSchema(),
	})
}

// Call implements Tool.
func (t TrainingTool) Call(ctx context.Context, raw json.RawMessage) (Result, error) {
	var a TrainingArgs
	dc, err := beginAdCall(ctx, t.Store, t.Name(), raw, &a, func() string { return a.Lang })
	if err != nil {
		return Result{}, err
	}
	res, err := t.validate(a, dc)
	if err != nil {
		return Result{}, err
	}
	var cites []Citation
	codes := dc.profiles.Codes()
	if res.Occupation != "" {
		codes = []string{res.Occupation}
	}
	for _, code := range codes {
		for _, p := range dc.profiles.ByCode(code) {
			if res.profileID != "" && p.ID != res.profileID {
				continue
			}
			n := len(res.Rows)
			res.addTrainings(p, a.Lang)
			if len(res.Rows) > n {
				cites = append(cites, p.Citation())
			}
		}
	}
	res.Rows = inRegionFirst(res.Rows)
	if len(res.Rows) == 0 {
		res.Occupations = dc.profiles.choices(codesWithTrainings(dc.profiles))
	}
	return Result{Tool: t.Name(), Data: res, Citations: dedupCitations(cites)}, nil
}

func (t TrainingTool) validate(a TrainingArgs, dc adContext) (TrainingResult, error) {
	res := TrainingResult{Kind: a.Kind}
	if a.Occupation == "" && a.Skill == "" {
		return res, &ArgError{Field: "occupation", Value: "", Valid: dc.profiles.choices(codesWithTrainings(dc.profiles))}
	}
	var err error
	if a.Occupation != "" {
		if res.Occupation, res.profileID, err = resolveNamedOccupationArg(a.Occupation, dc); err != nil {
			return res, err
		}
	}
	if a.Skill != "" {
		if res.Skill, err = resolveSkillArg(a.Skill, dc); err != nil {
			return res, err
		}
	}
	var ok bool
	if res.Region, ok = ResolveRegion(a.Region); !ok {
		return res, &ArgError{Field: "region", Value: a.Region, Valid: regionChoices()}
	}
	if a.Kind != "" && !oneOf(a.Kind, TrainingKinds) {
		return res, &ArgError{Field: "kind", Value: a.Kind, Valid: TrainingKinds}
	}
	return res, nil
}

// addTrainings appends p's trainings that match the result's skill, kind
// and region.
func (res *TrainingResult) addTrainings(p Profile, l string) {
	for _, tr := range p.Trainings {
		if res.Kind != "" && tr.Kind != res.Kind {
			continue
		}
		if res.Skill != "" && !oneOf(res.Skill, tr.Skills) && !oneOf(res.Skill, p.SkillIDs) {
			continue
		}
		in, stated := trainingRegion(tr, res.Region)
		if res.Region != "" && stated && !in {
			res.Elsewhere++
			continue
		}
		res.Rows = append(res.Rows, TrainingRow{Training: tr, Occupation: p.Code, OccupationName: p.Title(l), ProfileID: p.ID, InRegion: in})
	}
}

// trainingRegion reports whether tr is offered in region (false for "")
// and whether tr states where it is offered at all.
func trainingRegion(tr Training, region string) (in, stated bool) {
	for _, r := range tr.Regions {
		stated = true
		in = in || r == region
	}
	for _, c := range tr.Cities {
		if p, ok := lang.LookupPlace(c); ok {
			stated = true
			in = in || p.Region == region
		}
	}
	return in && region != "", stated
}

func inRegionFirst(rows []TrainingRow) []TrainingRow {
	out := make([]TrainingRow, 0, len(rows))
	for _, pass := range []bool{true, false} {
		for _, r := range rows {
			if r.InRegion == pass {
				out = append(out, r)
			}
		}
	}
	return out
}

func codesWithTrainings(ps ProfileSet) []string {
	var out []string
	for _, c := range ps.Codes() {
		for _, p := range ps.ByCode(c) {
			if len(p.Trainings) > 0 {
				out = append(out, c)
				break
			}
		}
	}
	return out
}
