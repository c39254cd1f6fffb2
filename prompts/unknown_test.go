package prompts

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSaysUnknownGoldens reads the rendered templates: those that say
// nothing was found for what was asked (the missing ones, and the golden
// answers that fall back on something wider) must match their language's
// phrases; the plain answers, the help and the errors must not.
func TestSaysUnknownGoldens(t *testing.T) {
	says := []string{"missing", "ads.missing", "ads.refused", "ads.refused-bare",
		"documents.none", "training.missing", "occupation_profile-none",
		"skills_in_demand", "training_paths", "search_job_ads"}
	silent := []string{"series", "series-trend", "compare", "top_occupations", "occupation_profile",
		"training_paths-skill", "search_documents", "help",
		"error.session", "error.timeout", "error.ratelimit"}
	for _, l := range Languages {
		for _, name := range append(says, silent...) {
			want := contains(says, name)
			path := filepath.Join("testdata", l+"."+name+".golden")
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := SaysUnknown(l, string(b)); got != want {
				t.Errorf("SaysUnknown(%s, %s) = %v, want %v:\n%s", l, path, got, want, b)
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestSaysUnknown(t *testing.T) {
	tests := []struct {
		tag, text string
		want      bool
	}{
		{"fr", "Je n’ai PAS trouvé ce lieu.", true},
		{"fr", "Ifrane m'est inconnue.", true},
		{"fr", "Ce n'est pas un chiffre officiel : 13,3 %.", false},
		{"fr", "Je ne suis pas sûr, mais le taux est de 13,3 %.", false},
		{"en", "I couldn't find Atlantis among the regions.", true},
		{"en", "Unemployment was not high in 2024.", false},
		{"ar", "لم اجد هذه المدينة", true},
		{"ar", "ما هو معدل البطالة؟", false},
		{"ary", "لا أعرف هاد البلاصة", true}, // MSA inside Darija
		{"ary", "ماعنديش هاد الرقم", true},
		{"ary", "ما بغيتش نخدم", false},
		{"ary-Latn", "Ma l9itch had lmdina, 3endi ghir jihat.", true},
		{"ary-Latn", "ma 3ndich chi ra9m 3la had l3am", true},
		{"ary-Latn", "ma bghitch", false},
		{"fr", "ma3reftch", false},    // another language's phrase
		{"", "ma3reftch", true},       // no tag: every language's phrases
		{"xx", "I do not know", true}, // an unknown tag likewise
		{"fr", "Le taux inconnuable", false},
	}
	for _, tt := range tests {
		if got := SaysUnknown(tt.tag, tt.text); got != tt.want {
			t.Errorf("SaysUnknown(%q, %q) = %v, want %v", tt.tag, tt.text, got, tt.want)
		}
	}
}

func TestUnknownPhrasesAryHoldsAr(t *testing.T) {
	ary, ar := UnknownPhrases("ary"), UnknownPhrases("ar")
	if !contains(ary, ar[0]) || contains(ar, ary[0]) {
		t.Errorf("ary's list should hold ar's, not the other way round")
	}
	ary[0] = "changed"
	if UnknownPhrases("ary")[0] == "changed" {
		t.Error("UnknownPhrases returned the table itself, not a copy")
	}
}
