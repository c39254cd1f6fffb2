package offline

import "testing"

// TestSecondQuestionIsNoPartOfTheOccupation: the word after an
// occupation is no part of its name when it opens a second question, a
// question word with a glued و ("وما", "وهل", "وكم") included.
func TestSecondQuestionIsNoPartOfTheOccupation(t *testing.T) {
	cases := []struct{ msg, tool, occupation string }{
		{"ما هي مهنة مربية الأطفال وما المؤهلات التي تتطلبها؟", toolProfile, "مربيه اطفال"},
		{"ما هو عمل المحاسب وهل هو مطلوب؟", toolProfile, "محاسب"},
		{"شنو هي الخدمة ديال الكوافور وكم كيخلص؟", toolProfile, "كوافور"},
		{"c'est quoi le métier de plombier et quel salaire ?", toolProfile, "plombier"},
		{"chno kaydir lfermli w ch7al kaykhles?", toolProfile, "lfermli"},
		{"what does a baker do and what do they earn?", toolProfile, "baker"},
		// an adverb after it is no part of it either
		{"ماذا يفعل الكهربائي بالضبط في عمله؟", toolProfile, "كهربايي"},
		{"شنو هي الخدمة ديال الكاسيير بالضبط؟", toolProfile, "كاسيير"},
		{"what do plumbers actually do?", toolProfile, "plumbers"},
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
		{"serveur en restaurant, ça consiste en quoi ?", toolProfile, "5131"},
		{"c'est quoi le travail d'un soudeur au Maroc ?", toolProfile, "7212"},
		{"à quoi ressemble le quotidien d'une infirmière à Rabat ?", toolProfile, "2221"},
		{"je voudrais savoir en quoi consiste le boulot de plombier", toolProfile, "7126"},
		{"ما طبيعة مهنة المحاسب في الدار البيضاء؟", toolProfile, "2411"},
		{"حدثني عن عمل الممرض", toolProfile, "2221"},
		{"ما الذي يقوم به الطباخ في المطعم؟", toolProfile, "5120"},
		{"بغيت نعرف شي حاجة على الخدمة ديال الفرملي ف كازا", toolProfile, "2221"},
		{"عطيني فكرة على خدمة الكوافور", toolProfile, "5141"},
		{"bghit n3ref 3la khdmat lplombi f tanja", toolProfile, "7126"},
		{"3tini chi fikra 3la lkhdma dyal soudeur", toolProfile, "7212"},
		{"ach kaydir lfermli f sbitar?", toolProfile, "2221"},
		{"what's the job like for a nurse in Casablanca?", toolProfile, "2221"},
		{"what is it like to be a welder in Morocco?", toolProfile, "7212"},
		{"plumbers: what is the work like and what skills do they need?", toolProfile, "7126"},
		{"what's it like working as a nurse in Rabat?", toolProfile, "2221"},
		{"بغيت نعرف الخدمة ديال الفرملية كيفاش دايرة ف كازا", toolProfile, "2221"},
		{"bghit nfham lkhdma dyal lfermli f sbitar", toolProfile, "2221"},
		// wanting to work as it, a post of it: ads
		{"bghit nkhdem plombier f casa", toolJobAds, "7126"},
		{"je cherche un poste de caissière à Rabat", toolJobAds, "5230"},
		{"بغيت نخدم فرملي ف طنجة", toolJobAds, "2221"},
		{"bghit n3ref 3la chi khedma dyal serveur f agadir", toolJobAds, "5131"},
		{"أبحث عن عمل كطباخ في مراكش", toolJobAds, "5120"},
		{"looking for a job as a welder in Tangier", toolJobAds, "7212"},
		{"bghit n3ref wach kayna chi khedma dyal serveur f casa", toolJobAds, "5131"},
		{"bghit n3ref les offres dyal plombier f tanja", toolJobAds, "7126"},
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
		if got.tool != toolProfile || !got.salary {
			t.Errorf("%q: tool %q, salary %v; want %q, true", msg, got.tool, got.salary, toolProfile)
		}
	}
}
