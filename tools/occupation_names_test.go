package tools_test

import (
	"slices"
	"testing"

	"github.com/marsad/marsad/tools"
	"github.com/marsad/marsad/tools/toolstest"
)

// ProfileSetOf builds a set once per slice: an equal slice elsewhere in
// memory, or the same one cut shorter, is another set, and a slice read
// again resolves as the first time.
func TestProfileSetOfFollowsTheSlice(t *testing.T) {
	ps := toolstest.ProfileFixture()
	if code, _, ok := tools.ProfileSetOf(ps).Resolve("Soudeur"); !ok || code != "7212" {
		t.Fatalf("Resolve(Soudeur) = %q, %v", code, ok)
	}
	renamed := slices.Clone(ps)
	for i := range renamed {
		if renamed[i].ID == "soudeur" {
			renamed[i].Code = "7211"
		}
	}
	if got := tools.ProfileSetOf(renamed).ByCode("7211"); len(got) != 1 {
		t.Errorf("a new slice of the same length was given the old slice's set")
	}
	if code, _, ok := tools.ProfileSetOf(ps).Resolve("Soudeur"); !ok || code != "7212" {
		t.Errorf("the first slice again: Resolve(Soudeur) = %q, %v", code, ok)
	}
	if got := tools.ProfileSetOf(ps[:1]).ByCode(ps[1].Code); len(got) != 0 {
		t.Errorf("a shorter slice of the same memory was given the whole slice's set")
	}
}
