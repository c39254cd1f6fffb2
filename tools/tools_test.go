package tools_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

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

func TestJobMarketToolSchemasAreToolDefinitions(t *testing.T) {
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

func TestJobMarketToolsRefuseUnknownValues(t *testing.T) {
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

// indicatorStore is an embedded indicator store holding toolstest.Fixture.
func indicatorStore(t *testing.T) tools.IndicatorStore {
	t.Helper()
	s, err := embedded.Open("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Load(context.Background(), toolstest.Fixture()); err != nil {
		t.Fatal(err)
	}
	return s
}

// wantArgError fails unless err is an ArgError on field that lists the
// values the tool would have taken.
func wantArgError(t *testing.T, err error, field string) {
	t.Helper()
	var ae *tools.ArgError
	if !errors.As(err, &ae) || ae.Field != field || len(ae.Valid) == 0 || !errors.Is(err, tools.ErrBadArgs) {
		t.Fatalf("err = %v, want an ArgError on %q listing valid values", err, field)
	}
	if !strings.Contains(err.Error(), field) {
		t.Errorf("error %q does not name the field %q", err, field)
	}
}

// mustCall calls tool with args and returns its result's data as T, and
// the result; any error fails the test.
func mustCall[T any](t *testing.T, tool tools.Tool, args string) (T, tools.Result) {
	t.Helper()
	res, err := call(t, tool, args)
	if err != nil {
		t.Fatalf("%s(%s): %v", tool.Name(), args, err)
	}
	d, err := tools.DataAs[T](res)
	if err != nil {
		t.Fatalf("%s(%s): %v", tool.Name(), args, err)
	}
	return d, res
}
