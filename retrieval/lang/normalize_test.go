package lang

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

var normalizeCases = []struct{ in, want string }{
	// French: accents, elision, case, punctuation, decimals.
	{"Quel est le taux de chômage ?", "quel est le taux de chomage"},
	{"L'emploi d'aujourd'hui", "l emploi d aujourd hui"},
	{"Œuvre, ÇA, Maïté, Noël", "oeuvre ca maite noel"},
	{"qu'il n'y a pas", "qu il n y a pas"},
	{"13,3 % en 2024", "13.3 en 2024"},
	{"13.3%", "13.3"},
	{"15-24 ans", "15 24 ans"},
	{"fin. 2024", "fin 2024"},
	{"1 580 000", "1 580 000"},
	{"l’emploi « jeunes »", "l emploi jeunes"},
	{"straße", "strasse"},
	{"  trop   d'espaces\t\n ", "trop d espaces"},
	// Arabic: diacritics, tatweel, letter variants, digits.
	{"البَطَالَة", "البطاله"},
	{"الـــبطالة", "البطاله"},
	{"أإآٱ", "اااا"},
	{"مستشفى", "مستشفي"},
	{"مؤسسة", "موسسه"},
	{"مسؤول", "مسوول"},
	{"هيئة", "هييه"},
	{"الدار البيضاء", "الدار البيضا"},
	{"٢٠٢٤ و ۲۰۲۵", "2024 و 2025"},
	{"١٣٫٣", "13.3"},
	{"ما هو معدل البطالة؟", "ما هو معدل البطاله"},
	{"الجهة، المدينة؛ القرية", "الجهه المدينه القريه"},
	// Darija letters.
	{"ڭاع", "كاع"},
	{"ݣاع", "كاع"},
	{"ڤيديو", "فيديو"},
	{"پلاصة", "بلاصه"},
	{"گولي", "كولي"},
	{"ی", "ي"},
	// Arabizi keeps digits inside words.
	{"Ch7al 3afak?", "ch7al 3afak"},
	{"l'5edma", "l 5edma"},
	// Format characters do not split words; invalid bytes are separators.
	{"emp\u200bloi", "emploi"},
	{"ab\xffcd", "ab cd"},
	{"", ""},
	{"?!", ""},
	// A change of script starts a word.
	{"casaوالرباط", "casa والرباط"},
	{"سنة 2024م", "سنه 2024 م"},
	// Compatibility forms.
	{"ﻻ", "لا"},
	{"ＡＢＣ１２", "abc12"},
}

func TestNormalize(t *testing.T) {
	for _, c := range normalizeCases {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNormalizeIsIdempotent(t *testing.T) {
	for _, c := range normalizeCases {
		once := Normalize(c.in)
		if twice := Normalize(once); twice != once {
			t.Errorf("Normalize(Normalize(%q)) = %q, want %q", c.in, twice, once)
		}
	}
}

func TestTokens(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Taux de chômage : 13,3 % (T3-2024)", []string{"taux", "de", "chomage", "13.3", "t3", "2024"}},
		{"15-24 ans", []string{"15", "24", "ans"}},
		{"l'emploi", []string{"l", "emploi"}},
		{"ما هو معدل البطالة؟", []string{"ما", "هو", "معدل", "البطاله"}},
		{"wach kayn chi khedma f casa?", []string{"wach", "kayn", "chi", "khedma", "f", "casa"}},
		{"", []string{}},
	}
	for _, c := range cases {
		if diff := cmp.Diff(c.want, Tokens(c.in)); diff != "" {
			t.Errorf("Tokens(%q) (-want +got):\n%s", c.in, diff)
		}
	}
}

func TestTokensAreTheFieldsOfNormalize(t *testing.T) {
	for _, c := range normalizeCases {
		want := strings.Fields(Normalize(c.in))
		if want == nil {
			want = []string{}
		}
		if diff := cmp.Diff(want, Tokens(c.in)); diff != "" {
			t.Errorf("Tokens(%q) (-fields +tokens):\n%s", c.in, diff)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, c := range normalizeCases {
		f.Add(c.in)
	}
	for _, s := range []string{"1..2", "1.\u06402", "a\u0301.5", "٫٫١", "ﷺ ﷲ", "ǅemal", "ﬁn", "İstanbul"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q: invalid UTF-8", s, n)
		}
		if again := Normalize(n); again != n {
			t.Fatalf("not idempotent: Normalize(%q) = %q, Normalize(that) = %q", s, n, again)
		}
		if strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") || strings.Contains(n, "  ") {
			t.Fatalf("Normalize(%q) = %q: stray spaces", s, n)
		}
		if n != strings.ToLower(n) && !hasNonLatinCase(n) {
			t.Fatalf("Normalize(%q) = %q: not lower-case", s, n)
		}
	})
}

// hasNonLatinCase reports whether n holds runes outside ASCII, where
// strings.ToLower and Normalize's table may legitimately differ.
func hasNonLatinCase(n string) bool {
	for _, r := range n {
		if r >= utf8.RuneSelf {
			return true
		}
	}
	return false
}
