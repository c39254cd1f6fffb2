package lang

// discourseMarkers are the fillers and discourse markers people open or
// punctuate a message with, in the five languages: agreement ("ok",
// "d'accord", "wakha", "واخا", "حسنا"), hesitation ("euh", "hmm"),
// transitions ("bon", "alors", "du coup", "iwa", "إيوا", "anyway") and
// appreciation ("mzyan", "مزيان", "parfait", "great"). They name nothing:
// never a place, an occupation or an indicator Marsad does not know
// (FindUnresolved), and a name that is also one of them ("Safi", the city,
// and "safi", "that's it") is not read as a place on its capital alone
// when it opens a phrase as a marker (see markerOpening).
var discourseMarkers = foldedSetOf(
	// French
	"ok", "okay", "oké", "okey", "oki", "okok", "accord", "daccord", "dac", "bon", "bah", "ben", "ah", "oh", "eh", "euh", "heu", "hein",
	"hum", "hmm", "hmmm", "mmm", "bref", "alors", "donc", "coup", "voilà", "voila", "bien", "parfait", "super", "génial", "genial", "cool",
	"ouais", "oui", "entendu", "compris", "sinon", "enfin", "tiens", "merci", "nickel", "excellent",
	// English
	"alright", "allright", "right", "well", "so", "hm", "um", "uh", "uhm", "er", "erm", "see", "got", "great", "nice", "thanks", "sure",
	"fine", "yeah", "yes", "yep", "yup", "gotcha", "anyway", "anyways", "then", "perfect", "understood", "noted", "awesome", "k", "kk", "okk",
	// Arabizi
	"wakha", "waxa", "wkha", "wa5a", "wakhakha", "mzyan", "mzyane", "mezyan", "mzian", "mzyen", "safi", "saafi", "iwa", "iwaa", "ewa",
	"aywa", "aiwa", "ayeh", "wah", "yak", "ya3ni", "y3ni", "zwin", "hanya", "wa9ila", "tayeb", "tayyeb", "7sen", "hsen", "swa", "mrc",
	"choukran", "chokran", "top",
	// Darija and MSA in Arabic script
	"واخا", "وخا", "مزيان", "مزيانة", "صافي", "ايوا", "إيوا", "يالاه", "ياك", "يعني", "اه", "آه", "أه", "ايه", "إيه", "واه", "زوين", "هانية",
	"حسنا", "حسناً", "طيب", "نعم", "أجل", "اجل", "جيد", "ممتاز", "إذن", "اذن", "أوكي", "اوكي", "أوك", "اوك", "تمام", "فهمت", "مفهوم", "شكرا",
)

// markerOpening reports whether word i of tw is a discourse marker
// opening its phrase and standing alone in it: followed by punctuation,
// by nothing, by another marker, or by a conjunction that opens a new
// question ("Safi, w f rbat?", "Safi w f rbat?", "Bon et pour les
// femmes ?"), not one that joins a second name ("Safi ou Essaouira").
func (tw *textWords) markerOpening(i int) bool {
	k := tw.markerAt(i)
	if i > 0 && !tw.spans[i].brk || k == i {
		return false
	}
	alone := func(k int) bool { return k >= len(tw.spans) || tw.spans[k].brk || tw.markerAt(k) > k }
	if alone(k) {
		return true
	}
	if !conjunctions[tw.spans[k].norm] {
		return false
	}
	return alone(k+1) || locatives[tw.spans[k+1].norm] || questionOpeners[tw.spans[k+1].norm]
}

// questionOpeners may follow "and" at the start of a follow-up question
// (normal forms).
var questionOpeners = setOf("pour", "quoi", "what", "how", "about", "for", "chno", "achno", "wach", "chhal", "ch7al", "3la", "3nd",
	"شنو", "اشنو", "واش", "شحال", "على", "عند", "ماذا", "ما", "كم", "بالنسبة")

func isMarker(n string) bool { return discourseMarkers[n] || discourseMarkers[foldNormal(n)] }

// markerPhrases are the discourse markers of several words, whose words
// alone may mean something else ("d'accord" is "d" + "accord").
var markerPhrases = indexOf("d'accord|d'acc|du coup|ça marche|ca marche|c'est noté|très bien|tres bien|ah bon|ah ok|ok merci|ok then|all right|" +
	"i see|got it|sounds good|fair enough|ok cool|ok thanks|wakha safi|safi wakha|ok safi|واخا صافي|صافي واخا|فهمت عليك")

// markerAt returns the end of the discourse marker starting at word i of
// tw, the longest of a phrase and a word, or i when none starts there.
func (tw *textWords) markerAt(i int) int {
	if h, ok := markerPhrases.longestAt(tw, i); ok {
		return h.to
	}
	if i < len(tw.spans) && isMarker(tw.spans[i].norm) {
		return i + 1
	}
	return i
}

// foldedSetOf is setOf with the folded form of each word as well.
func foldedSetOf(words ...string) map[string]bool {
	m := setOf(words...)
	for w := range setOf(words...) {
		m[foldNormal(w)] = true
	}
	return m
}
