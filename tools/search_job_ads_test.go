package tools_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/tools"
)

// search_job_ads lists the matching ads newest first, each cited, and
// says how it read its arguments.
func TestSearchJobAdsListsMatchingAdsNewestFirst(t *testing.T) {
	d, res := mustCall[tools.JobAdsResult](t, tools.JobAdsTool{Store: fixtureStore(t)}, `{"occupation":"soudeur","region":"Tanger"}`)
	var got []string
	for _, r := range d.Rows {
		got = append(got, r.ID)
	}
	if diff := cmp.Diff([]string{"b4", "b2", "b1"}, got); diff != "" {
		t.Errorf("ads (-want +got):\n%s", diff)
	}
	if d.Search.Region != "MA-01" || !cmp.Equal(d.Search.Occupations, []string{"7212"}) || d.Available != nil {
		t.Errorf("search = %+v, available %+v", d.Search, d.Available)
	}
	if res.Tool != tools.NameSearchJobAds || len(res.Citations) != 3 {
		t.Errorf("tool %q, citations %+v; want one per ad", res.Tool, res.Citations)
	}
}

// A contract the ads do not have finds none, and the result says what the
// stored ads cover.
func TestSearchJobAdsNothingSaysWhatExists(t *testing.T) {
	d, res := mustCall[tools.JobAdsResult](t, tools.JobAdsTool{Store: fixtureStore(t)}, `{"occupation":"soudeur","region":"Souss-Massa"}`)
	if len(d.Rows) != 0 || d.Available == nil || len(d.Available.Months) == 0 || len(res.Citations) != 0 {
		t.Fatalf("result = %+v, citations %v; want no ad and what exists", d, res.Citations)
	}
}

func TestSearchJobAdsRefusesBadArguments(t *testing.T) {
	tool := tools.JobAdsTool{Store: fixtureStore(t)}
	_, err := call(t, tool, `{"contract":"esclavage"}`)
	wantArgError(t, err, "contract")
	_, err = call(t, tool, `{"skill":"jonglage"}`)
	wantArgError(t, err, "skill")
}
