package match

import (
	"regexp"
	"strings"
)

// fieldIntro are the words that introduce a field of study after a
// diploma ("licence en économie", "إجازة في القانون", "bac+2 f
// l'informatique").
var fieldIntro = regexp.MustCompile(`(?i)(?:diplôme|diplome|licence|master(?:'s)?|bac\s*\+\s*\d|bts|dut|technicien(?:ne)?(?:\s+spécialisée?|\s+specialisee?)?|qualification|formation|degree|bachelor(?:'?s)?(?:\s+degree)?|\bb\.?sc\.?|\bm\.?sc\.?|ingénieur|ingenieur|doctorat|phd|lisans|diplom|إجازة|الإجازة|اجازة|ماستر|دبلوم|شهادة|تقني(?:\s+متخصص)?|ليسانس|تكوين|مهندس|مهندسة|engineer|engineering)\s+(?:d'état\s+)?(?:(?:en|in|of|dans|de|d|f|fi|في)\s+|d'|ف|فـ)(.+)`)

// fieldsIn returns the fields of study a clause names after a diploma.
func fieldsIn(clause string) []string {
	mt := fieldIntro.FindStringSubmatch(clause)
	if mt == nil {
		return nil
	}
	var ws []string
	for _, w := range strings.Fields(mt[1]) {
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
