package tools_test

import (
	"testing"

	"github.com/marsad/marsad/tools"
)

// skills_in_demand ranks the skills the ads of one occupation ask for,
// with their share of the occupation's ads.
func TestSkillsInDemandRanksAnOccupationsSkills(t *testing.T) {
	d, res := mustCall[tools.SkillsResult](t, tools.SkillsTool{Store: fixtureStore(t)}, `{"occupation":"soudeur"}`)
	if d.Occupation != "7212" || d.Ads != 4 || len(d.Rows) != 2 {
		t.Fatalf("result = %+v, want 7212 over 4 ads with 2 skills", d)
	}
	if r := d.Rows[0]; r.Rank != 1 || r.Skill != "welding" || r.Ads != 3 || r.Share != 75 {
		t.Errorf("first row = %+v, want welding in 3 ads (75 %%)", r)
	}
	if r := d.Rows[1]; r.Skill != "driving_licence" || r.Ads != 1 || r.Share != 25 {
		t.Errorf("second row = %+v, want driving_licence in 1 ad (25 %%)", r)
	}
	if res.Tool != tools.NameSkillsInDemand || len(res.Citations) != 2 || res.Citations[0].Kind != tools.KindAdCount {
		t.Errorf("tool %q, citations %+v; want one ad count per site", res.Tool, res.Citations)
	}
}

func TestSkillsInDemandRefusesBadArguments(t *testing.T) {
	tool := tools.SkillsTool{Store: fixtureStore(t)}
	_, err := call(t, tool, `{"occupation":"astronaute"}`)
	wantArgError(t, err, "occupation")
	_, err = call(t, tool, `{"sector":"spatial"}`)
	wantArgError(t, err, "sector")
}
