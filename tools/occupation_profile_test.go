package tools_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/tools"
)

func TestOccupationProfileNamesTheProfileAsked(t *testing.T) {
	res, err := call(t, tools.ProfileTool{Store: fixtureStore(t)}, `{"occupation":"Soudeur","lang":"ar"}`)
	if err != nil {
		t.Fatal(err)
	}
	d := res.Data.(tools.ProfileResult)
	if d.ProfileID != "soudeur" || d.Name != "لحام" || !cmp.Equal(d.Related, []string{"Chaudronnier"}) || d.Ads != 4 ||
		len(d.Trend) != 2 || d.Trend[0] != (tools.Count{Key: "2025-03", Ads: 1}) {
		t.Fatalf("result = %+v", d)
	}
	if res.Citations[0].ID != "profile:soudeur" || res.Citations[0].Kind != tools.KindDocument {
		t.Errorf("first citation = %+v, want the profile", res.Citations[0])
	}
}

func TestOccupationProfileRefusesBadArguments(t *testing.T) {
	tool := tools.ProfileTool{Store: fixtureStore(t)}
	_, err := call(t, tool, `{"occupation":"astronaute"}`)
	wantArgError(t, err, "occupation")
	_, err = call(t, tool, `{"occupation":"soudeur","region":"Atlantis"}`)
	wantArgError(t, err, "region")
}
