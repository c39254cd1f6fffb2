package offline

import "testing"

// TestAdsInAFieldOrForAPluralFindTheOccupation: ads asked in a field of
// work ("في مجال التمريض", "dans le domaine de la soudure") search that
// trade's occupation, as trainings in it do; an Arabic construct plural
// ("أمناء الصندوق", "سائقي الشاحنات") names its occupation.
func TestAdsInAFieldOrForAPluralFindTheOccupation(t *testing.T) {
	cases := []struct{ msg, tool, code string }{
		{"أبحث عن عروض عمل في مجال التمريض بمدينة وجدة", toolJobAds, "2221"},
		{"هل توجد إعلانات توظيف لأمناء الصندوق في الدار البيضاء؟", toolJobAds, "5230"},
		{"عروض عمل في مجال السباكة بطنجة", toolJobAds, "7126"},
		{"des offres d'emploi dans le domaine de la soudure à Tanger ?", toolJobAds, "7212"},
		{"job offers in plumbing in Rabat", toolJobAds, "7126"},
		{"job offers in the field of nursing in Oujda", toolJobAds, "2221"},
		{"je cherche un emploi dans le domaine de la coiffure à Fès", toolJobAds, "5141"},
		{"كاين شي خدمة ف مجال التمريض ف وجدة؟", toolJobAds, "2221"},
		{"عروض عمل في مجال النجارة بفاس", toolJobAds, "7115"},
		{"أبحث عن عمل في مجال الحلاقة بالرباط", toolJobAds, "5141"},
		{"kayn chi khedma f majal dyal tamrid f wjda?", toolJobAds, "2221"},
		{"هل توجد إعلانات توظيف لأمناء الصناديق في فاس؟", toolJobAds, "5230"},
		{"كاين شي خدمة ف الخياطة ف طنجة؟", toolJobAds, "8153"},
		{"kayn chi khedma f soudure f casa?", toolJobAds, "7212"},
	}
	for _, c := range cases {
		_, got := routeAlone(c.msg)
		if got.tool != c.tool || got.code != c.code {
			t.Errorf("%q: tool %q, code %q; want %q, %q", c.msg, got.tool, got.code, c.tool, c.code)
		}
	}
}

// TestArabicConstructPluralNamesItsOccupation: the construct plural drops
// the ن of its sound plural ("سائقي الشاحنات", "لمهندسي", "عاملي").
func TestArabicConstructPluralNamesItsOccupation(t *testing.T) {
	cases := []struct{ msg, code string }{
		{"هل توجد عروض عمل لسائقي الشاحنات في طنجة؟", "8332"},
		{"أبحث عن إعلانات توظيف لمحاسبي الشركات في الرباط", "2411"},
		{"عروض عمل لممرضي المستعجلات في فاس", "2221"},
	}
	for _, c := range cases {
		_, got := routeAlone(c.msg)
		if got.tool != toolJobAds || got.code != c.code {
			t.Errorf("%q: tool %q, code %q; want %q, %q", c.msg, got.tool, got.code, toolJobAds, c.code)
		}
	}
}
