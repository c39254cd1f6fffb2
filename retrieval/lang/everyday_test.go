package lang

import "testing"

// Everyday names of places and groups: Kech is Marrakech, "ليست لديهم
// أي شهادة" those without a diploma.
func TestEverydayNames(t *testing.T) {
	for text, want := range map[string]string{"3afak chi offre d serveuse f kech": "marrakech", "wach kayn khdma f lkech": "marrakech"} {
		if got := FindPlaces(text); len(got) != 1 || got[0].Place.Code != want {
			t.Errorf("FindPlaces(%q) = %+v, want %s", text, got, want)
		}
	}
	for _, text := range []string{"وبالنسبة لمن ليست لديهم أي شهادة؟", "نسبة المشتغلين الذين لا يتوفرون على أي شهادة", "what share of workers have no diploma?"} {
		found := false
		for _, m := range FindConcepts(text) {
			found = found || m.Concept == Concept{KindDiploma, "none"}
		}
		if !found && askedIndicator(text) != "employed_no_diploma_share" {
			t.Errorf("FindConcepts(%q) names no diploma none", text)
		}
	}
}
