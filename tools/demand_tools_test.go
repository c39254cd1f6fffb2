package tools_test

import (
	"context"
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/embedded"
	"github.com/marsad/marsad/tools/toolstest"
)

func fixtureStore(t *testing.T) tools.JobMarketStore {
	t.Helper()
	s, err := embedded.OpenJobMarket("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ctx := context.Background()
	if _, err := s.AddAds(ctx, toolstest.AdFixture()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutProfiles(ctx, toolstest.ProfileFixture()); err != nil {
		t.Fatal(err)
	}
	return s
}

func call(t *testing.T, tool tools.Tool, args string) (tools.Result, error) {
	t.Helper()
	return tool.Call(context.Background(), json.RawMessage(args))
}

func TestDemandToolSchemasAreToolDefinitions(t *testing.T) {
	all := append(tools.JobMarketTools(nil, nil), tools.DocumentsTool{})
	for _, tool := range all {
		s := tool.Schema()
		props, ok := s["properties"].(map[string]any)
		if s["type"] != "object" || !ok || s["additionalProperties"] != false || tool.Description() == "" {
			t.Errorf("%s: schema %v", tool.Name(), s)
		}
		if req, _ := s["required"].([]string); len(req) > 0 {
			for _, r := range req {
				if _, ok := props[r]; !ok {
					t.Errorf("%s: required %q is not a property", tool.Name(), r)
				}
			}
		}
		if _, err := json.Marshal(s); err != nil {
			t.Errorf("%s: %v", tool.Name(), err)
		}
	}
	tools.NewKit(all...) // no duplicate names
}

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

func TestDemandToolsRefuseUnknownValues(t *testing.T) {
	s := fixtureStore(t)
	cases := []struct {
		tool        tools.Tool
		args, field string
	}{
		{tools.TopOccupationsTool{Store: s}, `{"sector":"spatial"}`, "sector"},
		{tools.TopOccupationsTool{Store: s}, `{"lang":"de"}`, "lang"},
		{tools.TopOccupationsTool{Store: s}, `{"skill":"jonglage"}`, "skill"},
		{tools.SkillsTool{Store: s}, `{"occupation":"astronaute"}`, "occupation"},
		{tools.ProfileTool{Store: s}, `{"occupation":"soudeur","to":"hier"}`, "to"},
		{tools.TrainingTool{Store: s}, `{}`, "occupation"},
		{tools.JobAdsTool{Store: s}, `{"region":"Narnia"}`, "region"},
	}
	for _, c := range cases {
		_, err := call(t, c.tool, c.args)
		var ae *tools.ArgError
		if !errors.As(err, &ae) || ae.Field != c.field || len(ae.Valid) == 0 {
			t.Errorf("%s(%s): err = %v, want an ArgError on %s listing valid values", c.tool.Name(), c.args, err, c.field)
		}
	}
	if _, err := call(t, tools.SkillsTool{Store: s}, `{"limit":"ten"}`); !errors.Is(err, tools.ErrBadArgs) {
		t.Errorf("a string limit: err = %v, want ErrBadArgs", err)
	}
}

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

// fakeSearcher records the query and answers fixed hits.
type fakeSearcher struct {
	got  tools.DocumentQuery
	hits []tools.DocumentHit
}

func (f *fakeSearcher) SearchDocuments(ctx context.Context, q tools.DocumentQuery) ([]tools.DocumentHit, error) {
	f.got = q
	return f.hits, nil
}

func TestSearchDocuments(t *testing.T) {
	f := &fakeSearcher{hits: []tools.DocumentHit{{DocID: "note-jeunes", Kind: "note", Title: "Chômage des jeunes", Passage: "…",
		Publisher: "Marsad", Date: "2024-01-01", Score: 0.5}}}
	tool := tools.DocumentsTool{Searcher: f}
	res, err := call(t, tool, `{"query":"bitala dyal chabab","kind":"note","region":"Oujda","occupation":"infirmier","limit":3}`)
	if err != nil {
		t.Fatal(err)
	}
	want := tools.DocumentQuery{Text: "bitala dyal chabab", Kinds: []string{"note"}, Region: "MA-02", Occupation: "2221", Limit: 3}
	if d := cmp.Diff(want, f.got); d != "" {
		t.Errorf("query (-want +got):\n%s", d)
	}
	if len(res.Citations) != 1 || res.Citations[0].ID != "note-jeunes" || res.Citations[0].Kind != tools.KindDocument {
		t.Errorf("citations = %+v", res.Citations)
	}
	_, err = call(t, tool, `{"query":"x","kind":"video"}`)
	var ae *tools.ArgError
	if !errors.As(err, &ae) || ae.Field != "kind" {
		t.Errorf("unknown kind: err = %v", err)
	}
}
