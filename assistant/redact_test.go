package assistant

import "testing"

func TestRedactRemovesPersonalData(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"fr CIN and phone", "Bonjour, je suis Karim, CIN BE123456, tél 06 61 23 45 67, je cherche un emploi d'infirmier à Casa",
			"Bonjour, je suis Karim, CIN [CIN], tél [PHONE], je cherche un emploi d'infirmier à Casa"},
		{"fr phone with dots and mail", "Contact : karim.benali@gmail.com ou 0661.23.45.67 — quel est le chômage à Rabat ?",
			"Contact : [EMAIL] ou [PHONE] — quel est le chômage à Rabat ?"},
		{"fr international phone", "Mon numéro +212 6 61 23 45 67, et le taux de chômage en 2024 ?",
			"Mon numéro [PHONE], et le taux de chômage en 2024 ?"},
		{"fr 00212 with (0)", "appelez le 00212 (0)5 22 12 34 56 svp", "appelez le [PHONE] svp"},
		{"fr landline dashes", "Fixe : 05-22-12-34-56.", "Fixe : [PHONE]."},
		{"ar CIN and phone", "رقم البطاقة الوطنية AB12345 والهاتف 0712345678، ما هي نسبة البطالة في فاس؟",
			"رقم البطاقة الوطنية [CIN] والهاتف [PHONE]، ما هي نسبة البطالة في فاس؟"},
		{"ar Arabic-Indic digits", "هاتفي ٠٦٦١٢٣٤٥٦٧ شكرا", "هاتفي [PHONE] شكرا"},
		{"ary Arabic script", "ana 3andi lbitaqa J123456 w nmra dyali 0661234567", "ana 3andi lbitaqa [CIN] w nmra dyali [PHONE]"},
		{"ary mail in Arabic text", "صيفط ليا ل test_user+jobs@menara.ma عافاك", "صيفط ليا ل [EMAIL] عافاك"},
		{"ary-Latn phone", "chno homa l5edmat f tanja? tel dyali +212-661-234567", "chno homa l5edmat f tanja? tel dyali [PHONE]"},
		{"en IBAN", "My IBAN is MA64 0117 8000 0012 3456 7890 1234, can you pay me?", "My IBAN is [IBAN], can you pay me?"},
		{"en RIB grouped", "RIB: 011 780 0000123456789012 34", "RIB: [IBAN]"},
		{"en lower-case CIN", "my id card is be123456", "my id card is [CIN]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Redact(c.in); got != c.want {
				t.Errorf("Redact(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

func TestRedactKeepsFiguresCodesAndWords(t *testing.T) {
	for _, in := range []string{
		"Quel était le taux de chômage des femmes en 2024 ?",
		"La population active occupée a atteint 1 508 000 en 2023-Q3",
		"10 712 000 actifs, dont 1 580 000 chômeurs (13,3 %)",
		"Les codes ISCO 2221 et 3221 : infirmiers",
		"Code ROME M1607, secrétariat",
		"Salaire 8000 DH, ou 6000-8000 DH selon profil",
		"عدد العاطلين 1 580 000 سنة 2024",
		"ch7al kan chomage fl2024 f MA-06?",
		"what was unemployment in 2014 2015 2016 2017 2018 2019?",
		"les chiffres 2019 2020 2021 2022 2023 2024 pour Casablanca-Settat",
		"taux 0,5 point de plus qu'en 2023, soit 21,3 %",
		"entre 06h00 et 18h00",
		"Le HCP publie la note du 05/02/2025",
		"match_profile: 5 ans d'expérience, bac+3, python",
	} {
		if got := Redact(in); got != in {
			t.Errorf("Redact(%q) = %q, want it unchanged", in, got)
		}
	}
}

func FuzzRedact(f *testing.F) {
	for _, s := range []string{"CIN BE123456", "0661 23 45 67", "a@b.ma", "1 508 000", "هاتفي ٠٦٦١٢٣٤٥٦٧"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Redact(s)
		if Redact(once) != once {
			t.Errorf("Redact is not idempotent on %q: %q then %q", s, once, Redact(once))
		}
	})
}

func BenchmarkRedact(b *testing.B) {
	for _, c := range []struct{ name, text string }{
		{"question", "Quel était le taux de chômage des femmes à Casablanca-Settat en 2024 ?"},
		{"with-data", "Bonjour, je suis Karim, CIN BE123456, tél 06 61 23 45 67, karim@gmail.com, je cherche un emploi"},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				Redact(c.text)
			}
		})
	}
}
