package lang

import (
	"strings"
	"testing"
)

// A message opening or punctuated with a filler ("ok", "wakha", "واخا",
// "alright") names no unknown place, occupation or indicator.
func TestDiscourseMarkersAreNeverUnresolved(t *testing.T) {
	cases := map[Tag][]string{
		French: {"ok", "Ok", "OK", "okkk", "ok et en 2025 ?", "Ok, et à Tanger ?", "ok merci. autre chose : le taux d'activité au maroc en 2025 ?",
			"d'accord, et pour les femmes ?", "D'accord et en 2023", "bon et en 2025", "ah bon", "ah ok", "euh et les jeunes ?", "hmm ok",
			"bref, et à Rabat ?", "alors et en 2023 ?", "du coup et à Fès ?", "voilà, et les diplômés ?", "parfait, et en 2024 ?", "ouais et en 2022",
			"ok et les jeunes ?", "Super, merci. Et à Agadir ?"},
		English: {"ok what about the top jobs there", "okay, and in 2023?", "Okay then what about Rabat", "alright, and for women?",
			"Alright and in 2023?", "hmm what about 2022", "I see, and in Tangier?", "got it, what about 2021", "cool, and the youth?",
			"great thanks, and in Fez?", "sure, and in rural areas?", "ok so what about Q3 2021 there?", "well, what about men?",
			"anyway, jobs in Agadir?", "yeah and in 2025", "OK and the unemployment rate in Rabat?"},
		Arabizi: {"wakha w f 2023?", "Wakha, w f casa?", "mzyan, w f rbat?", "safi w 3nd l3yalat?", "Safi, w f tanja?", "iwa w f 2025",
			"ewa chno kayn f agadir?", "ok w l3yalat?", "wakha chokran, w f fes?", "mzyan bzaf, w lmdon?", "aywa w f 2022", "ya3ni f 2024?"},
		Darija: {"واخا و ف 2025؟", "واخا، و ف كازا؟", "مزيان، و ف الرباط؟", "صافي و عند العيالات؟", "إيوا و فالرباط؟", "ايوا شنو كاين ف أكادير؟",
			"أوكي و ف 2023", "واخا شكرا، و ف فاس؟", "يعني ف 2024؟"},
		Arabic: {"حسنا، وفي 2023؟", "حسناً، وماذا عن الرباط؟", "طيب وماذا عن الرباط؟", "نعم، وبالنسبة للنساء؟", "جيد، وفي طنجة؟",
			"ممتاز، وماذا عن سنة 2022؟", "إذن ماذا عن الشباب؟", "شكرا، وماذا عن 2025؟", "تمام، وفي فاس؟"},
	}
	for tag, texts := range cases {
		for _, text := range texts {
			for _, u := range FindUnresolved(text) {
				t.Errorf("%s: FindUnresolved(%q) has %s %q, want nothing unresolved", tag, text, u.Kind, u.Surface)
			}
		}
	}
}

// An acronym of the tables (UK, CDI, BTP) is matched by its letters, not
// by a word that folds like it: "ok" is no United Kingdom.
func TestAcronymsMatchTheirOwnLetters(t *testing.T) {
	for text, want := range map[string]string{"ok": "", "okk": "", "OK": "", "uk": "uk", "the UK": "UK", "jobs in the UK": "UK"} {
		got := ""
		for _, u := range FindUnresolved(text) {
			got = u.Surface
		}
		if got != want {
			t.Errorf("FindUnresolved(%q) = %q, want %q", text, got, want)
		}
	}
	for text, want := range map[string]string{"offres en CDI": "contract/cdi", "offres en cdi": "contract/cdi", "lcdi f casa": "contract/cdi",
		"emplois dans le BTP": "sector/construction", "khdma f btp": "sector/construction"} {
		var got []string
		for _, m := range FindConcepts(text) {
			got = append(got, m.Concept.Kind+"/"+m.Concept.Value)
		}
		if !strings.Contains(strings.Join(got, " "), want) {
			t.Errorf("FindConcepts(%q) = %v, want %s", text, got, want)
		}
	}
}

// A place name that is also a discourse marker (Safi, "that's it") opening
// a phrase on its own is the marker; after a locative, inside a phrase or
// joined to another name it is the place.
func TestMarkerNamesOpeningAPhrase(t *testing.T) {
	cases := map[string]string{
		"Safi w f rbat?":                 "rabat",
		"Safi, w f tanja?":               "tanger",
		"safi chokran":                   "",
		"Safi, et à Fès ?":               "fes",
		"chômage à Safi":                 "safi",
		"f Safi":                         "safi",
		"Safi ou Essaouira ?":            "safi essaouira",
		"chomage f safi 2024":            "safi",
		"Quel est le chômage à Safi ?":   "safi",
		"jobs in Safi and Rabat":         "safi rabat",
		"Marrakech-Safi":                 "MA-07",
		"Safi chômage 2024":              "safi",
		"unemployment in safi and fes":   "safi fes",
		"Safi et Rabat, taux de chômage": "safi rabat",
	}
	for text, want := range cases {
		var got []string
		for _, m := range FindPlaces(text) {
			got = append(got, m.Place.Code)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("FindPlaces(%q) = %v, want %q", text, got, want)
		}
	}
}

