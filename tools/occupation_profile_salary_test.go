package tools_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
	"github.com/marsad/marsad/tools/toolstest"
)

// salaryStore is the fixture with salaries on three of the welders' ads:
// b1 (Tanger) a monthly range, b2 (Tanger) a daily pay counted over a
// month, b3 (Casablanca) the SMIG.
func salaryStore(t *testing.T) tools.JobMarketStore {
	t.Helper()
	ads := toolstest.AdFixture()
	set := func(id string, lo, hi float64, note string) {
		for i := range ads {
			if ads[i].ID == id {
				ads[i].SalaryMin, ads[i].SalaryMax, ads[i].SalaryNote = lo, hi, note
			}
		}
	}
	set("b1", 4000, 5000, "")
	set("b2", 3900, 0, "daily*26")
	set("b3", 3266.1, 3266.1, "smig")
	s, err := embedded.OpenJobMarket("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.AddAds(context.Background(), ads); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutProfiles(context.Background(), toolstest.ProfileFixture()); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestProfileSumsUpTheSalariesItsAdsState(t *testing.T) {
	s := salaryStore(t)
	cases := []struct {
		args string
		want *tools.AdSalaries
	}{
		{`{"occupation":"soudeur","region":"Tanger"}`, &tools.AdSalaries{Ads: 2, Min: 3900, Max: 5000, From: "2025-03", To: "2025-04",
			Region: "MA-01", Converted: 1, Scanned: 3}},
		// No welder's ad in the Oriental: the whole country's.
		{`{"occupation":"soudeur","region":"Oujda"}`, &tools.AdSalaries{Ads: 3, Min: 3266.1, Max: 5000, From: "2025-03", To: "2025-04",
			Converted: 1, SMIGAds: 1, SMIG: 3266.1, Scanned: 4}},
		// No call-centre ad states a salary.
		{`{"occupation":"4222"}`, nil},
	}
	for _, c := range cases {
		res, err := call(t, tools.ProfileTool{Store: s}, c.args)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Data.(tools.ProfileResult).SalaryFromAds; !cmp.Equal(got, c.want) {
			t.Errorf("%s: salaries %s", c.args, cmp.Diff(c.want, got))
		}
	}
}
