package lang

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAnalyzeAgreesWithTheFinders(t *testing.T) {
	var texts []string
	for _, cases := range placeCases {
		for _, c := range cases {
			texts = append(texts, c.text)
		}
	}
	for _, cases := range conceptCases {
		for _, c := range cases {
			texts = append(texts, c.text)
		}
	}
	for _, cases := range periodCases {
		for _, c := range cases {
			texts = append(texts, c.text)
		}
	}
	for _, text := range texts {
		want := Analysis{Lang: Detect(text), Places: FindPlaces(text), Concepts: FindConcepts(text), Periods: FindPeriods(text)}
		if diff := cmp.Diff(want, Analyze(text)); diff != "" {
			t.Errorf("Analyze(%q) (-finders +analyze):\n%s", text, diff)
		}
	}
}
