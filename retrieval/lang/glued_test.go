package lang

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestGluedPrepositions checks that Darija prepositions written on the
// word (ف ب ل, with or without the article) find what the separated forms
// find, in all three finders.
func TestGluedPrepositions(t *testing.T) {
	cases := []struct {
		text                    string
		places, concepts, times []string
	}{
		{"الشوماج فطنجة فالربع التاني ديال 2024", []string{"tanger=فطنجة"}, []string{"indicator:unemployment_rate=الشوماج"}, []string{"2024/2/0=فالربع التاني ديال 2024"}},
		{"الخدمة فكازا فالفصل اللول", []string{"casablanca=فكازا"}, nil, []string{"0/1/0=فالفصل اللول"}},
		{"البطالة فالدار البيضاء فالتريمستر التالت", []string{"casablanca=فالدار البيضاء"}, []string{"indicator:unemployment_rate=البطالة"}, []string{"0/3/0=فالتريمستر التالت"}},
		{"شحال البطالة فالعروبية وفالمدن", nil, []string{"indicator:unemployment_rate=البطالة", "area:rural=فالعروبية", "area:urban=وفالمدن"}, nil},
		{"البطالة فالمدن فالربع الرابع من 2023", nil, []string{"indicator:unemployment_rate=البطالة", "area:urban=فالمدن"}, []string{"2023/4/0=فالربع الرابع من 2023"}},
		{"لكازا ولا لمراكش", []string{"casablanca=لكازا", "marrakech=لمراكش"}, []string{"intent:compare=ولا"}, nil},
		{"بكازا فالفصل الثالث 2025", []string{"casablanca=بكازا"}, nil, []string{"2025/3/0=فالفصل الثالث 2025"}},
		{"الخدمات اللي تخلقو فالفلاحة فالربع اللول", nil, []string{"indicator:net_jobs_created=تخلقو", "sector:agriculture=فالفلاحة"}, []string{"0/1/0=فالربع اللول"}},
		{"الشوماج عند العيالات فالبادية", nil, []string{"indicator:unemployment_rate=الشوماج", "sex:female=العيالات", "area:rural=فالبادية"}, nil},
		{"للدار البيضاء", []string{"casablanca=للدار البيضاء"}, nil, nil},
	}
	for _, c := range cases {
		a := Analyze(c.text)
		var places, concepts, times []string
		for _, m := range a.Places {
			places = append(places, m.Place.Code+"="+m.Surface)
		}
		for _, m := range a.Concepts {
			if m.Concept.Kind != KindTopic { // topics: TestTopicsOfConceptCases
				concepts = append(concepts, m.Concept.Kind+":"+m.Concept.Value+"="+m.Surface)
			}
		}
		for _, p := range a.Periods {
			times = append(times, fmt.Sprintf("%d/%d/%d=%s", p.Year, p.Quarter, p.Month, p.Surface))
		}
		if diff := cmp.Diff(c.places, places); diff != "" {
			t.Errorf("places of %q (-want +got):\n%s", c.text, diff)
		}
		if diff := cmp.Diff(c.concepts, concepts); diff != "" {
			t.Errorf("concepts of %q (-want +got):\n%s", c.text, diff)
		}
		if diff := cmp.Diff(c.times, times); diff != "" {
			t.Errorf("periods of %q (-want +got):\n%s", c.text, diff)
		}
	}
}

func TestDarijaQuarterOrdinals(t *testing.T) {
	cases := map[string][2]int{
		"الفصل اللول ديال 2024": {2024, 1}, "الربع الأول 2025": {2025, 1}, "التريمستر التاني 2023": {2023, 2},
		"الفصل الثاني": {0, 2}, "الربع التالت ديال 2024": {2024, 3}, "الفصل الثالث 2022": {2022, 3},
		"التريمستر الرابع": {0, 4}, "trimestre lowel 2024": {2024, 1}, "louwel trimestre 2025": {2025, 1},
		"trim tani 2024": {2024, 2}, "ltrimestre tanya dyal 2024": {2024, 2}, "t talet 2023": {2023, 3},
		"trimestre talit": {0, 3}, "rab3 trimestre 2024": {2024, 4}, "T 3 2024": {2024, 3}, "ftrimestre tani": {0, 2},
	}
	for text, want := range cases {
		got := FindPeriods(text)
		if len(got) != 1 || got[0].Year != want[0] || got[0].Quarter != want[1] {
			t.Errorf("FindPeriods(%q) = %+v, want year %d quarter %d", text, got, want[0], want[1])
		}
	}
	for _, text := range []string{"t'as vu 2 fois", "q 5", "الربع ديال الخبز", "tani ma jitch"} {
		for _, p := range FindPeriods(text) {
			if p.Quarter != 0 {
				t.Errorf("FindPeriods(%q) = %+v, want no quarter", text, p)
			}
		}
	}
}
