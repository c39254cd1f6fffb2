package lang

// Small-talk kinds.
const (
	SmallGreeting   = "greeting"     // bonjour, salam, السلام عليكم, hi
	SmallThanks     = "thanks"       // merci, chokran, شكرا, thanks
	SmallIdentity   = "identity"     // qui es-tu, chkon nta, شكون نتا, who are you
	SmallHelp       = "help"         // aide, que peux-tu faire, chno t9der dir, what can you do
	SmallGoodbye    = "goodbye"      // au revoir, bslama, مع السلامة, bye
	SmallOutOfScope = "out_of_scope" // football, the weather, recipes, jokes
)

// SmallTalk is a message that asks Marsad nothing of the labour market.
type SmallTalk struct {
	// Kind is one of the small-talk kinds.
	Kind string
	// Lang is the language and script the phrases tell ("salam" and
	// "chokran" are Arabizi, which Detect cannot tell from one word), ""
	// when they do not (شكرا is Arabic and Darija alike; an out-of-scope
	// question is a sentence Detect reads).
	Lang Tag
}

// smallTalkPriority orders the kinds when a message holds several: the
// question it asks ("salam, chkon nta?" asks who Marsad is) before the
// courtesy around it.
var smallTalkPriority = []string{SmallIdentity, SmallHelp, SmallThanks, SmallGoodbye, SmallGreeting}

// The small-talk phrases, indexed: items of smallTalkIndex are rows of
// smallTalkTable.
var (
	smallTalkIndex = func() *phraseIndex {
		ix := newPhraseIndex()
		for i, row := range smallTalkTable {
			for _, t := range splitList(row.terms) {
				ix.add(t, i)
			}
		}
		return ix.finish()
	}()
	outOfScopeIndex = indexOf(outOfScopeTerms)
)

// FindSmallTalk reports whether text is small talk, and which: a message
// made only of greetings, thanks, a question about Marsad itself, a
// request for help or a goodbye (and small words: "merci beaucoup
// Marsad !", "salam, chkon nta?"), or a question on a subject outside the
// labour market (football, the weather, cooking, jokes) that names no
// labour concept (indicator, occupation, skill, sector, contract) and no
// word of work. A message that also asks a labour question ("bonjour,
// taux de chômage 2024 ?") is not small talk.
func FindSmallTalk(text string) (SmallTalk, bool) { return smallTalkIn(prepare(text)) }

// smallTalkIn is FindSmallTalk of a prepared text.
func smallTalkIn(tw *textWords) (SmallTalk, bool) {
	if len(tw.spans) == 0 {
		return SmallTalk{}, false
	}
	if st, ok := courtesy(tw); ok {
		return st, true
	}
	tw.lastEnd = -1
	if len(outOfScopeIndex.find(tw)) > 0 && !aboutLabour(tw) {
		return SmallTalk{Kind: SmallOutOfScope}, true
	}
	return SmallTalk{}, false
}

// courtesy reads a message made only of small-talk phrases and small
// words.
//
// Besides its phrases, each kind has words (smallTalkWords): a message
// made only of such words, courtesy words and phrases is small talk when
// one of its words is an anchor of a kind ("t'es une vraie personne ?",
// "wach nta insan wla machine?", "what are you able to do?", "thanks a
// ton"); the kinds of the phrases and of the anchors are ranked together.
func courtesy(tw *textWords) (SmallTalk, bool) {
	hits := smallTalkIndex.find(tw)
	covered := make([]bool, len(tw.spans))
	for _, h := range hits {
		for i := h.from; i < h.to; i++ {
			covered[i] = true
		}
	}
	var anchored []string
	for i, c := range covered {
		n := tw.spans[i].norm
		if c || courtesyWords[n] || courtesyWords[foldNormal(n)] || isMarker(n) {
			continue
		}
		kind, anchor, ok := smallTalkWord(n)
		if !ok {
			return SmallTalk{}, false
		}
		if anchor && !contains(anchored, kind) {
			anchored = append(anchored, kind)
		}
	}
	if len(hits) == 0 && len(anchored) == 0 {
		return SmallTalk{}, false
	}
	st := smallTalkOf(hits)
	for _, kind := range smallTalkPriority {
		if kind == st.Kind {
			break
		}
		if contains(anchored, kind) {
			st.Kind = kind
			break
		}
	}
	return st, true
}

// smallTalkOf returns the kind of the hits that comes first in
// smallTalkPriority, with the language of its phrase, else of any
// phrase that tells one.
func smallTalkOf(hits []hit) SmallTalk {
	var st SmallTalk
	for _, kind := range smallTalkPriority {
		for _, h := range hits {
			if row := smallTalkTable[h.e.item]; row.kind == kind && st.Kind == "" {
				st = SmallTalk{Kind: kind, Lang: Tag(row.tag)}
			}
		}
	}
	for _, h := range hits {
		if st.Lang == "" {
			st.Lang = Tag(smallTalkTable[h.e.item].tag)
		}
	}
	return st
}

// aboutLabour reports whether tw names a labour concept or a word of
// work.
func aboutLabour(tw *textWords) bool {
	tw.lastEnd = -1
	for _, h := range lexiconHits(tw) {
		switch lexicon.concepts[h.e.item].Kind {
		case KindIndicator, KindOccupation, KindSkill, KindSector, KindContract:
			return true
		}
	}
	for _, s := range tw.spans {
		if labourWords[s.norm] || labourWords[foldNormal(s.norm)] {
			return true
		}
	}
	return false
}

// courtesyWords may stand around small-talk phrases: the assistant's
// name, vocatives, intensifiers, "you" and "and".
var courtesyWords = setOf("marsad", "مرصد", "المرصد", "ya", "يا", "a", "ok", "okay", "d'accord", "daccord", "wakha", "waxa", "واخا",
	"svp", "stp", "please", "pls", "afak", "3afak", "عافاك", "beaucoup", "bcp", "bzaf", "بزاف", "so", "much", "very", "lot", "really",
	"tres", "bien", "encore", "again", "toi", "vous", "you", "nta", "nti", "et", "and", "w", "o", "و", "lik", "lk", "sahbi", "khoya",
	"khouya", "صاحبي", "خويا", "ami", "friend", "there", "all", "tout", "le", "monde", "everyone", "لك", "ليك", "عليك", "alaykom", "3likom",
	"hh", "hhh", "haha", "lol", "cc", "oui", "yes", "ah", "oh", "eh", "bon", "voila", "تمام", "mzyan", "مزيان", "top", "super", "cool",
	"great", "parfait", "perfect", "jazaka", "allahu", "khayran", "خيرا", "الله",
	"exactement", "exactly", "vraiment", "actually", "juste", "ou", "or", "wla", "ولا", "او", "أو", "أم", "moi", "me", "ntouma",
	"بالضبط", "فعلا", "معايا", "m3aya", "wach", "واش", "هل")
