package prompts

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func fixtures() map[string]any {
	return map[string]any{
		"series": SeriesView{Indicator: "taux de chômage", Place: "au Maroc", Who: "chez les femmes", Period: "en 2024",
			Value: "19,4 %", Kind: "statistique officielle"},
		"series-trend": SeriesView{Indicator: "taux de chômage", Place: "au Maroc", Period: "en 2024", Value: "13,3 %",
			Points: []Figure{{Label: "2023", Value: "13 %"}, {Label: "2024", Value: "13,3 %"}}, Kind: "statistique officielle", Note: "note"},
		"compare": CompareView{Indicator: "taux de chômage", By: "geo", Period: "en 2024", Kind: "statistique officielle",
			Rows: []Figure{{Rank: 1, Label: "L'Oriental", Value: "20,9 %"}, {Rank: 2, Label: "Casablanca-Settat", Value: "15 %"}}},
		"missing": MissingView{Indicator: "taux de chômage", Place: "dans la région X", Period: "en 2024", Periods: []string{"2023"}, Cells: []string{"Maroc"}},
		"help":    HelpView{Reason: "unknown_indicator"},
		// errors the Assistant emits, which take no data
		"error.session": nil,
		"error.timeout": nil,
		// seconds to wait
		"error.ratelimit": 12,
	}
}

func TestGolden(t *testing.T) { checkGolden(t, fixtures()) }

// checkGolden renders every fixture (named template, or template-variant)
// in every language and compares it with testdata/<lang>.<name>.golden;
// -update rewrites the files.
func checkGolden(t *testing.T, fixtures map[string]any) {
	t.Helper()
	for _, l := range Languages {
		for name, data := range fixtures {
			tmpl, _, _ := strings.Cut(name, "-")
			got, err := Render(tmpl, l, data)
			if err != nil {
				t.Fatalf("%s/%s: %v", l, name, err)
			}
			path := filepath.Join("testdata", l+"."+name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./prompts -update)", err)
			}
			if got+"\n" != string(want) {
				t.Errorf("%s differs from golden:\n--- got\n%s\n--- want\n%s", path, got, want)
			}
		}
	}
}

func TestEveryLanguageDefinesEveryTemplate(t *testing.T) {
	names := []string{"series", "compare", "missing", "help", "error", "error.empty", "error.long", "error.session", "error.timeout", "error.ratelimit", "place.country", "place.south", "place.region", "note.south"}
	for _, l := range Languages {
		for _, n := range names {
			if byLang[l].Lookup(n) == nil {
				t.Errorf("%s lacks template %q", l, n)
			}
		}
	}
}

func TestNumberFormatting(t *testing.T) {
	cases := []struct {
		lang string
		v    float64
		unit string
		want string
	}{
		{"fr", 13.3, "percent", "13,3 %"},
		{"en", 13.3, "percent", "13.3%"},
		{"ar", 19.4, "percent", "19,4%"},
		{"fr", 1580000, "persons", "1\u00a0580\u00a0000 personnes"},
		{"ary-Latn", -137000, "jobs (year on year)", "-137\u00a0000 khdma (m9arna m3a l3am li fat)"},
		{"en", 2000, "persons", "2000 people"},
	}
	for _, c := range cases {
		if got := Value(c.lang, c.v, c.unit); got != c.want {
			t.Errorf("Value(%s, %v, %s) = %q, want %q", c.lang, c.v, c.unit, got, c.want)
		}
	}
}

func TestPeriodWords(t *testing.T) {
	cases := []struct{ lang, p, phrase, label string }{
		{"fr", "2024-Q3", "au 3e trimestre 2024", "T3 2024"},
		{"fr", "2024", "en 2024", "2024"},
		{"ar", "2024-Q1", "خلال الفصل الأول من سنة 2024", "الفصل الأول 2024"},
		{"ary", "2024-Q3", "ف الفصل التالت ديال 2024", "الفصل التالت 2024"},
		{"ary-Latn", "2025-Q2", "f trimestre tani dyal 2025", "T2 2025"},
		{"en", "2024-05", "in May 2024", "May 2024"},
	}
	for _, c := range cases {
		if got := PeriodPhrase(c.lang, c.p); got != c.phrase {
			t.Errorf("PeriodPhrase(%s, %s) = %q, want %q", c.lang, c.p, got, c.phrase)
		}
		if got := PeriodLabel(c.lang, c.p); got != c.label {
			t.Errorf("PeriodLabel(%s, %s) = %q, want %q", c.lang, c.p, got, c.label)
		}
	}
}

func TestFrenchArticles(t *testing.T) {
	got, _ := Render("series", "fr", SeriesView{Indicator: "création nette d'emplois", Place: "au Maroc", Period: "en 2024", Value: "82 000 emplois", Kind: "k"})
	if !strings.HasPrefix(got, "La création nette d'emplois au Maroc") {
		t.Errorf("got %q", got)
	}
}

func TestRegionPhraseKeepsNamesOwnArticle(t *testing.T) {
	cases := []struct{ lang, name, want string }{
		{"fr", "L'Oriental", "dans la région de l'Oriental"},
		{"fr", "Souss-Massa", "dans la région Souss-Massa"},
		{"ary-Latn", "Jihat ch-Charq", "f Jihat ch-Charq"},
		{"ary-Latn", "Casa-Settat", "f jiha dyal Casa-Settat"},
	}
	for _, c := range cases {
		if got, _ := Render("place.region", c.lang, c.name); got != c.want {
			t.Errorf("%s %q: got %q, want %q", c.lang, c.name, got, c.want)
		}
	}
}

// TestFrenchVerbAgreesWithTheIndicator: a plural indicator name takes a
// plural verb ("les transferts des MRE s'établissent").
func TestFrenchVerbAgreesWithTheIndicator(t *testing.T) {
	for name, want := range map[string]string{
		"transferts des MRE": "s'établissent",
		"taux de chômage":    "s'établit",
		"part de l'emploi":   "s'établit",
	} {
		if got := frEstablishes(name); got != want {
			t.Errorf("%q: %q, want %q", name, got, want)
		}
	}
}
