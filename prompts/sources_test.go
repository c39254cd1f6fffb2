package prompts

import "testing"

func TestSupportsLabel(t *testing.T) {
	for _, c := range []struct {
		lang    string
		periods []string
		want    string
	}{
		{"fr", []string{"2017", "2018", "2019", "2020", "2021", "2022", "2023"}, "2017–2023"},
		{"fr", []string{"2014", "2016", "2017", "2019", "2020", "2021", "2024-Q3"}, "2014, 2016, 2017, 2019–2021, T3 2024"},
		{"ar", []string{"2022", "2024"}, "2022، 2024"},
		{"en", []string{"2024-Q3"}, "Q3 2024"},
		{"fr", nil, ""},
	} {
		if got := SupportsLabel(c.lang, c.periods); got != c.want {
			t.Errorf("SupportsLabel(%s, %q) = %q, want %q", c.lang, c.periods, got, c.want)
		}
	}
}

func TestSourceWordsInEveryLanguage(t *testing.T) {
	for _, l := range []string{"fr", "ar", "ary", "ary-Latn", "en"} {
		w := Sources(l)
		for name, s := range map[string]string{"Heading": w.Heading, "ReportedBy": w.ReportedBy, "Supports": w.Supports,
			"Demo": w.Demo, "OwnSheet": w.OwnSheet, "AdsCounted": w.AdsCounted} {
			if s == "" {
				t.Errorf("%s: %s is empty", l, name)
			}
		}
	}
	if got := AdsCounted("fr", 27); got != "27 offres d'emploi dédoublonnées" {
		t.Errorf("AdsCounted(fr, 27) = %q", got)
	}
}

func TestCountOfOne(t *testing.T) {
	for _, c := range [][3]string{{"fr", "figures", "1 chiffre officiel"}, {"en", "ads", "1 deduplicated job ad"}, {"fr", "ads", "1 offre d'emploi dédoublonnée"}, {"fr", "sheets", "1 fiche métier"}} {
		if got := Count(c[0], c[1], 1); got != c[2] {
			t.Errorf("Count(%s, %s, 1) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
	if got := Count("fr", "figures", 12); got != "12 chiffres officiels" {
		t.Errorf("Count(fr, figures, 12) = %q", got)
	}
}
