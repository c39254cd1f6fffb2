package lang

import (
	"slices"
	"testing"
)

func TestRankingIntents(t *testing.T) {
	checkPresence(t, []presenceCase{
		{"ina region fiha bitala ktar?", []string{compare, unempRate}, []string{lowest}},
		{"ach mn region fiha chomage kter f 2024", []string{compare, unempRate}, []string{lowest}},
		{"achmen jiha fiha a9al chomage?", []string{compare, lowest, unempRate}, nil},
		{"chmen jiha li fiha bitala kbira", []string{compare}, []string{lowest}},
		{"chkoun 3ndo bitala ktar, rjal wla 3yalat?", []string{compare, "sex:male", "sex:female"}, nil},
		{"fin kter chomage f lmghrib?", []string{compare}, nil},
		{"fin ktar lbitala", []string{compare}, nil},
		{"akbar nisbat bitala f ina mdina?", []string{compare}, []string{lowest}},
		{"ina jiha fiha bitala 9lila?", []string{compare, lowest}, nil},
		{"فين كتر الشوماج ف 2024؟", []string{compare}, []string{lowest}},
		{"فين قل الشوماج؟", []string{compare, lowest}, nil},
		{"أي جهة عرفت أقل معدل بطالة؟", []string{compare, lowest, unempRate}, nil},
		{"ترتيب الجهات حسب معدل النشاط", []string{compare, actRate}, nil},
		{"أعلى معدل بطالة في الجهات", []string{compare}, []string{lowest}},
		{"quelle région a le taux de chômage le plus faible ?", []string{compare, lowest}, nil},
		{"la région où le chômage est le moins élevé", []string{compare, lowest}, nil},
		{"classement des régions par taux d'emploi", []string{compare, emplRate}, nil},
		{"which region has the lowest unemployment rate?", []string{compare, lowest}, nil},
		{"top regions by unemployment in 2024", []string{compare}, []string{lowest}},
		{"where is unemployment the highest", []string{compare}, []string{lowest}},
		{"where is youth unemployment least severe", []string{compare, lowest}, nil},
		{"chomage f lmdon wla f l3roubiya", []string{compare, "area:urban", "area:rural"}, nil},
		{"le chômage des hommes ou des femmes", []string{compare}, nil},
		{"البطالة عند الرجال ولا العيالات", []string{compare}, nil},
		{"unemployment in Tangier or Fez", []string{compare}, nil},
		{"casa wla rbat, fin kayn chomage ktar?", []string{compare}, nil},
		{"بكازا ولا بالرباط", []string{compare}, nil},

		{"lkhedma 9lila f casa", nil, []string{compare, lowest}},
		{"أكثر من 2000 شخص فقدو الخدمة", nil, []string{compare}},
		{"a9al mn 25 3am", nil, []string{compare, lowest}},
		{"au moins 2 ans d'expérience", nil, []string{compare, lowest}},
		{"at least 3 years of experience", nil, []string{compare, lowest}},
		{"تجربة سنة على الأقل", nil, []string{compare, lowest}},
		{"الحد الأدنى للأجور", nil, []string{compare, lowest}},
		{"bghit nkhdem fermli wla trissian", nil, []string{compare}},
		{"stage wla cdd", nil, []string{compare}},
		{"rjal o 3yalat", nil, []string{compare}},
		{"bghit nkhdem ktar", nil, []string{compare}},
		{"CDI ou CDD", nil, []string{compare}},
		{"lmdina lkbira", nil, []string{compare}},
	})
}

// TestLowestComesWithCompare checks that every word asking for the lowest
// reports compare first, on the same surface.
func TestLowestComesWithCompare(t *testing.T) {
	for _, text := range []string{"a9al chomage", "le plus faible", "أدنى معدل", "the lowest rate", "فين قل"} {
		ms := FindConcepts(text)
		i := slices.IndexFunc(ms, func(m ConceptMatch) bool { return m.Concept == Concept{KindIntent, "lowest"} })
		if i < 1 || ms[i-1].Concept != (Concept{KindIntent, "compare"}) || ms[i-1].Surface != ms[i].Surface {
			t.Errorf("FindConcepts(%q) = %+v, want compare then lowest on one surface", text, ms)
		}
	}
}
