package match

import (
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
)

// wishCues are the words that make a clause a wish.
var wishCues = padded("veux", "voudrais", "souhaite", "souhaiterais", "aimerais", "cherche", "recherche", "devenir", "vise", "objectif", "intéressé", "intéressée", "projet professionnel",
	"want", "would like", "looking for", "become", "seeking", "hope", "aim",
	"أريد", "أرغب", "أطمح", "أبحث", "أود", "أصبح", "بغيت", "باغي", "باغية", "نولي", "نخدم", "كنقلب", "حاب", "نبغي", "كنبحث", "نكون",
	"bghit", "baghi", "baghya", "nwelli", "nweli", "kan9leb", "kanqelleb", "n9leb", "7ab", "nkhdem", "nkoun", "nkon", "nwli")

// skillCues are the words that make a clause a list of what the person
// can do: the classifier, which reads titles, is not asked about it.
var skillCues = padded("je sais", "je maîtrise", "maîtrise", "compétences", "I can", "skills", "proficient", "fluent",
	"أتقن", "أجيد", "كنعرف", "كنتقن", "مهارات", "kan9der", "kan3ref", "kanaaref", "kanakhdem b", "kan3rf", "n9der")

// wishes reports whether a clause says what the person wants.
func wishes(clause string) bool { return tells(clause, wishCues) }

// tells reports whether a clause holds one of cues (padded normal forms).
func tells(clause string, cues []string) bool {
	n := " " + lang.Normalize(clause) + " "
	for _, c := range cues {
		if strings.Contains(n, c) {
			return true
		}
	}
	return false
}

func padded(ws ...string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = " " + lang.Normalize(w) + " "
	}
	return out
}
