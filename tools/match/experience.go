package match

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
)

// yearSpan is a CV's span of years: "2021-2023", "2018 – 2024".
var yearSpan = regexp.MustCompile(`\b((?:19|20)\d\d)\s*(?:-|–|à|to|إلى|الى)\s*((?:19|20)\d\d)\b`)

// spanYears returns the years a CV's line spans, 0 when it spans none or
// names a diploma (the years of a training are not experience).
func spanYears(clause string) float64 {
	mt := yearSpan.FindStringSubmatch(clause)
	if mt == nil || len(levelsIn(clause)) > 0 {
		return 0
	}
	from, _ := strconv.Atoi(mt[1])
	to, _ := strconv.Atoi(mt[2])
	if to <= from || to-from > 45 {
		return 0
	}
	return float64(to - from)
}

// yearWords are the units after a number of years of experience.
var yearWords = map[string]bool{"an": true, "ans": true, "annee": true, "annees": true, "year": true, "years": true, "yrs": true,
	"سنة": true, "سنوات": true, "سنين": true, "سنه": true, "عام": true, "أعوام": true, "اعوام": true, "snin": true, "sna": true, "3am": true, "3wam": true}

// yearsIn returns the years of experience a clause states ("5 ans",
// "3 d snin", "سنتين"), 0 when it states none.
func yearsIn(clause string) float64 {
	if y := spanYears(clause); y > 0 {
		return y
	}
	toks := lang.Tokens(clause)
	for i, t := range toks {
		if t == "سنتين" || t == "عامين" || t == "3amayn" || t == "3amin" {
			return 2
		}
		n, err := strconv.ParseFloat(t, 64)
		if err != nil || n <= 0 || n > 45 {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+2; j++ {
			if yearWords[toks[j]] && !anAge(toks, i, j) {
				return n
			}
		}
	}
	return 0
}

// ageBefore are the words before a number of years that make it the
// person's age ("j'ai 24 ans", "I am 30 years old", "عمري 25 سنة"), and
// ageAfter the words after its unit that do ("30 years old", "24 ans,
// bac pro" is settled by ageBefore).
var (
	ageBefore = map[string]bool{"ai": true, "age": true, "agee": true, "am": true, "aged": true, "عمري": true, "3mri": true, "3omri": true, "omri": true}
	ageAfter  = map[string]bool{"old": true}
)

// anAge reports whether the number at toks[i], its unit at toks[j], is an
// age rather than experience: an age word around it and no word of
// experience after it ("j'ai 3 ans d'expérience" is experience).
func anAge(toks []string, i, j int) bool {
	if j+1 < len(toks) && ageAfter[toks[j+1]] {
		return true
	}
	if i == 0 || !ageBefore[toks[i-1]] {
		return false
	}
	for _, t := range toks[j+1 : min(len(toks), j+4)] {
		if strings.HasPrefix(t, "experience") || t == "خبرة" || t == "تجربة" || t == "d" || t == "of" {
			return false
		}
	}
	return true
}
