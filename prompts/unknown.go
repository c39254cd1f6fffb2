package prompts

import (
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
)

// unknownPhrases are, per language, the ways an answer says that Marsad
// does not know the place, occupation, indicator or period named: "I don't
// know", "I could not find", "I have no", "is not in what I know". They
// are generous in spelling (blind case writers, the planner's templates
// and a model phrase it differently) but each is a whole statement of not
// knowing: no bare negation such as "pas" or "ما", which any answer has.
// The planner's own missing, refused and none templates are among them.
var unknownPhrases = map[string][]string{
	"fr": {
		"je ne sais pas", "je ne connais pas", "je ne connais aucun", "je ne connais aucune",
		"je ne reconnais pas", "je n'ai pas reconnu", "je ne trouve pas", "je ne trouve aucun",
		"je ne trouve aucune", "je n'ai pas trouvé", "je n'ai trouvé aucun", "je n'ai trouvé aucune",
		"je n'ai trouvé ni", "je n'ai rien trouvé", "je n'ai pas de", "je n'ai pas d'", "je n'ai aucun",
		"je n'ai aucune", "je n'ai rien sur", "je ne dispose pas", "je ne dispose d'aucun",
		"je ne dispose d'aucune", "je ne peux pas vous donner", "je ne peux pas donner",
		"aucune donnée", "aucun chiffre", "aucune information", "aucun résultat",
		"n'est pas dans", "ne sont pas dans", "ne figure pas", "ne figurent pas", "ne fait pas partie",
		"ne font pas partie", "n'existe pas dans", "n'est pas disponible", "ne sont pas disponibles",
		"inconnu", "inconnue", "inconnus", "inconnues", "introuvable", "introuvables",
	},
	"en": {
		"i don't know", "i do not know", "i dont know", "i don't recognise", "i don't recognize",
		"i do not recognise", "i do not recognize", "i couldn't find", "i could not find",
		"i can't find", "i cannot find", "i did not find", "i didn't find", "i found no",
		"i found nothing", "i have no", "i don't have", "i do not have", "i have nothing",
		"no data", "no figure", "no figures", "no information", "no record", "no records",
		"is not in", "isn't in", "are not in", "aren't in", "is not among", "isn't among",
		"are not among", "not available", "not something i know", "unknown",
	},
	"ar": {
		"لا أعرف", "لا أعلم", "لا أدري", "لم أجد", "لا أجد", "لم أعثر", "لا أعثر", "لم أتمكن من العثور",
		"لم أتعرف", "لا أتعرف", "لا يتوفر لدي", "لا تتوفر لدي", "لا يتوفر لي", "لا تتوفر لي",
		"لا أتوفر على", "لا أتوفر", "ليس لدي", "ليست لدي", "لا يوجد لدي", "لا توجد لدي", "لا أملك",
		"لا توجد بيانات", "لا تتوفر بيانات", "لا توجد معطيات", "لا تتوفر معطيات", "لا توجد معلومات",
		"لا تتوفر معلومات", "غير معروف", "غير معروفة", "غير متوفر", "غير متوفرة", "غير موجود",
		"غير موجودة", "ليس ضمن", "ليست ضمن", "لا يدخل ضمن", "لا تدخل ضمن", "لا يوجد ضمن", "لا توجد ضمن",
	},
	"ary": {
		"ما عرفتش", "ماعرفتش", "ما كنعرفش", "ماكنعرفش", "ما نعرفش", "مانعرفش", "ما كنعرفهاش",
		"ما كنعرفوش", "ما لقيتش", "مالقيتش", "ما لقيت حتى", "مالقيت حتى", "ما لقيت والو", "ما كنلقاش",
		"ما عنديش", "ماعنديش", "ما عندي حتى", "ماعندي حتى", "ما عندي والو", "ماعندي والو",
		"ما كاينش", "ماكاينش", "ما كايناش", "ماكايناش", "ما كاين والو", "ما كاين حتى",
		"ماشي ف اللي كنعرف", "ما فراسيش", "مافراسيش",
	},
	"ary-Latn": {
		"ma3reftch", "ma3raftch", "ma3rftch", "ma3reftsh", "ma 3reftch", "ma 3raftch",
		"makan3refch", "ma kan3refch", "ma kan3rfch", "makan3rfch", "ma kan3arfch", "ma kn3rfch",
		"ma n3refch", "man3refch", "ma kan3refhach", "ma kan3rfhach", "mal9itch", "ma l9itch",
		"ma l9itsh", "mal9itsh", "ma l9it 7ta", "mal9it 7ta", "ma l9it hta", "ma l9it walo",
		"mal9it walo", "ma lqitch", "ma3endich", "ma 3endich", "ma3ndich", "ma 3ndich", "ma3andich",
		"ma 3andich", "ma3ndish", "ma3endi 7ta", "ma 3endi 7ta", "ma3ndi 7ta", "ma 3ndi 7ta",
		"ma3endi walo", "ma 3endi walo", "ma3ndi walo", "makaynch", "ma kaynch", "makaynach",
		"ma kaynach", "makaynech", "ma kayn walo", "makayn walo", "ma kayn 7ta",
		"machi f li kan3ref", "ma fraasich", "ma frasich", "mafrasich",
	},
}

// UnknownPhrases returns the phrases by which an answer in language tag
// (fr, ar, ary, ary-Latn, en) says that Marsad does not know what was
// named or found nothing for it, as written (SaysUnknown matches them).
// The list of ary holds ar's too, because Darija answers borrow the MSA
// forms; any other tag gets every language's phrases. The slice is a
// copy.
func UnknownPhrases(tag string) []string {
	if _, ok := unknownPhrases[tag]; !ok {
		var all []string
		for _, l := range Languages {
			all = append(all, unknownPhrases[l]...)
		}
		return all
	}
	out := append([]string(nil), unknownPhrases[tag]...)
	if tag == "ary" {
		out = append(out, unknownPhrases["ar"]...)
	}
	return out
}

// normalUnknown holds UnknownPhrases per tag (and "" for every language)
// in the matching form, between spaces, computed once.
var normalUnknown = func() map[string][]string {
	m := make(map[string][]string, len(Languages)+1)
	for _, tag := range append([]string{""}, Languages...) {
		for _, p := range UnknownPhrases(tag) {
			m[tag] = append(m[tag], " "+lang.Normalize(p)+" ")
		}
	}
	return m
}()

// SaysUnknown reports whether text holds one of UnknownPhrases(tag) as
// whole words. Both sides are compared in lang.Normalize's form, so case,
// accents, apostrophes, punctuation and the forms of alef, hamza, ya and
// ta marbuta do not matter: "Je n’ai PAS trouvé" and "لم اجد" match.
func SaysUnknown(tag, text string) bool {
	phrases, ok := normalUnknown[tag]
	if !ok {
		phrases = normalUnknown[""]
	}
	t := " " + lang.Normalize(text) + " "
	for _, p := range phrases {
		if strings.Contains(t, p) {
			return true
		}
	}
	return false
}
