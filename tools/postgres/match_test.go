package postgres

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
	"github.com/marsad/marsad/tools/toolstest"
)

// TestMatchProfileOnPostgres: match_profile reads the same profiles and
// counts the same ads on PostgreSQL as on the embedded store.
func TestMatchProfileOnPostgres(t *testing.T) {
	ctx := context.Background()
	pg := mustOpen(t, newSchema(t))
	mem, err := embedded.OpenJobMarket("")
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	for _, s := range []tools.JobMarketStore{pg, mem} {
		if _, err := s.AddAds(ctx, toolstest.AdFixture()); err != nil {
			t.Fatal(err)
		}
		if _, err := s.PutProfiles(ctx, toolstest.ProfileFixture()); err != nil {
			t.Fatal(err)
		}
	}
	args := json.RawMessage(`{"profile":"3ndi diplome f soudure w bghit nkhdem soudeur f tanja"}`)
	var got []tools.MatchResult
	for _, s := range []tools.JobMarketStore{pg, mem} {
		res, err := (&tools.MatchTool{Store: s}).Call(ctx, args)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, res.Data.(tools.MatchResult))
	}
	d := got[0]
	if len(d.Matches) == 0 || d.Matches[0].Code != "7212" || d.Region != "MA-01" || d.Matches[0].RegionAds != 3 || d.Matches[0].Ads != 4 || d.Ads != 10 {
		t.Fatalf("postgres: %+v", d)
	}
	pgJSON, _ := json.MarshalIndent(got[0], "", " ") // what the model reads
	memJSON, _ := json.MarshalIndent(got[1], "", " ")
	if diff := cmp.Diff(string(memJSON), string(pgJSON)); diff != "" {
		t.Errorf("postgres and embedded differ (-embedded +postgres):\n%s", diff)
	}
}
