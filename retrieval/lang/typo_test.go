package lang

import "testing"

func TestTypos(t *testing.T) {
	checkPresence(t, []presenceCase{
		{"unemplyment in casa", []string{unempRate}, nil},
		{"unemploymnet rate of women", []string{unempRate, "sex:female"}, nil},
		{"youth unemployement in 2024", []string{unempRate, "age:15-24"}, nil},
		{"chomag f casa", []string{unempRate}, nil},
		{"taux de chomag des jeunes", []string{unempRate, "age:15-24"}, nil},
		{"chômmage des jeunes", []string{unempRate}, nil},
		{"participaton rate of women", []string{actRate}, nil},
		{"underemployement in rural areas", []string{"indicator:underemployment_rate", "area:rural"}, nil},
		{"sous emploi", []string{"indicator:underemployment_rate"}, nil},
		{"le sousemploi dans le BTP", []string{"indicator:underemployment_rate"}, nil},
		{"taux activite des femmes", []string{actRate}, nil},
		{"unemploied people", []string{unemployed}, nil},
		{"emploi dans l'agricultre", []string{"sector:agriculture"}, nil},
		{"chomuers f tanja", []string{unemployed}, nil},

		{"un emploi courant", nil, []string{"intent:latest"}},
		{"service client à Rabat", nil, []string{"sector:services"}},
		{"développeur senior", nil, []string{"age:45+"}},
		{"classes préparatoires", nil, []string{compare}},
		{"qualified workers", nil, []string{"diploma:none"}},
		{"aviculture et apiculture", nil, []string{"sector:agriculture"}},
		{"ne pas chômer", nil, []string{unemployed}},
		{"une démarche participative", nil, []string{actRate}},
		{"formation interne", nil, []string{"contract:stage"}},
		{"profession libérale", nil, []string{"intent:trend"}},
	})
	places := []struct{ text, code string }{
		{"chomage f casablnca", "casablanca"}, {"emploi à Marakech", "marrakech"}, {"stage à Kenitrra", "kenitra"},
		{"jobs in Essaouria", "essaouira"}, {"tanners and dyers", ""}, {"a rational choice", ""}, {"Casablanca", "casablanca"},
	}
	for _, c := range places {
		got := FindPlaces(c.text)
		if c.code == "" && got != nil || c.code != "" && (len(got) != 1 || got[0].Place.Code != c.code) {
			t.Errorf("FindPlaces(%q) = %+v, want %q", c.text, got, c.code)
		}
	}
}

func TestTypoShortWordsAreExact(t *testing.T) {
	// Forms under 7 letters are never corrected: bitala, chomaj, Agadir, Tiznit.
	for _, text := range []string{"bitla", "chomak", "bitlaa"} {
		if got := FindConcepts(text); got != nil {
			t.Errorf("FindConcepts(%q) = %+v, want nothing", text, got)
		}
	}
	for _, text := range []string{"agadr", "tiznt", "agadri"} {
		if got := FindPlaces(text); got != nil {
			t.Errorf("FindPlaces(%q) = %+v, want nothing", text, got)
		}
	}
}

func TestEditDistance(t *testing.T) {
	cases := []struct {
		a, b string
		max  int
		want int
	}{
		{"chomage", "chomage", 1, 0}, {"chomag", "chomage", 1, 1}, {"chomgae", "chomage", 1, 1},
		{"unemplyment", "unemployment", 2, 1}, {"participaton", "participation", 2, 1},
		{"courant", "current", 2, 3}, {"abc", "abcdef", 1, 2}, {"", "ab", 2, 2},
	}
	for _, c := range cases {
		if got := editDistance(c.a, c.b, c.max); got != c.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", c.a, c.b, c.max, got, c.want)
		}
	}
}

func TestTypoCorrect(t *testing.T) {
	cases := map[string]string{"unemplyment": "unemployment", "chomag": "chomage", "casablnca": "casablanca", "courant": "", "chomage": "", "xy": ""}
	for in, want := range cases {
		got, ok := typos.correct(in, Fold(in))
		if want == "" && ok || want != "" && got != Fold(want) {
			t.Errorf("correct(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}
