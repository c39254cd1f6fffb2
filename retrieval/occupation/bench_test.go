package occupation

import "testing"

// BenchmarkClassify is the cost of placing one ad's title with its
// description as context, the thesaurus built.
func BenchmarkClassify(b *testing.B) {
	th := Default()
	titles := []string{"Comptable général H/F - Casablanca", "Technicien frigoriste confirmé", "Chef de projet digital (CDI)",
		"مطلوب محاسب", "Développeur Full Stack Java/Angular", "Agent de sécurité - Tanger", "Stage PFE", "Chargé de clientèle bancaire"}
	desc := "Nous recrutons pour notre agence un profil motivé, bac+2, expérience de deux ans, bonne présentation, maîtrise du français."
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		th.Classify(titles[i%len(titles)], Context{Description: desc})
	}
}

// BenchmarkBuild is the cost of building the thesaurus (ESCO's 46,708
// labels and Marsad's names), paid once per set of profile names.
func BenchmarkBuild(b *testing.B) {
	for b.Loop() {
		if _, err := New(nil, nil); err != nil {
			b.Fatal(err)
		}
	}
}
