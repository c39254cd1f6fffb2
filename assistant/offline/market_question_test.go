package offline

import (
	"testing"

	"github.com/marsad/marsad/tools"
)

// TestSecondQuestionIsNoPartOfTheOccupation: the word after an
// occupation is no part of its name when it opens a second question, a
// question word with a glued و ("وما", "وهل", "وكم") included.
func TestSecondQuestionIsNoPartOfTheOccupation(t *testing.T) {
	cases := []struct{ msg, tool, occupation string }{
		{"ما هي مهنة مربية الأطفال وما المؤهلات التي تتطلبها؟", tools.NameOccupationProfile, "مربيه اطفال"},
		{"ما هو عمل المحاسب وهل هو مطلوب؟", tools.NameOccupationProfile, "محاسب"},
		{"شنو هي الخدمة ديال الكوافور وكم كيخلص؟", tools.NameOccupationProfile, "كوافور"},
		{"c'est quoi le métier de plombier et quel salaire ?", tools.NameOccupationProfile, "plombier"},
		{"chno kaydir lfermli w ch7al kaykhles?", tools.NameOccupationProfile, "lfermli"},
		{"what does a baker do and what do they earn?", tools.NameOccupationProfile, "baker"},
		// an adverb after it is no part of it either
		{"ماذا يفعل الكهربائي بالضبط في عمله؟", tools.NameOccupationProfile, "كهربايي"},
		{"شنو هي الخدمة ديال الكاسيير بالضبط؟", tools.NameOccupationProfile, "كاسيير"},
		{"what do plumbers actually do?", tools.NameOccupationProfile, "plumbers"},
	}
	for _, c := range cases {
		_, got := routeAlone(c.msg)
		if got.tool != c.tool || got.occupation != c.occupation || len(got.read.Unresolved) > 0 {
			t.Errorf("%q: tool %q, occupation %q, unresolved %+v; want %q, %q", c.msg, got.tool, got.occupation, got.read.Unresolved, c.tool, c.occupation)
		}
	}
}

// TestWhatTheWorkIsAsksTheProfile: what an occupation's work is, is like
// or consists of, or a wish to know about it, asks its profile in the
// five languages, with a place or with what one needs to know too (the
// profile holds both); wanting to work as it, or a post of it, stays an
// ad search.
func TestWhatTheWorkIsAsksTheProfile(t *testing.T) {
	cases := []struct{ msg, tool, code string }{
		{"serveur en restaurant, ça consiste en quoi ?", tools.NameOccupationProfile, "5131"},
		{"c'est quoi le travail d'un soudeur au Maroc ?", tools.NameOccupationProfile, "7212"},
		{"à quoi ressemble le quotidien d'une infirmière à Rabat ?", tools.NameOccupationProfile, "2221"},
		{"je voudrais savoir en quoi consiste le boulot de plombier", tools.NameOccupationProfile, "7126"},
		{"ما طبيعة مهنة المحاسب في الدار البيضاء؟", tools.NameOccupationProfile, "2411"},
		{"حدثني عن عمل الممرض", tools.NameOccupationProfile, "2221"},
		{"ما الذي يقوم به الطباخ في المطعم؟", tools.NameOccupationProfile, "5120"},
		{"بغيت نعرف شي حاجة على الخدمة ديال الفرملي ف كازا", tools.NameOccupationProfile, "2221"},
		{"عطيني فكرة على خدمة الكوافور", tools.NameOccupationProfile, "5141"},
		{"bghit n3ref 3la khdmat lplombi f tanja", tools.NameOccupationProfile, "7126"},
		{"3tini chi fikra 3la lkhdma dyal soudeur", tools.NameOccupationProfile, "7212"},
		{"ach kaydir lfermli f sbitar?", tools.NameOccupationProfile, "2221"},
		{"what's the job like for a nurse in Casablanca?", tools.NameOccupationProfile, "2221"},
		{"what is it like to be a welder in Morocco?", tools.NameOccupationProfile, "7212"},
		{"plumbers: what is the work like and what skills do they need?", tools.NameOccupationProfile, "7126"},
		{"what's it like working as a nurse in Rabat?", tools.NameOccupationProfile, "2221"},
		{"بغيت نعرف الخدمة ديال الفرملية كيفاش دايرة ف كازا", tools.NameOccupationProfile, "2221"},
		{"bghit nfham lkhdma dyal lfermli f sbitar", tools.NameOccupationProfile, "2221"},
		// wanting to work as it, a post of it: ads
		{"bghit nkhdem plombier f casa", tools.NameSearchJobAds, "7126"},
		{"je cherche un poste de caissière à Rabat", tools.NameSearchJobAds, "5230"},
		{"بغيت نخدم فرملي ف طنجة", tools.NameSearchJobAds, "2221"},
		{"bghit n3ref 3la chi khedma dyal serveur f agadir", tools.NameSearchJobAds, "5131"},
		{"أبحث عن عمل كطباخ في مراكش", tools.NameSearchJobAds, "5120"},
		{"looking for a job as a welder in Tangier", tools.NameSearchJobAds, "7212"},
		{"bghit n3ref wach kayna chi khedma dyal serveur f casa", tools.NameSearchJobAds, "5131"},
		{"bghit n3ref les offres dyal plombier f tanja", tools.NameSearchJobAds, "7126"},
	}
	for _, c := range cases {
		_, got := routeAlone(c.msg)
		if got.tool != c.tool || got.code != c.code {
			t.Errorf("%q: tool %q, code %q; want %q, %q", c.msg, got.tool, got.code, c.tool, c.code)
		}
	}
}

// TestPayVerbsAsWritten: Darija's pay verbs as people spell them in
// Arabizi ask what the occupation pays.
func TestPayVerbsAsWritten(t *testing.T) {
	for _, msg := range []string{"ch7al kaychad lplombi f casa?", "chhal kaydakhal serveur f marrakech?", "ch7al katchad lfermliya?"} {
		_, got := routeAlone(msg)
		if got.tool != tools.NameOccupationProfile || !got.salary {
			t.Errorf("%q: tool %q, salary %v; want %q, true", msg, got.tool, got.salary, tools.NameOccupationProfile)
		}
	}
}
