package ingest

import (
	"slices"
	"strconv"
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
)

// EducationLevels are the levels an ad's education is read as, lowest
// first.
var EducationLevels = []string{"none", "primary", "lower_secondary", "vocational", "bac", "bac+2", "bac+3", "bac+5", "doctorate"}

// educationWords lists, highest level first, the phrases that name each
// level (compared in lang.Normalize form, as whole words). The first
// level found wins, so "Technicien spécialisé" is bac+2 before
// "technicien" is vocational.
var educationWords = []struct {
	level   string
	phrases phrases
}{
	{"doctorate", words("doctorat", "phd", "bac 7", "bac 8", "دكتوراه")},
	{"bac+5", words("bac 5", "bac 4 5", "master", "mastere", "ingenieur", "ingenieur d etat", "diplome d ingenieur", "ecole d ingenieurs", "msc", "mba", "باك 5", "ماستر", "مهندس", "دبلوم مهندس دولة")},
	{"bac+3", words("bac 3", "bac 3 4", "bac 4", "licence", "licence professionnelle", "bachelor", "إجازة", "الاجازة", "اجازه", "الاجازه", "باك 3")},
	{"bac+2", words("bac 2", "bts", "dut", "dts", "deug", "technicien specialise", "ts", "ofppt ts", "باك 2", "دبلوم تقني متخصص", "دبلوم التقني المتخصص", "تقني متخصص")},
	{"vocational", words("technicien", "qualification professionnelle", "qualification", "ofppt", "diplome professionnel", "cap", "formation professionnelle",
		"دبلوم التكوين المهني", "دبلوم التأهيل المهني", "دبلوم تقني", "التكوين المهني", "تأهيل مهني")},
	{"bac", words("bac", "baccalaureat", "niveau bac", "الباكالوريا", "باكالوريا", "بكالوريا", "الباك")},
	{"lower_secondary", words("college", "9eme", "9eme af", "3eme annee college", "niveau college", "collegial", "إعدادي", "الإعدادي", "اعدادي", "الاعدادي")},
	{"primary", words("primaire", "niveau primaire", "ابتدائي", "الابتدائي")},
	{"none", words("sans diplome", "aucun diplome", "non exige", "sans condition", "sans niveau", "بدون شهادة", "لا يشترط", "بدون مستوى")},
}

// parseEducation returns the level an education text names, "" when none.
func parseEducation(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	norm := lang.Normalize(s)
	for _, e := range educationWords {
		if hasAny(norm, e.phrases) {
			return e.level
		}
	}
	return ""
}

// beginnerWords name experience not required.
var beginnerWords = words("debutant", "debutants", "debutante", "debutantes", "debutant e s", "debutant e", "sans experience", "jeune diplome", "jeunes diplomes",
	"premiere experience", "aucune experience", "no experience", "entry level", "junior", "بدون تجربة", "المبتدئون", "المبتدئين", "بلا تجربة", "مبتدئ")

var oneYearWords = words("سنة", "عام")

var (
	yearWords  = []string{"an", "ans", "annee", "annees", "year", "years", "yr", "yrs", "سنة", "سنه", "سنوات", "سنين", "عام", "اعوام", "أعوام"}
	monthWords = []string{"mois", "month", "months", "اشهر", "أشهر", "شهور", "شهر"}
)

// maxExperience is the most years of experience an ad is believed to
// ask: a career. A larger number is a typo, read as no experience stated.
const maxExperience = 45

// parseExperience returns the minimum years of experience a text asks
// for: the first number followed (directly or after a range "2 à 5",
// "5-10") by a unit of years, 0 for months only or a beginner's wording;
// Arabic duals count as two (سنتين). It reports false when it reads none,
// or a number past maxExperience years.
func parseExperience(s string) (int, bool) {
	toks := lang.Tokens(asciiDigits(s))
	for i, t := range toks {
		n, err := strconv.Atoi(t)
		if err != nil {
			if t == "سنتين" || t == "سنتان" {
				return 2, true
			}
			continue
		}
		years := -1
		switch unitAfter(toks[i+1:]) {
		case "year":
			years = n
		case "month":
			years = n / 12
		}
		if years > maxExperience {
			return 0, false
		}
		if years >= 0 {
			return years, true
		}
	}
	norm := strings.Join(toks, " ")
	if hasAny(norm, beginnerWords) {
		return 0, true
	}
	if hasAny(norm, oneYearWords) {
		return 1, true
	}
	return 0, false
}

// unitAfter returns "year" or "month" when the tokens after a number name
// that unit, skipping a range's second bound ("a 5", "5", "et").
func unitAfter(toks []string) string {
	for i := 0; i < len(toks) && i < 3; i++ {
		t := toks[i]
		switch {
		case slices.Contains(yearWords, t):
			return "year"
		case slices.Contains(monthWords, t):
			return "month"
		case slices.Contains([]string{"a", "et", "to", "ou", "الى", "و"}, t) || isNumber(t):
			continue
		default:
			return ""
		}
	}
	return ""
}

func isNumber(t string) bool {
	_, err := strconv.Atoi(t)
	return err == nil
}
