package ingest_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/marsad/marsad/tools"
)

// The job-market tools on the seed corpus: each answers a realistic call
// with cited figures, and refuses an unknown value listing the nearest.

func callTool(t *testing.T, tool tools.Tool, args string) (tools.Result, error) {
	t.Helper()
	res, err := tool.Call(context.Background(), json.RawMessage(args))
	if err == nil {
		if _, jerr := json.Marshal(res); jerr != nil {
			t.Fatalf("%s result does not marshal: %v", tool.Name(), jerr)
		}
	}
	return res, err
}

func mustCall(t *testing.T, tool tools.Tool, args string) tools.Result {
	t.Helper()
	res, err := callTool(t, tool, args)
	if err != nil {
		t.Fatalf("%s(%s): %v", tool.Name(), args, err)
	}
	if res.Tool != tool.Name() {
		t.Fatalf("result names tool %q, want %q", res.Tool, tool.Name())
	}
	return res
}

// wantArgError checks err is an ArgError on field whose nearest valid
// values (as the message lists them) include near.
func wantArgError(t *testing.T, err error, field, near string) {
	t.Helper()
	var ae *tools.ArgError
	if !errors.As(err, &ae) || !errors.Is(err, tools.ErrBadArgs) || ae.Field != field {
		t.Fatalf("err = %v, want an ArgError on %s", err, field)
	}
	if !strings.Contains(ae.Error(), near) {
		t.Errorf("error %q does not list %q among the nearest values", ae.Error(), near)
	}
}

func wantCitations(t *testing.T, res tools.Result, kind tools.Kind) {
	t.Helper()
	for _, c := range res.Citations {
		if c.Kind == kind && c.Publisher != "" && c.ID != "" {
			return
		}
	}
	t.Errorf("%s: no %s citation with a publisher in %+v", res.Tool, kind, res.Citations)
}

func TestToolsOnSeed(t *testing.T) {
	s, _ := seededStore(t)
	byName := map[string]tools.Tool{}
	for _, tool := range append(tools.JobMarketTools(s, nil), tools.DocumentsTool{}) {
		byName[tool.Name()] = tool
		if tool.Description() == "" {
			t.Errorf("%s has no description", tool.Name())
		}
		if _, err := json.Marshal(tool.Schema()); err != nil || tool.Schema()["type"] != "object" {
			t.Errorf("%s schema is not a JSON object schema: %v", tool.Name(), err)
		}
	}
	t.Run("top_occupations in Casablanca", func(t *testing.T) {
		res := mustCall(t, byName["top_occupations"], `{"region":"Casa","limit":5}`)
		d := res.Data.(tools.TopOccupationsResult)
		if d.Region != "MA-06" || len(d.Rows) != 5 || d.Rows[0].Ads < d.Rows[4].Ads || d.Rows[0].Name == "" {
			t.Fatalf("result = %+v", d)
		}
		wantCitations(t, res, tools.KindAdCount)
	})
	t.Run("top_occupations unknown region", func(t *testing.T) {
		_, err := callTool(t, byName["top_occupations"], `{"region":"Casablanka-Setat"}`)
		wantArgError(t, err, "region", "MA-06")
	})
	t.Run("skills_in_demand for nurses in Arabic", func(t *testing.T) {
		res := mustCall(t, byName["skills_in_demand"], `{"occupation":"ممرض"}`)
		d := res.Data.(tools.SkillsResult)
		if d.Occupation != "2221" || d.Ads == 0 {
			t.Fatalf("result = %+v", d)
		}
		wantCitations(t, res, tools.KindAdCount)
	})
	t.Run("skills_in_demand unknown occupation", func(t *testing.T) {
		_, err := callTool(t, byName["skills_in_demand"], `{"occupation":"astronaute lunaire"}`)
		wantArgError(t, err, "occupation", "(")
	})
	t.Run("occupation_profile with trend", func(t *testing.T) {
		res := mustCall(t, byName["occupation_profile"], `{"occupation":"fermli"}`)
		d := res.Data.(tools.ProfileResult)
		if d.Code != "2221" || !d.HasProfile || d.Description == "" || len(d.Trainings) == 0 || len(d.Trend) == 0 || d.Ads == 0 {
			t.Fatalf("result = %+v", d)
		}
		wantCitations(t, res, tools.KindReference) // the seed's sheets are Marsad's own
		wantCitations(t, res, tools.KindAdCount)
	})
	t.Run("occupation_profile unknown period", func(t *testing.T) {
		_, err := callTool(t, byName["occupation_profile"], `{"occupation":"2221","from":"2025-13"}`)
		wantArgError(t, err, "from", "2025-")
	})
	t.Run("training_paths for welders", func(t *testing.T) {
		res := mustCall(t, byName["training_paths"], `{"occupation":"soudeur","kind":"vocational"}`)
		d := res.Data.(tools.TrainingResult)
		if d.Occupation != "7212" || len(d.Rows) == 0 || d.Rows[0].Kind != "vocational" {
			t.Fatalf("result = %+v", d)
		}
		wantCitations(t, res, tools.KindReference)
	})
	t.Run("training_paths by skill", func(t *testing.T) {
		res := mustCall(t, byName["training_paths"], `{"skill":"soudure"}`)
		if d := res.Data.(tools.TrainingResult); d.Skill != "welding" || len(d.Rows) == 0 {
			t.Fatalf("result = %+v", d)
		}
	})
	t.Run("training_paths unknown kind", func(t *testing.T) {
		_, err := callTool(t, byName["training_paths"], `{"occupation":"soudeur","kind":"universty"}`)
		wantArgError(t, err, "kind", "university")
	})
	t.Run("search_job_ads from a need in French", func(t *testing.T) {
		res := mustCall(t, byName["search_job_ads"], `{"query":"CDI de développeur à Casablanca","limit":3}`)
		d := res.Data.(tools.JobAdsResult)
		if d.Search.Region != "MA-06" || d.Search.Contract != "cdi" || len(d.Search.Occupations) == 0 {
			t.Fatalf("search read as %+v", d.Search)
		}
		if len(d.Rows) == 0 {
			t.Fatal("no ad found")
		}
		for _, r := range d.Rows {
			if r.Region != "MA-06" || r.Contract != "cdi" || r.SourceSite == "" {
				t.Errorf("row does not match the search: %+v", r)
			}
		}
		if len(d.Rows) > 0 {
			wantCitations(t, res, tools.KindDocument)
		}
	})
	t.Run("search_job_ads unknown contract", func(t *testing.T) {
		_, err := callTool(t, byName["search_job_ads"], `{"contract":"mi-temps"}`)
		wantArgError(t, err, "contract", "cdi")
	})
	t.Run("search_documents needs a query", func(t *testing.T) {
		_, err := callTool(t, byName["search_documents"], `{}`)
		if !errors.Is(err, tools.ErrBadArgs) {
			t.Fatalf("err = %v, want ErrBadArgs", err)
		}
	})
}
