package match

import (
	"strings"

	"github.com/marsad/marsad/retrieval/lang"
)

// Levels are the education levels a profile and an occupation are read
// as, lowest first (the levels ingestion reads job ads' education as).
var Levels = []string{"none", "primary", "lower_secondary", "vocational", "bac", "bac+2", "bac+3", "bac+5", "doctorate"}

// levelWords lists the phrases that name each level, in lang.Normalize
// form, compared as whole words. Each script is there: Darija writes the
// French names in Arabic letters (ليسانس) and in Arabizi (lisans).
var levelWords = [][]string{
	{"sans diplome", "aucun diplome", "sans diplome exige", "bla diplome", "bla diplom", "ma 3andi diplome", "ma3ndich diplome", "بدون شهادة", "بلا ديبلوم", "بلا شهادة", "ماعنديش ديبلوم", "no diploma", "no degree", "without diploma"},
	{"primaire", "niveau primaire", "ابتدائي", "الابتدائي", "primary school", "ibtida2i", "lbtida2i"},
	{"college", "niveau college", "9eme", "collegial", "إعدادي", "الإعدادي", "اعدادي", "الاعدادي", "college level", "middle school", "i3dadi", "l3dadi", "lcollege"},
	{"qualification", "qualification professionnelle", "technicien", "diplome de technicien", "cap", "apprentissage", "formation professionnelle",
		"تأهيل مهني", "التأهيل المهني", "دبلوم تقني", "تقني", "التكوين المهني", "تكوين مهني", "technician", "vocational", "ta9ni", "taahil", "takwin mihani", "tkwin mihani"},
	{"bac", "baccalaureat", "niveau bac", "bac scientifique", "bac sciences", "باكالوريا", "البكالوريا", "بكالوريا", "الباك", "الباكالوريا", "باك", "lbac", "lbak", "high school diploma", "baccalaureate"},
	{"bac 2", "bts", "dut", "deug", "dts", "technicien specialise", "ts", "ofppt ts", "باك 2", "دبلوم تقني متخصص", "تقني متخصص", "التقني المتخصص", "ta9ni moutakhassis", "ta9ni mtakhasses", "associate degree"},
	{"bac 3", "bac 4", "licence", "licence professionnelle", "bachelor", "bachelors", "bsc", "b sc", "إجازة", "الإجازة", "اجازة", "الاجازة", "ليسانس", "لسانس", "lisans", "licanse", "lissans", "ijaza", "مجاز", "مجازة", "حاصل على الإجازة"},
	{"bac 5", "bac 6", "master", "mastere", "ingenieur", "ingenieur d etat", "diplome d ingenieur", "mba", "msc", "m sc", "masters", "ماستر", "الماستر", "مهندس", "مهندس دولة", "ماجستير", "engineer", "engineering degree", "lmaster", "mohandis", "ingenieur d etat"},
	{"doctorat", "phd", "doctorate", "docteur en", "doctor of", "دكتوراه", "الدكتوراه", "دكتوراة", "doctora"},
}

// levelPhrases are levelWords as padded normal forms (" bac 2 "), so that
// a phrase is found as whole words by a substring search.
var levelPhrases = func() [][]string {
	out := make([][]string, len(levelWords))
	for i, ws := range levelWords {
		for _, w := range ws {
			out[i] = append(out[i], " "+lang.Normalize(w)+" ")
		}
	}
	return out
}()

// levelsIn returns the indexes in Levels of the levels text names, lowest
// first, each once. "bac" inside "bac 2" counts only as bac+2.
func levelsIn(text string) []int {
	norm := " " + lang.Normalize(text) + " "
	var found []int
	for i := len(levelPhrases) - 1; i >= 0; i-- {
		for _, p := range levelPhrases[i] {
			if k := strings.Index(norm, p); k >= 0 {
				found = append(found, i)
				// blank it so that a lower level does not read it again
				norm = norm[:k] + strings.Repeat(" ", len(p)-1) + norm[k+len(p)-1:]
				break
			}
		}
	}
	for i, j := 0, len(found)-1; i < j; i, j = i+1, j-1 {
		found[i], found[j] = found[j], found[i]
	}
	return found
}

// levelRange returns the lowest and highest level an occupation's
// education text names, -1, -1 when it names none.
func levelRange(education string) (int, int) {
	ls := levelsIn(education)
	if len(ls) == 0 {
		return -1, -1
	}
	return ls[0], ls[len(ls)-1]
}

// levelFit is how well a person's level fits an occupation's range, in
// [0,1]: 1 within it, a large step down per level below (the person
// lacks the diploma), a smaller one per level above (overqualified).
func levelFit(person, lo, hi int) float64 {
	switch {
	case person < 0 || lo < 0:
		return 0.5
	case person < lo:
		return max(0, 1-0.3*float64(lo-person))
	case person > hi:
		return max(0, 1-0.12*float64(person-hi))
	}
	return 1
}
