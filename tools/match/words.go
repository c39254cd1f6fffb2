package match

import (
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
)

// contentWords returns the words of s that carry meaning, in normal
// form and reduced to a crude stem (see stem), without the small words
// of the five languages.
func contentWords(s string) []string { return wordsOf(s, true) }

// fullWords is contentWords without cutting Latin words to their root:
// names are matched on them ("installation" is not "Installateur").
func fullWords(s string) []string { return wordsOf(s, false) }

func wordsOf(s string, cut bool) []string {
	var out []string
	for _, t := range lang.Tokens(s) {
		t = stem(t, cut)
		if len([]rune(t)) < 3 || stopWords[t] || isDigits(t) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// stem folds the inflections that most often part a profile from a
// catalogue: the French and English plural and feminine ("soudeuses",
// "comptables") and derivation (latinStem), the Arabic article and its
// proclitics ("والمحاسبة") and its endings (arabicSuffixes).
func stem(t string, cut bool) string {
	if isArabic(t) {
		for _, p := range []string{"وال", "بال", "فال", "كال", "لل", "ال"} {
			if strings.HasPrefix(t, p) && len([]rune(t)) > len([]rune(p))+2 {
				t = t[len(p):]
				break
			}
		}
		for _, s := range arabicSuffixes {
			if strings.HasSuffix(t, s) && len([]rune(t))-len([]rune(s)) >= 3 {
				return strings.TrimSuffix(t, s)
			}
		}
		return t
	}
	if len(t) > 5 {
		t = strings.TrimSuffix(t, "s")
		t = strings.TrimSuffix(t, "e")
	}
	if r := []rune(t); cut && len(r) > latinStem {
		t = string(r[:latinStem])
	}
	return t
}

// arabicSuffixes are the Arabic endings folded, in normal form (ة is
// already ه), longest first, one of them a word: the feminine and the
// relative adjective part a field from its trade ("الفلاحة", "تقني
// فلاحي"; "المحاسبة", "محاسب"; "الكهربائية", "كهربائي"), the plurals a
// trade from its workers ("ممرضين", "ممرضات").
var arabicSuffixes = []string{"يات", "يين", "يه", "ات", "ين", "ون", "ه", "ي"}

// latinStem is the length a Latin word is cut to: French and English
// derive a trade, its field and its skill from one root ("comptable",
// "comptabilité"; "tourisme", "touristique"; "électricien",
// "électricité"), which six letters keep and rarely join two roots.
const latinStem = 6

func isArabic(s string) bool {
	for _, r := range s {
		return r >= 0x0600 && r <= 0x06FF
	}
	return false
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// stopWords are words of profiles that name no skill, field or trade, in
// their stemmed normal form.
var stopWords = set(
	// French
	"les", "des", "une", "dans", "pour", "avec", "sur", "par", "mon", "mes", "ma", "est", "sont", "suis", "ai", "avoir", "etre",
	"comme", "aussi", "tres", "bon", "bonne", "plus", "moins", "chez", "entre", "depuis", "pendant", "leur", "qui", "que", "quoi",
	"ans", "annee", "mois", "experience", "travaille", "travail", "poste", "emploi", "cherche", "recherche", "souhaite", "veux",
	"voudrai", "aimerai", "devenir", "niveau", "diplome", "titulaire", "obtenu", "maitrise", "connaissance", "bonnes", "notion",
	"domaine", "metier", "ville", "region", "travailler", "trouver", "importe", "quel", "quelconque", "secteur", "entreprise", "societe", "pret", "disponible", "immediatement", "fait", "faire", "sai", "peux", "dan", "aupre",
	// English
	"the", "and", "for", "with", "have", "has", "was", "were", "years", "year", "worked", "work", "job", "want", "would", "like",
	"looking", "become", "degree", "any", "field", "company", "sector", "find", "need", "experience", "skill", "good", "also", "from", "can", "into", "this", "that", "speak",
	// Arabic and Darija
	"على", "في", "من", "الى", "إلى", "عن", "مع", "هذا", "هذه", "التي", "الذي", "لدي", "عندي", "سنوات", "سنة", "سنين", "خبرة",
	"تجربة", "اشتغلت", "عملت", "خدمت", "اريد", "أريد", "بغيت", "باغي", "ابحث", "أبحث", "شهادة", "دبلوم", "حاصل", "مستوى", "ديال", "واحد",
	"عمل", "شغل", "خدمة", "منصب", "مجال", "نخدم", "العمل", "قطاع", "شركة", "أي", "كنعرف", "نعرف", "اجيد", "أجيد",
	// the words of the request itself ("ما هي المهن التي تناسب ملفي؟", "quels métiers correspondent à mon profil")
	"مهن", "مهنة", "المهن", "ملف", "ملفي", "تناسب", "تناسبني", "يناسب", "كيناسبني", "profil", "profile", "quels", "quelles", "correspondent", "correspond", "suit", "suits", "fit", "fits", "match",
	// Arabizi
	"3andi", "andi", "khdemt", "khdmt", "bghit", "baghi", "kan9der", "n9der", "dyal", "dial", "wa7ed", "3am", "snin", "sna",
	"khedma", "l5edma", "khdma", "nwelli", "nkhdem", "nkhdm", "nekhdem", "ay", "chi haja", "haja", "fchi", "chi", "bach", "walakin", "ta", "hta",
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[stem(lang.Normalize(w), true)] = true
		m[stem(lang.Normalize(w), false)] = true
	}
	return m
}
