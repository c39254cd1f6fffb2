package ingest

import "testing"

func TestParseSalary(t *testing.T) {
	cases := []struct {
		in       string
		min, max float64
		note     string
	}{
		{"6000-8000 DH", 6000, 8000, ""},
		{"6 000 - 8 000 DHS", 6000, 8000, ""},
		{"5 000 MAD net", 5000, 5000, ""},
		{"4500 à 6000 DH/mois", 4500, 6000, ""},
		{"Entre 4000 et 6000 dirhams", 4000, 6000, ""},
		{"5500dh", 5500, 5500, ""},
		{"7000,00 MAD", 7000, 7000, ""},
		{"6,500.00 MAD", 6500, 6500, ""},
		{"12K-15K MAD brut", 12000, 15000, ""},
		{"ما بين 4000 و6000 درهم", 4000, 6000, ""},
		{"٣٥٠٠ درهم", 3500, 3500, ""},
		{"150 DH/jour", 3900, 3900, "daily*26"},
		{"120 درهم لليوم", 3120, 3120, "daily*26"},
		{"20 DH de l'heure", 3820, 3820, "hourly*191"},
		{"60 000 DH par an", 5000, 5000, "yearly/12"},
		{"SMIG", SMIG, SMIG, "smig"},
		{"SMIG + primes", SMIG, SMIG, "smig"},
		{"Salaire minimum légal", SMIG, SMIG, "smig"},
		{"السميك", SMIG, SMIG, "smig"},
		{"à négocier", 0, 0, "negotiable"},
		{"Selon profil", 0, 0, "negotiable"},
		{"حسب التجربة", 0, 0, "negotiable"},
		{"2000 €", 0, 0, "foreign_currency"},
		{"12", 0, 0, "unreadable"},
		{"5000 - 99999999999999999999 DH", 0, 0, "unreadable"},
		{"9223372036854775807 DH/jour", 0, 0, "unreadable"},
		{"6000-99999999K MAD", 0, 0, "unreadable"},
		{"200000000 DH par an", 0, 0, "unreadable"},
		{"", 0, 0, ""},
	}
	for _, c := range cases {
		got := parseSalary(c.in)
		if got.min != c.min || got.max != c.max || got.note != c.note {
			t.Errorf("parseSalary(%q) = %v-%v %q, want %v-%v %q", c.in, got.min, got.max, got.note, c.min, c.max, c.note)
		}
	}
}

// FuzzParseSalary checks that every salary read is one a store accepts
// and a reader believes: none, or 100 <= min <= max <= 1,000,000 MAD a
// month, never NaN.
func FuzzParseSalary(f *testing.F) {
	for _, s := range []string{"6000-8000 DH", "SMIG", "150 DH/jour", "1.2.3,4", "٣٥٠٠", "5000 - 99999999999999999999 DH", "12K-15K MAD brut"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := parseSalary(s)
		none := got.min == 0 && got.max == 0
		if !none && !(got.min >= 100 && got.min <= got.max && got.max <= 1_000_000) {
			t.Fatalf("parseSalary(%q) = %+v: want none or 100 <= min <= max <= 1e6", s, got)
		}
	})
}
