package langchain

import (
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/tools"
)

func TestSafeCut(t *testing.T) {
	cases := []struct {
		text string
		want int
	}{
		{"Le taux", 3},
		{"Le taux est de 1 580", 15}, // the space after 1 may be a thousands separator
		{"en 2024. Selon", 9},
		{"3la 7sab", 4},
		{"نسبة ١٣٫٦ ", 9}, // Arabic-Indic digits count as digits
		{"nothing", 0},
	}
	for _, c := range cases {
		if got := safeCut(c.text, 0); got != c.want {
			t.Errorf("safeCut(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

func TestGroundReadsResultsAsValues(t *testing.T) {
	var g ground
	g.add(tools.Result{Data: map[string]any{"counts": []int{120, 340, 560}, "period": "2024-Q3", "salary": "6000-8000 DH"},
		Citations: []tools.Citation{{ID: "x", Period: "2023"}}})
	for _, text := range []string{"120, 340 et 560 offres", "au T3 2024", "6 000 à 8 000 DH", "depuis 2023"} {
		if bad := g.missing(text); len(bad) > 0 {
			t.Errorf("missing(%q) = %v, want none", text, bad)
		}
	}
	if bad := g.missing("120340560 offres, soit 13,6 %"); len(bad) != 2 {
		t.Errorf("missing = %v, want the merged 120340560 and 13.6", bad)
	}
}

// TestStreamHoldsUngroundedNumbers feeds an answer in small chunks and
// checks that the text up to an ungrounded number streams, and nothing
// after it until a tool result grounds it.
func TestStreamHoldsUngroundedNumbers(t *testing.T) {
	var g ground
	var got string
	s := stream{ground: &g, emit: func(e assistant.Event) error { got += e.Text; return nil }}
	for _, chunk := range []string{"Le taux ", "était de 1", "9,4 % en ", "2024 selon ", "le HCP."} {
		if err := s.write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	if got != "Le taux était de " {
		t.Fatalf("streamed %q before grounding, want the text before 19,4", got)
	}
	g.add(tools.Result{Data: map[string]any{"value": 19.4, "period": "2024"}})
	if err := s.release(true); err != nil {
		t.Fatal(err)
	}
	if got != s.answer() {
		t.Errorf("streamed %q, want all of %q once grounded", got, s.answer())
	}
}
