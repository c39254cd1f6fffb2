package lang

// negatedDiplomas makes those without a diploma of each graduates' hit
// that a negation comes before, across the small words and the verbs of
// having that stand between them in the same phrase ("li ma 3ndhomch chi
// diplome", "qui ne possèdent pas de diplôme", "ماعندهومش حتى شي
// ديبلوم", "who are not graduates"): the negation is lost otherwise, and
// the graduates answered for those without a diploma.
func negatedDiplomas(tw *textWords, hits []hit) []hit {
	for k, h := range hits {
		if h.e == nil || lexicon.concepts[h.e.item] != (Concept{KindDiploma, "graduate"}) {
			continue
		}
		for i, n := h.from-1, 0; i >= 0 && n < 4; i, n = i-1, n+1 {
			w := tw.spans[i].norm
			if diplomaNegators[w] {
				hits[k].e = &entry{words: h.e.words, item: diplomaNoneItem, surface: h.e.surface}
				break
			}
			if !diplomaNegationLinks[w] || tw.spans[i+1].brk {
				break
			}
		}
	}
	return hits
}

// diplomaNoneItem is the lexicon item of those without a diploma.
var diplomaNoneItem = lexicon.item(Concept{KindDiploma, "none"})

// diplomaNegators negate the having of a diploma.
var diplomaNegators = setOf("sans", "pas", "aucun", "aucune", "ni", "non", "without", "not", "no", "never", "bla", "bdoun", "bidoun",
	"ma", "ma3ndhomch", "ma3ndhom", "ma3ndhoumch", "ma3ndhoum", "ma3ndouch", "ma3ndo", "ma3ndich", "ma3ndi", "ma3ndhach", "ma3ndha", "makaynch",
	"بلا", "بدون", "دون", "غير", "لا", "ليس", "ليست", "لم", "ما", "ماعندهم", "ماعندهمش", "ماعندهومش", "ماعندهوم", "ماعندوش", "ماعنديش", "ماعندهاش",
	"makhdawch", "majabouch", "majabuch", "ماخداوش", "ماجابوش", "ماشدوش")

// diplomaNegationLinks may stand between a negation and the graduates'
// word: small words, quantifiers and the verbs of having.
var diplomaNegationLinks = setOf("hta", "7ta", "ta", "chi", "shi", "any", "a", "an", "de", "d", "un", "une", "du", "des", "le", "la", "l",
	"3ndhom", "3ndhomch", "3ndhoum", "3ndhoumch", "3ndo", "3ndi", "3ndich", "3ndha", "have", "has", "got", "are", "is", "ont", "a", "avoir", "ayant",
	"possèdent", "possedent", "possède", "possede", "détiennent", "ne", "n",
	"khdaw", "khdawch", "jabo", "jabou", "jabouch", "obtenu", "obtained", "earned", "received", "hold", "holding",
	"حتى", "شي", "أي", "اي", "خداو", "خداوش", "جابو", "جابوش", "شدو", "شدوش", "لديهم", "لديه", "يحصلوا", "يحصلون", "حصلوا", "عندهم", "عندهمش", "عندهومش", "عندهوم", "عندو", "عنديش", "يملكون", "يحملون", "يتوفرون", "على", "يملك", "يحمل", "ش")
