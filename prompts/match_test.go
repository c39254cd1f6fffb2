package prompts

import (
	"strings"
	"testing"
)

func matchFixtures() map[string]any {
	training := TrainingLine{Name: "Technicien spécialisé en Développement digital", Kind: "formation professionnelle", Provider: "OFPPT",
		Level: "Technicien spécialisé", Duration: "2 ans", Access: "Niveau bac"}
	scope := &AdScope{Place: "au Maroc", From: "juin 2024", To: "octobre 2025", Ads: "2431",
		Sites: []Figure{{Label: "emploi-maroc.example", Value: "1200"}, {Label: "jobs-atlas.example", Value: "1231"}}}
	return map[string]any{
		"match_profile": MatchView{Place: "dans la région Casablanca-Settat", Regional: true, Scope: scope, Kind: "décompte d'offres d'emploi",
			Demo: "données de démonstration",
			Rows: []MatchRow{
				{Rank: 1, Name: "Développeur logiciel", Code: "2512", Score: "0,584", Common: []string{"Java", "SQL"}, Missing: []string{"Git", "Tests"},
					Trainings: []TrainingLine{training}, RegionAds: "12", Ads: "40"},
				{Rank: 2, Name: "Data analyst", Code: "2511", Score: "0,303", Missing: []string{"Python"}},
			},
			Read: MatchRead{Level: "bac+2 (technicien spécialisé, DUT, BTS)", Fields: []string{"développement informatique"}, Years: "3",
				Skills: []string{"Java", "SQL"}, Wished: []string{"développeur"}, Place: "Casablanca"}},
		"match_profile-country": MatchView{Place: "au Maroc", Scope: scope, Kind: "décompte d'offres d'emploi",
			Rows: []MatchRow{{Rank: 1, Name: "Soudeur", Code: "7212", Score: "0,737", Common: []string{"Soudage à l'arc"}, RegionAds: "4", Ads: "4"}},
			Read: MatchRead{Fields: []string{"soudure"}, Past: []string{"soudeur"}}},
		"match_profile-nothing": MatchView{Place: "au Maroc"},
	}
}

func TestMatchGolden(t *testing.T) { checkGolden(t, matchFixtures()) }

func TestEveryLanguageDefinesTheMatchTemplates(t *testing.T) {
	for _, l := range Languages {
		for _, n := range []string{"match_profile", "match.read"} {
			if byLang[l].Lookup(n) == nil {
				t.Errorf("%s lacks template %q", l, n)
			}
		}
	}
}

// TestMatchTemplatesWriteNoDigit: every digit of a match answer comes
// from its data (the levels' names are data too).
func TestMatchTemplatesWriteNoDigit(t *testing.T) {
	for _, l := range Languages {
		for name, data := range matchFixtures() {
			v := data.(MatchView)
			for i := range v.Rows {
				r := &v.Rows[i]
				r.Rank, r.Code, r.Score, r.RegionAds, r.Ads, r.Trainings = 0, "x", "x", "x", "y", nil
			}
			if v.Scope != nil {
				s := blankScope(*v.Scope, nil)
				v.Scope = &s
			}
			v.Read.Level, v.Read.Years = "lvl", "x"
			got, err := Render("match_profile", l, v)
			if err != nil {
				t.Fatal(err)
			}
			got = strings.ReplaceAll(got, "\n0. ", "\n")
			if i := strings.IndexAny(got, "0123456789٠١٢٣٤٥٦٧٨٩"); i >= 0 && !inArabiziWord(got, i) {
				t.Errorf("%s/%s writes a digit of its own at %q", l, name, got[max(0, i-20):min(len(got), i+20)])
			}
		}
	}
}

func TestLevelNamesInEveryLanguage(t *testing.T) {
	for _, level := range []string{"none", "primary", "lower_secondary", "vocational", "bac", "bac+2", "bac+3", "bac+5", "doctorate"} {
		for _, l := range Languages {
			if _, ok := levelNames[l][level]; !ok {
				t.Errorf("%s: no name for level %q", l, level)
			}
		}
	}
	if got := LevelName("de", "bac"); got != "baccalauréat" {
		t.Errorf("an unknown language: %q, want the French name", got)
	}
	if got := LevelName("fr", "phd"); got != "phd" {
		t.Errorf("an unknown level: %q, want it as it is", got)
	}
}
