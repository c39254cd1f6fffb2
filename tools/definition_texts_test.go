package tools

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// maxExplanationRunes bounds a definition: one to three sentences a job
// seeker reads at a glance, under a figure or in a tooltip.
const maxExplanationRunes = 400

var explainLangs = [3]string{"fr", "ar", "en"}

func TestExplainCoversEveryDefinition(t *testing.T) {
	for _, d := range definitions {
		texts, ok := explanations[d.ID]
		if !ok {
			t.Errorf("%s: no explanation", d.ID)
			continue
		}
		for i, s := range texts {
			lang := explainLangs[i]
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s/%s: empty", d.ID, lang)
				continue
			}
			if n := utf8.RuneCountInString(s); n > maxExplanationRunes {
				t.Errorf("%s/%s: %d characters, want at most %d", d.ID, lang, n, maxExplanationRunes)
			}
		}
		fr, ar, en := texts[0], texts[1], texts[2]
		if share := arabicLetterShare(ar); share < 0.9 {
			t.Errorf("%s/ar: %.0f %% of its letters are Arabic, want 90 %% or more: %q", d.ID, 100*share, ar)
		}
		for i, s := range []string{fr, en} {
			if share := arabicLetterShare(s); share > 0 {
				t.Errorf("%s/%s: holds Arabic letters: %q", d.ID, []string{"fr", "en"}[i], s)
			}
		}
		if fr == en {
			t.Errorf("%s: the French text is the English one", d.ID)
		}
		if n := countWords(fr, frenchWords); n < 2 {
			t.Errorf("%s/fr: %d French function words, want 2 or more: %q", d.ID, n, fr)
		}
		if n := countWords(fr, englishOnlyWords); n > 0 {
			t.Errorf("%s/fr: holds English words: %q", d.ID, fr)
		}
		if n := countWords(en, englishWords); n < 2 {
			t.Errorf("%s/en: %d English function words, want 2 or more: %q", d.ID, n, en)
		}
		// The Office des changes has no English name: it is not French
		// copied into the English text.
		if n := countWords(strings.ReplaceAll(en, "Office des changes", ""), frenchOnlyWords); n > 0 {
			t.Errorf("%s/en: holds French words: %q", d.ID, en)
		}
	}
}

func TestExplainHasNoTextForUnknownIndicators(t *testing.T) {
	for id := range explanations {
		if _, ok := LookupDefinition(id); !ok {
			t.Errorf("explanation for %q, which is not in the catalogue", id)
		}
	}
}

func TestExplainPicksTheTextByLanguage(t *testing.T) {
	d, ok := LookupDefinition("neet_rate")
	if !ok {
		t.Fatal("neet_rate missing from the catalogue")
	}
	texts := explanations["neet_rate"]
	for lang, want := range map[string]string{
		"fr": texts[0], "ary-Latn": texts[0],
		"ar": texts[1], "ary": texts[1],
		"en": texts[2], "": texts[2], "de": texts[2], "FR": texts[2],
	} {
		if got := d.Explain(lang); got != want {
			t.Errorf("Explain(%q) = %q, want %q", lang, got, want)
		}
	}
}

func TestExplainFallsBackToTheDescription(t *testing.T) {
	d := Definition{ID: "not_in_the_catalogue", Description: "Something measured."}
	for _, lang := range []string{"fr", "ar", "en", "ary"} {
		if got := d.Explain(lang); got != d.Description {
			t.Errorf("Explain(%q) of an unknown id = %q, want its Description", lang, got)
		}
	}
}

// TestExplainAgreesWithTheCatalogue checks the facts a text can be held
// to: the age band, the hour thresholds, the publisher, the unit's scale.
func TestExplainAgreesWithTheCatalogue(t *testing.T) {
	for _, d := range definitions {
		texts := explanations[d.ID]
		mustMention := func(what string, perLang [3]string) {
			t.Helper()
			for i, s := range texts {
				if perLang[i] != "" && !strings.Contains(s, perLang[i]) {
					t.Errorf("%s/%s: does not mention %s (%q): %q", d.ID, explainLangs[i], what, perLang[i], s)
				}
			}
		}
		switch d.Age {
		case "15-24":
			mustMention("the 15-24 age band", [3]string{"de 15 à 24 ans", "من 15 إلى 24 سنة", "aged 15 to 24"})
		case AgeAll:
			// An administrative count has no age limit: it must not claim
			// the labour survey's population.
			for i, s := range texts {
				if strings.Contains(s, []string{"15 ans et plus", "15 سنة فأكثر", "15 and over"}[i]) {
					t.Errorf("%s/%s: an administrative count said to cover people aged 15 and over: %q", d.ID, explainLangs[i], s)
				}
			}
		}
		if strings.Contains(d.ID, "excessive_hours") || strings.Contains(d.ID, "time_related") {
			mustMention("the 48-hour threshold", [3]string{"48 heures", "48 ساعة", "48 hours"})
		}
		if strings.Contains(d.ID, "underemploy") {
			mustMention("underemployment", [3]string{"sous-emploi", "الشغل الناقص", "underemploy"})
		}
		if strings.Contains(d.ID, "informal") {
			mustMention("the informal sector", [3]string{"secteur informel", "القطاع غير المنظم", "informal sector"})
		}
		if strings.HasSuffix(d.ID, "_census") {
			mustMention("the census", [3]string{"recensement", "الإحصاء العام للسكان والسكنى", "census"})
		}
		for prefix, publisher := range map[string][3]string{
			// The Arabic names are matched without the preposition
			// that precedes them (لدى، للوكالة).
			"cnss_":       {"CNSS", "الصندوق الوطني للضمان الاجتماعي", "CNSS"},
			"anapec_":     {"ANAPEC", "الوطنية لإنعاش التشغيل والكفاءات", "ANAPEC"},
			"remittances": {"Office des changes", "مكتب الصرف", "Office des changes"},
			"moroccans_":  {"consulats", "قنصليات", "consulates"},
		} {
			if strings.HasPrefix(d.ID, prefix) {
				mustMention("its publisher", publisher)
			}
		}
		if scale, ok := unitWords[d.Unit]; ok {
			mustMention("its unit", scale)
		}
	}
}

// unitWords are what a text must say of the units whose scale a reader
// could get wrong: dirhams rather than euros, billions rather than
// millions.
var unitWords = map[string][3]string{
	"MAD per month":          {"dirhams", "بالدرهم", "dirhams"},
	"billion MAD":            {"milliards de dirhams", "بملايير الدراهم", "billions of dirhams"},
	"million hours per week": {"millions d'heures", "بملايين الساعات", "millions of hours"},
	"months":                 {"mois", "الأشهر", "months"},
}

var (
	frenchWords      = wordSet("le la les des du de et en qui ou pour par dans sur une un au aux selon pas ne ni est")
	frenchOnlyWords  = wordSet("les des du selon dans qui une aux")
	englishWords     = wordSet("the of and who in from a to or by as with not is")
	englishOnlyWords = wordSet("the of and who from with")
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// countWords counts the words of s, lower-cased and split at anything
// but a letter, that are in set.
func countWords(s string, set map[string]bool) int {
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if set[w] {
			n++
		}
	}
	return n
}

// arabicLetterShare is the share of s's letters that are in the Arabic
// script; 0 for a text without letters.
func arabicLetterShare(s string) float64 {
	var letters, arabic int
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.Is(unicode.Arabic, r) {
			arabic++
		}
	}
	if letters == 0 {
		return 0
	}
	return float64(arabic) / float64(letters)
}
