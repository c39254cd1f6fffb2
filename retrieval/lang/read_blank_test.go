package lang

import (
	"slices"
	"testing"
)

// A reference is blanked where it stands as a word, not inside an
// earlier word that holds its letters: "ca" (ça) in "caissiere", "it" in
// "waiter", "تما" and "tema" (there) in "تمارة" and "temara".
func TestReferencesAreBlankedAsWords(t *testing.T) {
	cases := []struct {
		msg, kind, value string
	}{
		{"caissiere en grande surface, ca consiste en quoi ?", KindOccupation, "5230"},
		{"a waiter, is it in demand there?", KindOccupation, "5131"},
		{"قداش كيخلص الطباخ ف تمارة؟ و واش كاين الطلب تما؟", "place", "Témara"},
		{"ما هو عمل الطباخ في تمارة وهل يوجد طلب تما؟", "place", "Témara"},
		{"chhal kaykhles serveur f temara, kayn talab tema?", "place", "Témara"},
	}
	for _, c := range cases {
		r := Read(c.msg)
		var got []string
		if c.kind == "place" {
			for _, p := range r.Places {
				got = append(got, p.Place.Name)
			}
		} else {
			got = r.Named(c.kind)
		}
		if !slices.Contains(got, c.value) {
			t.Errorf("Read(%q): rest %q, %s %v; want %s", c.msg, r.Rest, c.kind, got, c.value)
		}
	}
}
