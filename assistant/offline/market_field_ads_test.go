package offline

import (
	"testing"

	"github.com/marsad/marsad/tools"
)

// TestAdsInAFieldOrForAPluralFindTheOccupation: ads asked in a field of
// work ("في مجال التمريض", "dans le domaine de la soudure") search that
// trade's occupation, as trainings in it do; an Arabic construct plural
// ("أمناء الصندوق", "سائقي الشاحنات") names its occupation.
func TestAdsInAFieldOrForAPluralFindTheOccupation(t *testing.T) {
	cases := []struct{ msg, tool, code string }{
		{"أبحث عن عروض عمل في مجال التمريض بمدينة وجدة", tools.NameSearchJobAds, "2221"},
		{"هل توجد إعلانات توظيف لأمناء الصندوق في الدار البيضاء؟", tools.NameSearchJobAds, "5230"},
		{"عروض عمل في مجال السباكة بطنجة", tools.NameSearchJobAds, "7126"},
		{"des offres d'emploi dans le domaine de la soudure à Tanger ?", tools.NameSearchJobAds, "7212"},
		{"job offers in plumbing in Rabat", tools.NameSearchJobAds, "7126"},
		{"job offers in the field of nursing in Oujda", tools.NameSearchJobAds, "2221"},
		{"je cherche un emploi dans le domaine de la coiffure à Fès", tools.NameSearchJobAds, "5141"},
		{"كاين شي خدمة ف مجال التمريض ف وجدة؟", tools.NameSearchJobAds, "2221"},
		{"عروض عمل في مجال النجارة بفاس", tools.NameSearchJobAds, "7115"},
		{"أبحث عن عمل في مجال الحلاقة بالرباط", tools.NameSearchJobAds, "5141"},
		{"kayn chi khedma f majal dyal tamrid f wjda?", tools.NameSearchJobAds, "2221"},
		{"هل توجد إعلانات توظيف لأمناء الصناديق في فاس؟", tools.NameSearchJobAds, "5230"},
		{"كاين شي خدمة ف الخياطة ف طنجة؟", tools.NameSearchJobAds, "8153"},
		{"kayn chi khedma f soudure f casa?", tools.NameSearchJobAds, "7212"},
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
		if got.tool != tools.NameSearchJobAds || got.code != c.code {
			t.Errorf("%q: tool %q, code %q; want %q, %q", c.msg, got.tool, got.code, tools.NameSearchJobAds, c.code)
		}
	}
}
