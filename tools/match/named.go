package match

import (
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/retrieval/occupation"
)

// namedIn adds to out the occupations clause names: the lexicon's names,
// else what the classifier reads in it.
func (m *Matcher) namedIn(clause string, wish bool, out []Named) []Named {
	found := false
	fields := strings.Join(fieldsIn(clause), " ")
	for _, c := range lang.FindDocumentConcepts(clause) {
		if c.Concept.Kind == lang.KindOccupation && !diplomaName(c.Surface) {
			conf := 1.0
			if strings.Contains(fields, c.Surface) {
				conf = fieldNamedConfidence
			}
			out = addNamed(out, Named{Code: c.Concept.Value, Surface: c.Surface, Wished: wish, Confidence: conf})
			found = true
		}
	}
	if tells(clause, skillCues) || onlySkills(clause) {
		return out // "kan9der ndir cablage", "Anglais (notions)": a skill, not a job
	}
	if mt := m.th.Classify(clause, occupation.Context{}); mt.Code != "" && mt.Confidence > minClassified && !diplomaName(mt.Label) {
		conf := min(1, (mt.Confidence-minClassified)/(fullClassified-minClassified))
		if found {
			conf *= 0.8 // a second reading of a clause the lexicon already read
		}
		out = addNamed(out, Named{Code: mt.Code, Surface: mt.Label, Wished: wish, Confidence: conf})
	}
	return out
}

// fieldNamedConfidence is the confidence of a job read from the field of
// a diploma ("دبلوم تقني متخصص في المحاسبة", "technicien en froid"): the
// trade of that field, less sure than a job the person names as held or
// wanted ("مساعدة محاسب"), which it must not tie.
const fieldNamedConfidence = 0.8

// onlySkills reports whether a clause names nothing but skills and CV
// headers ("LANGUES : Anglais (notions)"): the classifier would read "prof
// d'anglais" in it.
func onlySkills(clause string) bool {
	rest := clause
	for _, c := range lang.FindDocumentConcepts(clause) {
		if c.Concept.Kind == lang.KindSkill {
			rest = strings.Replace(rest, c.Surface, " ", 1)
		}
	}
	for _, w := range contentWords(rest) {
		if !headerWords[w] {
			return false
		}
	}
	return true
}

// headerWords are the words of a CV's section headers and of the notes
// beside a skill.
var headerWords = set("langues", "langue", "compétences", "competences", "informatique", "outils", "logiciels", "formation", "formations", "expérience", "professionnelle",
	"curriculum", "vitae", "cv", "profil", "profile", "السيرة", "الذاتية", "سيرة", "ذاتية",
	"notions", "courant", "moyen", "bien", "bon", "lu", "écrit", "parlé", "maternelle", "intermédiaire", "débutant", "avancé", "bilingue",
	"languages", "language", "skills", "tools", "software", "education", "fluent", "native", "basic", "intermediate", "advanced",
	"اللغات", "المهارات", "الكفاءات", "التكوين", "الخبرة", "المهنية", "لغات", "مهارات")

// diplomaName reports whether the name of an occupation found is also the
// name of a diploma, in the masculine or the feminine: "technicien
// spécialisé", "تقني", "تقنية", "ingénieur d'état" tell a level, and the
// field that follows tells the trade.
func diplomaName(surface string) bool {
	n, f := " "+lang.Normalize(surface)+" ", folded(surface)
	for _, ps := range levelPhrases {
		for _, p := range ps {
			if n == p || f == folded(p) {
				return true
			}
		}
	}
	return false
}

// folded is a phrase's words without their endings (stem), so that the
// feminine of a diploma's name is one too: "تقنية", "technicienne".
func folded(s string) string {
	var ws []string
	for _, t := range lang.Tokens(s) {
		ws = append(ws, stem(t, false))
	}
	return strings.Join(ws, " ")
}

// minClassified is the least confidence of the classifier taken as a
// named occupation: below it the classifier guesses from a lone field
// word ("licence en économie" → researcher in economics).
const minClassified = 0.3

// fullClassified is the classifier's confidence from which a code counts
// as much as a name of the lexicon; between the two it counts in
// proportion, since a clause of a profile is not a title and the
// classifier reads a stray word of it as a job ("quoi faire" → "femme à
// tout faire", 0.4).
const fullClassified = 0.7

// addNamed adds n to out, keeping for a code the strongest reading, a
// wish over a past job.
func addNamed(out []Named, n Named) []Named {
	for i, o := range out {
		if o.Code == n.Code {
			if n.Confidence > o.Confidence {
				out[i].Confidence, out[i].Surface = n.Confidence, n.Surface
			}
			out[i].Wished = o.Wished || n.Wished
			return out
		}
	}
	return append(out, n)
}
