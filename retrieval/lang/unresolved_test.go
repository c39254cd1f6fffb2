package lang

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFindUnresolvedNamesWhatIsUnknown(t *testing.T) {
	cases := []struct {
		text, kind, surface, inside string
	}{
		// places: foreign, after a place noun, Moroccan-looking, capitalised after a locative
		{"Quel est le taux de chômage à Lyon en 2024 ?", KindPlace, "Lyon", ""},
		{"chhal chomage f madrid?", KindPlace, "madrid", ""},
		{"ما هو معدل البطالة في القاهرة؟", KindPlace, "القاهرة", ""},
		{"ما هو معدل البطالة بالقاهرة", KindPlace, "القاهرة", ""},
		{"What is the unemployment rate in Cairo?", KindPlace, "Cairo", ""},
		{"قارن البطالة في الدار البيضاء والقاهرة", KindPlace, "القاهرة", ""},
		{"ما هو معدل البطالة في جهة الوسط؟", KindPlace, "الوسط", ""},
		{"Taux de chômage dans la région du Nord", KindPlace, "Nord", ""},
		{"Taux de chômage à Sidi Boukhrissa", KindPlace, "Sidi Boukhrissa", ""},
		{"chhal chomage f sidi boukhrissa?", KindPlace, "sidi boukhrissa", ""},
		{"شحال البطالة ف أولاد زمزم؟", KindPlace, "أولاد زمزم", ""},
		{"offres de soudeur à Zagorix", KindPlace, "Zagorix", ""},
		// occupations: a known one with unknown words, or none
		{"Que fait un astro-boulanger quantique ?", KindOccupation, "astro-boulanger quantique", "7512"},
		{"What does a quantum astro-baker do?", KindOccupation, "quantum astro-baker", "7512"},
		{"khdma dyal astro-boulanger", KindOccupation, "astro-boulanger", "7512"},
		{"ما هي مهنة الخباز الكمومي الفضائي؟", KindOccupation, "الخباز الكمومي الفضائي", "7512"},
		{"Quelles compétences pour un toiletteur canin ?", KindOccupation, "toiletteur canin", ""},
		{"Quelles formations pour devenir dresseur de licornes ?", KindOccupation, "dresseur de licornes", ""},
		{"What skills does a dog groomer need?", KindOccupation, "dog groomer", ""},
		{"ما هي المهارات المطلوبة لمروض الدلافين؟", KindOccupation, "مروض الدلافين", ""},
		{"chno kaydir toiletteur dyal lklab?", KindOccupation, "toiletteur dyal lklab", ""},
		// salary questions frame an occupation too
		{"combien gagne un plombier lunaire ?", KindOccupation, "plombier lunaire", "7126"},
		{"how much does a lunar plumber earn?", KindOccupation, "lunar plumber", "7126"},
		{"كم يتقاضى السباك القمري؟", KindOccupation, "السباك القمري", "7126"},
		{"ch7al kaykhles plombi dyal l9amar?", KindOccupation, "plombi dyal l9amar", "7126"},
		// indicators
		{"Quel est le nombre de startups licornes au Maroc ?", KindIndicator, "nombre de startups licornes", ""},
		{"Quel est le taux de bonheur des Marocains ?", KindIndicator, "taux de bonheur", ""},
		{"What is the happiness rate in Morocco?", KindIndicator, "happiness rate", ""},
		{"ما هو معدل السعادة في المغرب؟", KindIndicator, "معدل السعادة", ""},
		{"ch7al taux dyal sa3ada f lmghrib?", KindIndicator, "taux dyal sa3ada", ""},
		{"chhal mn startup licorne kayna f lmghrib?", KindIndicator, "chhal mn startup licorne", ""},
		// periods outside what FindPeriods reads
		{"Taux de chômage en 2050", KindPeriod, "2050", ""},
		{"شحال البطالة ف 2050؟", KindPeriod, "2050", ""},
		{"unemployment in 1985", KindPeriod, "1985", ""},
	}
	for _, c := range cases {
		got := FindUnresolved(c.text)
		if len(got) != 1 || got[0].Kind != c.kind || got[0].Surface != c.surface || got[0].Inside.Value != c.inside {
			t.Errorf("FindUnresolved(%q) = %+v, want one %s %q (inside %q)", c.text, got, c.kind, c.surface, c.inside)
		}
	}
}

