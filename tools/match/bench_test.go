package match

import "testing"

// BenchmarkMatch matches one profile against the seed's 90 occupations,
// for a short message and a pasted CV.
func BenchmarkMatch(b *testing.B) {
	m := seedMatcher(b)
	for _, bc := range []struct{ name, profile string }{
		{"message", "bghit nwelli comptable, 3andi licence f gestion w kan3ref excel mzyan"},
		{"cv", "CV\nNom : Yassine B.\nFormation : Master en informatique, Université Hassan II (2022)\n" +
			"Bac sciences mathématiques (2017)\nCompétences : Java, Spring Boot, SQL, Git, React, Docker, anglais courant\n" +
			"Expérience : 2 ans développeur full stack chez une ESN à Casablanca; stage de 6 mois en data (Python, Power BI)\n" +
			"Langues : arabe, français, anglais\nSouhait : poste de développeur backend à Rabat ou Casablanca, CDI"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := m.Match(bc.profile, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
