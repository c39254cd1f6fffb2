package prompts

import (
	"strings"
	"testing"
	"unicode"
)

// honestyFixtures render the answers that give no figure in every
// variant: each kind of unknown, and each kind of small talk.
func honestyFixtures() map[string]any {
	return map[string]any{
		"unknown-place":           UnknownView{Kind: "place", Asked: "Sidi Boukhrissa", Near: []string{"Sidi Bennour", "Sidi Slimane"}},
		"unknown-place-foreign":   UnknownView{Kind: "place", Asked: "Lyon", Foreign: true, Near: []string{"L'Oriental", "Souss-Massa"}},
		"unknown-occupation":      UnknownView{Kind: "occupation", Asked: "astro-boulanger quantique", Near: []string{"Boulanger-pâtissier"}},
		"unknown-occupation-bare": UnknownView{Kind: "occupation", Asked: "toiletteur canin"},
		"unknown-indicator":       UnknownView{Kind: "indicator", Asked: "nombre de startups licornes", Near: []string{"taux de chômage", "taux d'activité"}},
		"unknown-period":          UnknownView{Kind: "period", Asked: "2031", Future: true, Indicator: "taux de chômage", From: "2014", To: "2025"},
		"unknown-period-ads":      UnknownView{Kind: "period", Asked: "2019", From: "janvier 2024", To: "novembre 2025"},
		"unknown-place-regions":   UnknownView{Kind: "place", Asked: "Zagorix", Regions: true, Near: []string{"L'Oriental", "Souss-Massa"}},
		"compare.gaps":            CompareGapsView{Missing: []string{"Rabat-Salé-Kénitra"}, Unknown: []string{"Lyon"}},
		"smalltalk-greeting":      SmallTalkView{Kind: "greeting"},
		"smalltalk-thanks":        SmallTalkView{Kind: "thanks"},
		"smalltalk-identity":      SmallTalkView{Kind: "identity"},
		"smalltalk-help":          SmallTalkView{Kind: "help"},
		"smalltalk-goodbye":       SmallTalkView{Kind: "goodbye"},
		"smalltalk-out_of_scope":  SmallTalkView{Kind: "out_of_scope"},
	}
}

func TestHonestyGolden(t *testing.T) { checkGolden(t, honestyFixtures()) }

// TestUnknownSaysItWithoutNumbers: every unknown answer holds one of its
// language's UnknownPhrases and no number but those of the name asked and
// of the periods that exist.
func TestUnknownSaysItWithoutNumbers(t *testing.T) {
	for _, l := range Languages {
		for name, data := range honestyFixtures() {
			if !strings.HasPrefix(name, "unknown") && name != "compare.gaps" {
				continue
			}
			tmpl, _, _ := strings.Cut(name, "-")
			got, err := Render(tmpl, l, data)
			if err != nil {
				t.Fatal(err)
			}
			if !SaysUnknown(l, got) {
				t.Errorf("%s/%s does not say it does not know:\n%s", l, name, got)
			}
			if v, ok := data.(UnknownView); ok && hasNumber(strings.NewReplacer(v.Asked, "", v.From, "", v.To, "").Replace(got)) {
				t.Errorf("%s/%s writes a number:\n%s", l, name, got)
			}
		}
	}
}

// TestSmallTalkGivesExamplesNotFigures: each small-talk answer ends with
// examples of questions, holds no digit and never says it did not
// understand.
func TestSmallTalkGivesExamplesNotFigures(t *testing.T) {
	for _, l := range Languages {
		for _, kind := range []string{"greeting", "thanks", "identity", "help", "goodbye", "out_of_scope"} {
			got, err := Render("smalltalk", l, SmallTalkView{Kind: kind})
			if err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(got, "\n- "); n < 2 || n > 3 || hasNumber(got) {
				t.Errorf("%s/%s: want 2 or 3 examples and no number:\n%s", l, kind, got)
			}
			help, _ := Render("help", l, HelpView{Reason: "unknown_indicator"})
			first, _, _ := strings.Cut(help, "\n")
			if strings.Contains(got, first) {
				t.Errorf("%s/%s says it did not understand:\n%s", l, kind, got)
			}
		}
	}
}

// hasNumber reports whether s writes a number: digits that are not part
// of a word (Arabizi writes letters with digits: "ch7al", "3nd").
func hasNumber(s string) bool {
	r := []rune(s)
	for i := 0; i < len(r); i++ {
		if !unicode.IsDigit(r[i]) {
			continue
		}
		j := i
		for j < len(r) && unicode.IsDigit(r[j]) {
			j++
		}
		if (i == 0 || !unicode.IsLetter(r[i-1])) && (j == len(r) || !unicode.IsLetter(r[j])) {
			return true
		}
		i = j
	}
	return false
}
