package tools_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/marsad/marsad/tools"
)

// TestCompareOrder: order asc ranks the lowest first, from rank 1, and
// says so in the result; an order the tool does not know is refused with
// the valid ones.
func TestCompareOrder(t *testing.T) {
	ctx := context.Background()
	tool := tools.CompareTool{Store: indicatorStore(t)}
	rank := func(order string) tools.CompareResult {
		t.Helper()
		res, err := tool.Call(ctx, json.RawMessage(`{"indicator":"unemployment_rate","period":"2024","order":"`+order+`"}`))
		if err != nil {
			t.Fatal(err)
		}
		d, err := tools.DataAs[tools.CompareResult](res)
		if err != nil || len(d.Rows) < 2 {
			t.Fatalf("order %q: %+v, %v; want two rows or more", order, d, err)
		}
		return d
	}
	desc, asc := rank("desc"), rank("asc")
	n := len(desc.Rows)
	if desc.Order != "desc" || asc.Order != "asc" || desc.Rows[0].Geo != asc.Rows[n-1].Geo || asc.Rows[0].Geo != desc.Rows[n-1].Geo ||
		asc.Rows[0].Rank != 1 || asc.Rows[0].Value > asc.Rows[1].Value {
		t.Errorf("desc %+v\nasc %+v: want the same rows reversed, ranked from 1", desc, asc)
	}
	_, err := tool.Call(ctx, json.RawMessage(`{"indicator":"unemployment_rate","order":"up"}`))
	var ae *tools.ArgError
	if !errors.As(err, &ae) || ae.Field != "order" {
		t.Errorf("order up: err %v, want an ArgError on order", err)
	}
}

// TestDataAs: a result's data is given back as its type whether it is
// that type or came back from JSON, and another shape is an error naming
// the tool.
func TestDataAs(t *testing.T) {
	typed := tools.Result{Tool: "compare_indicator", Data: tools.CompareResult{By: "sex"}}
	var fromJSON tools.Result
	raw, _ := json.Marshal(typed)
	if err := json.Unmarshal(raw, &fromJSON); err != nil {
		t.Fatal(err)
	}
	for _, r := range []tools.Result{typed, fromJSON} {
		if d, err := tools.DataAs[tools.CompareResult](r); err != nil || d.By != "sex" {
			t.Errorf("DataAs(%T) = %+v, %v", r.Data, d, err)
		}
	}
	bad := tools.Result{Tool: "compare_indicator", Data: []int{1}}
	if _, err := tools.DataAs[tools.CompareResult](bad); err == nil || !strings.Contains(err.Error(), "compare_indicator") {
		t.Errorf("DataAs of a list: err %v, want one naming the tool", err)
	}
}

// compare_indicator refuses an unknown indicator or dimension, naming the
// argument.
func TestCompareIndicatorRefusesBadArguments(t *testing.T) {
	tool := tools.CompareTool{Store: indicatorStore(t)}
	_, err := call(t, tool, `{"indicator":"bonheur_national","period":"2024"}`)
	wantArgError(t, err, "indicator")
	_, err = call(t, tool, `{"indicator":"unemployment_rate","period":"2024","by":"planet"}`)
	wantArgError(t, err, "by")
}
