package lang

import "testing"

// TestInflectedOccupations: plurals and feminines of occupation names,
// in every script, find the occupation; the same endings on other words,
// or on occupation words that mean something else inflected, find none.
func TestInflectedOccupations(t *testing.T) {
	cases := []struct{ text, code string }{
		{"les développeuses", "2512"}, {"offres pour caissières", "5230"}, {"jobs for accountants", "2411"},
		{"plumbers in Casablanca", "7126"}, {"aides-soignantes à Rabat", "5321"}, {"les techniciennes de maintenance", "7233"},
		{"conductrices de bus", "8331"}, {"formatrices", "2320"}, {"secretaries", "4120"}, {"les électriciennes", "7411"},
		{"maintenance technicians", "7233"}, {"les magasiniers", "4321"}, {"boulangères", "7512"}, {"des avocates", "2611"},
		{"ما هو عمل الكهربائيين؟", "7411"}, {"عروض عمل للسباكين", "7126"}, {"وظائف للممرضات", "2221"},
		{"الحلاقين", "5141"}, {"الزلايجية", "7122"}, {"النجارين", "7115"},
		{"serbaya f casa", "5131"}, {"bennayin", "7112"}, {"trisyanat", "7411"}, {"plombiyat", "7126"},
	}
	for _, c := range cases {
		if got := occupationsIn(c.text); len(got) == 0 || got[0] != c.code {
			t.Errorf("FindConcepts(%q) occupations = %v, want %s first", c.text, got, c.code)
		}
	}
	for _, text := range []string{"dépenses des ménages", "النساء العاملات", "عدد الموظفين", "activités commerciales",
		"les femmes", "chômage des jeunes", "services publics", "analyses", "la casa", "kayna khedma", "formations"} {
		if got := occupationsIn(text); len(got) > 0 {
			t.Errorf("FindConcepts(%q) occupations = %v, want none", text, got)
		}
	}
}

func occupationsIn(text string) []string {
	var out []string
	for _, m := range FindConcepts(text) {
		if m.Concept.Kind == KindOccupation {
			out = append(out, m.Concept.Value)
		}
	}
	return out
}