func TestFindUnresolvedKnowsWhatIsKnown(t *testing.T) {
	for _, text := range []string{
		"Quel était le taux de chômage des femmes en 2024 ?", "ch7al taux dyal chomage f casa 2024?", "شحال كاينة البطالة عند العيالات ف 2024؟",
		"ما هو معدل البطالة بجهة الشرق؟", "معدل البطالة في جهة الشمال", "Taux de chômage dans la région de l'Oriental",
		"Quelle région a le taux de chômage le plus élevé ?", "أي جهة سجلت أعلى معدل للبطالة؟", "Taux de chômage à Sidi Slimane",
		"What was the unemployment rate in Q3 2024?", "Que fait un infirmier ?", "Que fait un infirmier polyvalent à Rabat ?",
		"chno kaydir infirmier b dabt?", "what does a mason actually do?", "what is the job of a bricklayer like?", "métier de développeur web", "Comment devenir soudeur qualifié ?",
		"c'est quoi un CDI", "Combien d'offres d'emploi à Tanger ?", "Nombre de chômeurs en 2024", "how many jobs were created in 2024",
		"Salaire de 2000 DH en 2024", "les offres à Casablanca", "ما هي المهارات الأكثر طلبا بالنسبة لمطوري البرمجيات؟",
		"what do your notes say about the automotive industry?", "ما هي المهارات التي يطلبها المشغلون في الدار البيضاء؟",
		"Quels sont les métiers les plus demandés au Maroc ?", "jobs in demand in Tangier", "chomage f lmghrib", "",
		// an occupation followed by where or when it works is that occupation
		"ما هي مهام الممرض داخل المستشفى؟", "what does a plumber do every day?", "what does a mason do on a building site?",
		"que fait un électricien pendant un chantier ?", "chno kaydir lfermli koll nhar?",
		"chno kaydir lkassiyer f marjane?", "ch7al kaykhles lkassiyer f marjane?", "que fait un infirmier en réanimation ?",
		"combien gagne un plombier à Rabat ?", "Combien gagne un infirmier polyvalent ?", "how much does a plumber earn in Morocco?",
		"كم يتقاضى المهندس المدني في المغرب؟", "شحال كيشد الفرملي ف السبيطار؟", "ch7al kaykhles plombi f casa?", "how much do nurses earn",
	} {
		if got := FindUnresolved(text); got != nil {
			t.Errorf("FindUnresolved(%q) = %+v, want nil", text, got)
		}
	}
}

func TestForeignPlacesAreMarked(t *testing.T) {
	for text, want := range map[string]bool{"à Lyon": true, "في القاهرة": true, "à Sidi Boukhrissa": false, "جهة الوسط": false} {
		if got := FindUnresolved(text); len(got) != 1 || got[0].Foreign != want {
			t.Errorf("FindUnresolved(%q) = %+v, want Foreign %v", text, got, want)
		}
	}
}

func TestFindUnresolvedInOrder(t *testing.T) {
	got := FindUnresolved("Comparer le chômage à Lyon et à Madrid en 2050")
	var surfaces []string
	for _, u := range got {
		surfaces = append(surfaces, u.Surface)
	}
	if strings.Join(surfaces, ",") != "Lyon,Madrid,2050" {
		t.Errorf("got %q, want Lyon, Madrid, 2050 in that order", surfaces)
	}
}

func FuzzFindUnresolved(f *testing.F) {
	for _, s := range []string{"Que fait un astro-boulanger quantique ?", "في جهة الوسط", "à Sidi Boukhrissa", "taux de X", "بالقاهرة", "en 2050", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, u := range FindUnresolved(text) {
			if u.Surface == "" || !strings.Contains(text, u.Surface) || !utf8.ValidString(u.Surface) && utf8.ValidString(text) {
				t.Fatalf("FindUnresolved(%q): surface %q is not a part of the text", text, u.Surface)
			}
		}
	})
}
