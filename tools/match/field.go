package match

import (
	"regexp"
	"strings"
)

// fieldIntro are the words that introduce a field of study after a
// diploma ("licence en économie", "إجازة في القانون", "bac+2 f
// l'informatique").
var fieldIntro = regexp.MustCompile(`(?i)(?:diplôme|diplome|diplômée?|diplomee?|graduate|graduated|licence|master(?:'s)?|bac\s*\+\s*\d|باك\s*\+\s*\d|bts|dut|technicien(?:ne)?(?:\s+spécialisée?|\s+specialisee?)?|qualification|formation|degree|bachelor(?:'?s)?(?:\s+degree)?|\bb\.?sc\.?|\bm\.?sc\.?|ingénieur|ingenieur|doctorat|phd|lisans|diplom|إجازة|الإجازة|اجازة|ماستر|دبلوم|شهادة|تقني(?:\s+متخصص)?|ليسانس|تكوين|مهندس|مهندسة|خريج|خريجة|engineer|engineering)\s+(?:d'état\s+|دولة\s+)?(?:(?:en|in|of|dans|de|d|f|fi|في)\s+|d'|ف|فـ)(.+)`)

// englishField is the field English writes before the title a clause
// opens on: "Mechanical engineer", "Agronomy engineer (Ingénieur
// d'État)", "I'm an IT support technician"; not "4 years as site
// engineer", a post.
var englishField = regexp.MustCompile(`^\W*(?:[A-Za-z]+\s*:\s*)?(?:(?:I'm|I am)\s+)?(?:an?\s+)?((?:[A-Za-z]+\s+)?[A-Za-z]+)\s+(?:engineer|technician)\b`)

// notField are the words before an English title that are not its field.
var notField = map[string]bool{"a": true, "an": true, "the": true, "state": true, "qualified": true, "senior": true, "junior": true,
	"i": true, "am": true, "as": true, "of": true, "degree": true, "specialised": true, "specialized": true, "experienced": true}

// fieldsIn returns the fields of study a clause names after a diploma, or
// before an English title.
func fieldsIn(clause string) []string {
	mt := fieldIntro.FindStringSubmatch(clause)
	for mt != nil {
		// "diplôme de technicien spécialisé en gestion": the field follows
		// the last diploma named
		in := fieldIntro.FindStringSubmatch(mt[1])
		if in == nil {
			break
		}
		mt = in
	}
	if mt == nil || strings.HasPrefix(strings.ToLower(mt[1]), "état") || strings.HasPrefix(strings.ToLower(mt[1]), "etat") {
		return englishFieldIn(clause)
	}
	text, _, _ := strings.Cut(mt[1], "(") // "gestion hôtelière (ISTAH Agadir)": the school follows
	var ws []string
	for _, w := range strings.Fields(text) {
		if tells(w, skillCues) || tells(w, wishCues) || len(ws) == 5 {
			break // "licence f gestion w kan3ref excel": the field ends at what follows
		}
		ws = append(ws, w)
	}
	for len(ws) > 0 && conjunctions[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return nil
	}
	return []string{strings.Join(ws, " ")}
}

// conjunctions are the words a field does not end on.
var conjunctions = map[string]bool{"w": true, "et": true, "and": true, "و": true, "ou": true, "or": true, "wla": true, "mais": true, "but": true}

// englishFieldIn returns the field an English clause writes before an
// engineer's or technician's title, nil when it writes none.
func englishFieldIn(clause string) []string {
	mt := englishField.FindStringSubmatch(clause)
	if mt == nil {
		return nil
	}
	var ws []string
	for _, w := range strings.Fields(mt[1]) {
		if !notField[strings.ToLower(w)] {
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 {
		return nil
	}
	return []string{strings.Join(ws, " ")}
}
