package offline

import (
	"slices"
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
)

// fillers are the words of a question that name nothing: articles,
// prepositions, question and courtesy words, in every language. With the
// cue words and the words of concepts and places, they are what
// objectTokens leaves out.
var fillers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lang.Tokens("le la les un une des de du d l au aux a à en et ou est c ce cet cette quoi qui que qu comment " +
		"pour par sur dans avec mon ma mes je j me m tu vous il elle on nous être faire veux voudrais aimerais peux " +
		"bonjour salut svp merci stp quel quelle quels quelles où ou bien plus moins très tres sont était " +
		"the a an of to for in on at and or is are was be do does did how what which who where can could i my me you " +
		"want would like please hello hi as with about job jobs work become " +
		"في من على عن الى إلى ما ماذا هو هي هل كيف اين أين لي انا أنا اريد أريد ان أن التي الذي مع او أو يمكنني " +
		"ديال د ف شنو اشنو واش علاش باش اللي لي كاين كاينة عندكم عندك بغيت شي انا أنا راه هاد هادي مع ولا " +
		"dyal d f fi w chno chnou achno wach bach li kayn kayna 3ndkom 3andkom bghit chi ana rah had hadi m3a wla " +
		"salam slm mrc merci haja 7aja comme show give list domaine field area مجال ميدان هناك fihom fiha fih fihum chnahoma chnahuma chnouma 3afak 3afakom 3afakoum afak please svp عافاك عافاكم فضلك " +
		"région region ville province année annee ans year years city town emploi travail employment jobs " +
		"those these that them with وفي وف خلال فخلال " +
		"chez among عند لدى 3nd 3and 3end kan kant kanet كان كانت people persons personnes gens ناس الناس اشخاص الاشخاص nas lnas " +
		"جهة جهه مدينة مدينه سنة سنه عام اقليم إقليم عمالة مهنة مهنه لمهنة توجد يوجد هناك كاينين l3am lmdina jiha " +
		"بالضبط بالظبط exactement concretement concrètement exactly actually really vraiment b dabt bdabt " +
		// discourse words of a follow-up: "et 2025 alors ?", "same thing but for women?", "b7al b7al l3yalat"
		"alors donc then so but mais thing chose même meme same pareil idem nafs l7aja lhaja b7al bhal kif kifkif نفس الشي الشيء الحاجة بحال كيف " +
		"question السؤال so2al sou2al ssou2al ssu2al " +
		// can, go: "فين نقدر نقراها", "je vais où"
		"نقدر يمكن يمكنك n9der nqder n9dar nqdar ymken imken vais vas va aller peut dois doit faut") {
		m[lang.Fold(w)] = true
	}
	return m
}()

// isCueWord reports whether the word with normal form norm and folded
// form fold is a word of some routing cue.
func isCueWord(norm, fold string) bool {
	if cueWords.folds[fold] {
		return true
	}
	for _, p := range cueWords.prefixes {
		if strings.HasPrefix(norm, p) {
			return true
		}
	}
	return false
}

// cueWords are the words of the routing and kind cues, gathered once:
// isCueWord is asked of every word of a message, and going through every
// cue for each was a fiftieth of a turn's CPU.
var cueWords = gatherCueWords(routingVocabulary, kindVocabulary)

// cueWordSet holds the folded forms of whole cue words and the normal
// forms that prefix cue words stand for.
type cueWordSet struct {
	folds    map[string]bool
	prefixes []string
}

func gatherCueWords(vs ...vocabulary) cueWordSet {
	set := cueWordSet{folds: map[string]bool{}}
	for _, v := range vs {
		for _, c := range v {
			for _, w := range c.words {
				switch {
				case !w.prefix:
					set.folds[w.form] = true
				case !slices.Contains(set.prefixes, w.form):
					set.prefixes = append(set.prefixes, w.form)
				}
			}
		}
	}
	return set
}

// objectTokens returns the words of msg (in normal form) that name no
// concept, place, cue or filler (a proclitic و ف ل ب or Arabizi l-
// aside): in "comment devenir astronaute ?" the occupation the lexicon
// does not know. Intents stay: "wla" in "casa wla sla" keeps Sla a place,
// and is a filler. The words asking for the latest ("daba", "حاليا",
// "now", "actuellement") go: they ask for the newest ads or figure, and
// no ad is searched for them; so do those naming the census or the
// survey ("et selon l'enquête emploi ?"): the source of a figure.
func objectTokens(msg lang.Reading) []string {
	var named []string
	latest := map[string]bool{}
	for _, m := range msg.Concepts {
		switch {
		case m.Concept.Kind != lang.KindIntent:
			named = append(named, m.Surface)
		case m.Concept.Value == "latest" || m.Concept.Value == "survey" || m.Concept.Value == "census": // a time, a source: no object
			for _, t := range lang.Tokens(m.Surface) {
				latest[t] = true
			}
		}
	}
	for _, p := range msg.Places {
		named = append(named, p.Surface)
	}
	for _, p := range msg.Periods { // "au troisième trimestre", "الفصل الثالث", "التريمستر التالت"
		named = append(named, p.Surface)
	}
	text := msg.Rest
	for _, w := range named {
		text = strings.Replace(text, w, " ", 1)
	}
	var out []string
	for _, t := range lang.Tokens(text) {
		if isObject(t) && !latest[t] {
			out = append(out, t)
		}
	}
	return out
}

// isObject reports whether word t (in normal form) may name a thing: not
// a filler (with or without a glued و), a cue word or a number, and at
// least three letters long.
func isObject(t string) bool {
	if len([]rune(t)) < 3 || isDigits(t) {
		return false
	}
	forms := []string{t}
	if alt, ok := withoutProclitic(t); ok {
		forms = append(forms, alt)
	}
	if rest, ok := strings.CutPrefix(t, "و"); ok && len(forms) == 1 { // a short word with a glued و: "وما", "وكم"
		forms = append(forms, rest)
	}
	if stem, ok := withoutObjectPronoun(t); ok { // a cue verb said of it: "نقراها", "kaykhalsoha"
		forms = append(forms, stem)
	}
	for _, w := range forms {
		if f := lang.Fold(w); fillers[f] || pronounRefs[f] || inItWords[f] || isCueWord(w, f) || shorthands[f] != "" {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	return strings.Trim(s, "0123456789.") == ""
}
