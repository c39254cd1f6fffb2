package occupation

import (
	"regexp"
	"testing"
)

var unitGroup = regexp.MustCompile(`^[0-9]{4}$`)

// FuzzClassify: any title, with any description, is placed in one unit
// group with a confidence in (0, 1] and how it was found, or in none with
// no confidence; the same title twice gets the same answer.
func FuzzClassify(f *testing.F) {
	for _, s := range []string{
		"Comptable Général H/F - Casablanca", "مباراة لتوظيف 20 متصرفا من الدرجة الثانية - سلم 10",
		"فتح باب الترشيح ل مناصب المسؤولية ب وزارة الداخلية -عمالة إقليم تازة-", "تقني من الدرجة الرابعة - سُلمْ 8",
		"Avis d'emplois supérieurs : Doyen", "Chauffeur Permis C", "Responsable Appels D´Offres", "5 رؤساء مصالح",
		"bghina serveur f tanger", "", "ـــ", "Carrière TP: postes de grutiers",
	} {
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, title, description string) {
		m := Classify(title, Context{Description: description})
		switch {
		case m.Code == "" && (m.Confidence != 0 || m.Via != ""):
			t.Fatalf("%q: no code but confidence %v, via %q", title, m.Confidence, m.Via)
		case m.Code != "" && (!unitGroup.MatchString(m.Code) || m.Confidence <= 0 || m.Confidence > 1 || m.Via == ""):
			t.Fatalf("%q: code %q, confidence %v, via %q", title, m.Code, m.Confidence, m.Via)
		}
		if again := Classify(title, Context{Description: description}); again != m {
			t.Fatalf("%q: %+v, then %+v", title, m, again)
		}
	})
}