// Time adverbs ("daba", "حاليا", "currently", "actuellement") are the
// intent latest, never something unknown to look for.
func TestTimeAdverbsAreLatest(t *testing.T) {
	for _, text := range []string{
		"y a des offres à Oujda actuellement ?", "des offres en ce moment à Fès ?", "offres d'emploi aujourd'hui à Rabat",
		"des offres à Tanger ces jours-ci ?", "les offres du moment à Agadir",
		"any job offers in Agadir currently?", "any openings there right now?", "jobs in Rabat these days", "offers in Fez nowadays?",
		"kayn chi offres f casa daba?", "kayn chi khdma f tanja had l2iyam?", "wach kayn chi offre f rbat dba", "lwla, kayn chi offres dyalha daba?",
		"واش كاينة شي خدمة ف طنجة دابا؟", "كاينين شي إعلانات ف أكادير هاد الأيام؟", "واش كاينين شي إعلانات ديالها دابا؟",
		"هل توجد عروض عمل في وجدة حاليا؟", "هل هناك فرص شغل في الرباط في الوقت الحالي؟", "هل توجد عروض شغل الآن في فاس؟", "هل توجد عروض عمل هناك حاليا؟",
	} {
		latest := false
		for _, m := range FindConcepts(text) {
			latest = latest || m.Concept == Concept{KindIntent, "latest"}
		}
		if !latest {
			t.Errorf("FindConcepts(%q) has no intent latest", text)
		}
		if u := FindUnresolved(text); u != nil {
			t.Errorf("FindUnresolved(%q) = %+v, want nil", text, u)
		}
	}
}

// A follow-up that opens on a filler still goes on from the previous
// message: its ellipsis is read after the markers.
func TestEllipsisAfterDiscourseMarkers(t *testing.T) {
	cases := map[string]string{
		"ok et en 2025 ?":                   "ellipsis et en",
		"Bon, et à Tanger ?":                "ellipsis et à",
		"d'accord et pour les femmes ?":     "ellipsis et pour",
		"ok what about the top jobs there":  "ellipsis what about; place there",
		"alright, and in 2023?":             "ellipsis and in",
		"okay so what about Q3 2021 there?": "ellipsis what about; place there",
		"wakha w f 2023?":                   "ellipsis w",
		"mzyan, w f casa?":                  "ellipsis w",
		"واخا و ف 2025؟":                    "ellipsis و",
		"حسنا، وماذا عن الرباط؟":            "ellipsis وماذا عن",
		"طيب والعيالات؟":                    "ellipsis و",
		"ok merci":                          "",
		"ok, le taux de chômage à Rabat":    "",
	}
	for text, want := range cases {
		if got := refString(text); got != want {
			t.Errorf("FindReferences(%q) = %q, want %q", text, got, want)
		}
	}
}

// "Où" opening a question is "where", not the conjunction "ou" that its
// normal form spells.
func TestWhereIsNoEllipsis(t *testing.T) {
	for text, want := range map[string]string{
		"où je peux me former pour le premier ?": "ordinal:1 le premier",
		"Où trouver des offres ?":                "",
		"ou à Rabat ?":                           "ellipsis ou",
	} {
		if got := refString(text); got != want {
			t.Errorf("FindReferences(%q) = %q, want %q", text, got, want)
		}
	}
}

// After a filler and a vocative, a preposition goes on from the previous
// message too.
func TestFollowUpsAfterFillers(t *testing.T) {
	cases := map[string]string{
		"Alors, pour Tanger ?":           "ellipsis pour",
		"merci, pour Agadir ?":           "ellipsis pour",
		"gotcha, what about Casablanca?": "ellipsis what about",
		"wakha a sahbi, w f tanja?":      "ellipsis w",
		"d'acc, et pour les jeunes ?":    "ellipsis et pour",
		"Okk et pour Agadir ?":           "ellipsis et pour",
		"pour les femmes ?":              "",
		"ok, f safi?":                    "",
	}
	for text, want := range cases {
		if got := refString(text); got != want {
			t.Errorf("FindReferences(%q) = %q, want %q", text, got, want)
		}
	}
}
