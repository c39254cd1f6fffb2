package lang

import (
	"fmt"
	"slices"
	"testing"
)

// freshCase is a sentence written after the fixes, mixing the kinds of
// gaps: what Analyze must find ("kind:value", "P:code", "T:year/quarter")
// and what it must not.
type freshCase struct {
	text      string
	want, not []string
}

var freshCases = []freshCase{
	{"ch7al mn postes tkhl9o f sina3a f trimestre talet 2024?", []string{netJobs, "sector:industry", "T:2024/3"}, []string{lowest}},
	{"achmen jiha fiha a9al nisbat lbitala 3nd drari bin 15 w 24 3am?", []string{compare, lowest, unempRate, "age:15-24"}, nil},
	{"شحال من واحد ما عندوش الخدمة فالدار البيضاء فالفصل التاني ديال 2025؟", []string{unemployed, "P:casablanca", "T:2025/2"}, []string{unempRate}},
	{"Quelle région a le taux d'activité le plus bas chez les femmes de 25 à 34 ans ?", []string{compare, lowest, actRate, "sex:female", "age:25-34"}, nil},
	{"unemplyment rate among people aged 35 to 44 in Marakech", []string{unempRate, "age:35-44", "P:marrakech"}, nil},
	{"النشاط عند العيالات فالعروبية ولا فالمدن؟", []string{actRate, "sex:female", "area:rural", "area:urban", compare}, nil},
	{"fin kter chomage, f tanja wla f fes?", []string{compare, unempRate, "P:tanger", "P:fes"}, []string{lowest}},
	{"nisbat li khdamin f lmghrib f trim lowel 2023", []string{emplRate, "P:MA", "T:2023/1"}, []string{unemployed}},
	{"combien d'emplois ont été créés dans l'industrie au 4e trimestre 2024 ?", []string{netJobs, "sector:industry", "T:2024/4"}, nil},
	{"الخدمات اللي ضاعت فالفلاحة فالربع التالت ديال العام اللي فات", []string{netJobs, "sector:agriculture", "T:-1/3"}, nil},
	{"which region had the fewest jobless people in 2022?", []string{compare, lowest, unemployed, "T:2022/0"}, nil},
	{"lkhdamat jdad f casa settat had l3am", []string{netJobs, "P:MA-06", "T:-2/0"}, []string{"sector:services"}},
	{"taux de chomag des 45 ans et plus en milieu rural", []string{unempRate, "age:45+", "area:rural"}, nil},
	{"شحال من خدمة تخلقات فالبني بين 2020 و 2024؟", []string{netJobs, "sector:construction", "T:2020/0", "T:2024/0"}, nil},
	{"ina mdina fiha bitala 9lila?", []string{compare, lowest, unempRate}, nil},
	{"sousemploi f l3roubiya 3nd rjal wla 3yalat", []string{"indicator:underemployment_rate", "area:rural", "sex:male", "sex:female", compare}, nil},
	{"how many jobs were lost in construction in Q2 2020?", []string{netJobs, "sector:construction", "T:2020/2"}, nil},
	{"نسبة الناس اللي خدامين فجهة سوس ماسة", []string{emplRate, "P:MA-09"}, []string{unemployed}},
	{"drari li ma3ndhomch lkhedma f oujda, ch7al?", []string{unemployed, "age:15-24", "P:oujda"}, nil},
	{"le chômage a-t-il baissé pour les 25-34 ans à Agadir ou à Tanger ?", []string{unempRate, "age:25-34", compare, "P:agadir", "P:tanger"}, nil},
}

func analysisKeys(text string) []string {
	a := Analyze(text)
	var out []string
	for _, m := range a.Concepts {
		out = append(out, m.Concept.Kind+":"+m.Concept.Value)
	}
	for _, p := range a.Places {
		out = append(out, "P:"+p.Place.Code)
	}
	for _, p := range a.Periods {
		out = append(out, fmt.Sprintf("T:%d/%d", p.Year, p.Quarter))
	}
	return out
}

func TestFreshMixedSentences(t *testing.T) {
	passed := 0
	for _, c := range freshCases {
		got := analysisKeys(c.text)
		ok := true
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				ok = false
				t.Errorf("Analyze(%q) = %v, want %s among them", c.text, got, w)
			}
		}
		for _, n := range c.not {
			if slices.Contains(got, n) {
				ok = false
				t.Errorf("Analyze(%q) = %v, want no %s", c.text, got, n)
			}
		}
		if ok {
			passed++
		}
	}
	t.Logf("%d/%d fresh sentences pass", passed, len(freshCases))
}
