package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestAskReadsAPastedArabicCV: a one-page Arabic CV (3,067 characters,
// over the 2,000 tokens the budget was) passes the message budget and gets
// match_profile, which reads its diploma, years and city.
func TestAskReadsAPastedArabicCV(t *testing.T) {
	cv, err := os.ReadFile("testdata/cv_ar.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"ask", "--json", string(cv)}, env(t), nil, &out, &errb); err != nil {
		t.Fatalf("ask: %v (%s)", err, errb.String())
	}
	var got struct {
		Lang      string `json:"lang"`
		Answer    string `json:"answer"`
		ToolCalls []struct {
			Name   string `json:"name"`
			Result struct {
				Data struct {
					Region string `json:"region"`
					Person struct {
						Level string  `json:"level"`
						Years float64 `json:"years"`
					} `json:"person"`
					Matches []struct {
						ISCO string `json:"isco"`
					} `json:"matches"`
				} `json:"data"`
			} `json:"result"`
		} `json:"tool_calls"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out.String())
	}
	if got.Lang != "ar" || len(got.ToolCalls) != 1 || got.ToolCalls[0].Name != "match_profile" {
		t.Fatalf("lang %s, calls %+v; want match_profile in Arabic", got.Lang, got.ToolCalls)
	}
	d := got.ToolCalls[0].Result.Data
	if d.Person.Level != "bac+2" || d.Person.Years != 3 || d.Region != "MA-01" || len(d.Matches) == 0 || !strings.Contains(got.Answer, "ما قرأته في ملفك") {
		t.Errorf("read %+v in %q, %d matches; answer:\n%s", d.Person, d.Region, len(d.Matches), got.Answer)
	}
}
