package lang

import (
	"slices"
	"testing"
)

func TestNearestPlaces(t *testing.T) {
	if got := NearestPlaces("Tetwan", French, 3); len(got) == 0 || got[0] != "Tétouan" {
		t.Errorf("NearestPlaces(Tetwan) = %q, want Tétouan first", got)
	}
	if got := NearestPlaces("طنجه", Arabic, 3); !slices.ContainsFunc(got, func(s string) bool { return s == "طنجة" || s == "طنجه" }) {
		t.Errorf("NearestPlaces(طنجه) = %q, want Tangier in Arabic script", got)
	}
	for _, name := range []string{"Boukhrissa", "الوسط"} {
		if got := NearestPlaces(name, English, 3); got != nil {
			t.Errorf("NearestPlaces(%s) = %q, want none", name, got)
		}
	}
	if got := RegionNames(Darija); len(got) != 12 || got[5] != RegionName("MA-06", Darija) {
		t.Errorf("RegionNames(ary) = %q, want the 12 regions in Arabic script", got)
	}
}

func TestNearestConcepts(t *testing.T) {
	cases := []struct{ name, want string }{
		{"boulangères", "7512"},
		{"astro-boulanger quantique", "7512"},
		{"الليفرورات", FindConcepts("ليفرور")[0].Concept.Value},
		{"plombiers", "7126"},
	}
	for _, c := range cases {
		got := NearestConcepts(KindOccupation, c.name, 3)
		if len(got) == 0 || got[0].Value != c.want {
			t.Errorf("NearestConcepts(%q) = %v, want %s first", c.name, got, c.want)
		}
	}
	for _, name := range []string{"xqzwv", "zorblax quantum"} {
		if got := NearestConcepts(KindOccupation, name, 3); len(got) != 0 {
			t.Errorf("NearestConcepts(%s) = %v, want none", name, got)
		}
	}
}
