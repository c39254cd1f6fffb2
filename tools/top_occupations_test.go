package tools_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/tools"
)

func TestTopOccupationsCountsAndCites(t *testing.T) {
	res, err := call(t, tools.TopOccupationsTool{Store: fixtureStore(t)}, `{"region":"Tanger","from":"2025"}`)
	if err != nil {
		t.Fatal(err)
	}
	d := res.Data.(tools.TopOccupationsResult)
	want := []tools.OccupationRow{{Rank: 1, Code: "7212", Name: "Soudeur", Ads: 3, Share: 100}}
	if d.Region != "MA-01" || !cmp.Equal(want, d.Rows) || d.From != "2025-03" || d.To != "2025-04" {
		t.Fatalf("result = %+v", d)
	}
	wantCites := []string{"job_ads:emploi.ma:2025-03/2025-04", "job_ads:rekrute.com:2025-03/2025-04"}
	var got []string
	for _, c := range res.Citations {
		got = append(got, c.ID)
		if c.Kind != tools.KindAdCount || c.Period != "2025-03/2025-04" {
			t.Errorf("citation %+v", c)
		}
	}
	if d := cmp.Diff(wantCites, got); d != "" {
		t.Errorf("citations (-want +got):\n%s", d)
	}
}

func TestEmptyScopeSaysWhatExists(t *testing.T) {
	res, err := call(t, tools.TopOccupationsTool{Store: fixtureStore(t)}, `{"region":"Dakhla"}`)
	if err != nil {
		t.Fatal(err)
	}
	d := res.Data.(tools.TopOccupationsResult)
	if len(d.Rows) != 0 || d.Available == nil || len(res.Citations) != 0 {
		t.Fatalf("empty result = %+v, citations %v; want no rows, what exists, no citation", d, res.Citations)
	}
}

// top_occupations refuses an unknown region or a malformed period, naming
// the argument.
func TestTopOccupationsRefusesBadArguments(t *testing.T) {
	tool := tools.TopOccupationsTool{Store: fixtureStore(t)}
	_, err := call(t, tool, `{"region":"Atlantis"}`)
	wantArgError(t, err, "region")
	_, err = call(t, tool, `{"from":"2025-13"}`)
	wantArgError(t, err, "from")
}
