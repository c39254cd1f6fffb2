package lang

import "testing"

// TestBoysBesideGirls: drari are the young, but beside girls the boys.
func TestBoysBesideGirls(t *testing.T) {
	for text, want := range map[string][]string{
		"NEET 3nd lbnat w drari f 2022 chkon ktr": {"female", "male"},
		"البطالة عند البنات والدراري":             {"female", "male"},
		"chomage dyal drari":                      nil,
	} {
		r := Read(text)
		if got := r.Named(KindSex); len(got) != len(want) || len(got) > 0 && (got[0] != want[0] || got[1] != want[1]) {
			t.Errorf("%q: sexes %v, want %v", text, got, want)
		}
	}
	if ages := Read("chomage dyal drari").Named(KindAge); len(ages) != 1 || ages[0] != "15-24" {
		t.Errorf("drari alone: ages %v, want the young", ages)
	}
}
