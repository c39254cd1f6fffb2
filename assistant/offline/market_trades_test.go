package offline

import (
	"testing"

	"github.com/marsad/marsad/tools"
)

// TestTradesInDemandAskTheRanking: trades and craftsmen (حرفة، الحرفيين،
// l7irfa, l7irfiyin, 7rayfiya, artisans, crafts) with words of demand or
// of much work ("فيها الخدمة بزاف", "fiha lkhdma bzaf", "matloubin bzf")
// ask the ranking of occupations, in the five languages; said of an
// occupation they ask its profile; "a lot of" an indicator asks the
// indicator.
func TestTradesInDemandAskTheRanking(t *testing.T) {
	cases := []struct{ msg, tool, region string }{
		{"اشمن حرفة فيها الخدمة بزاف ف طنجة؟", tools.NameTopOccupations, "MA-01"},
		{"الحرفيين لي مطلوبين بزاف ف كازا شكون هوما؟", tools.NameTopOccupations, "MA-06"},
		{"ما هي الحرف الأكثر طلبا في فاس؟", tools.NameTopOccupations, "MA-03"},
		{"ما هي الحرف التي عليها الطلب في مراكش؟", tools.NameTopOccupations, "MA-07"},
		{"chno hiya l7irfa li fiha lkhdma bzaf f agadir?", tools.NameTopOccupations, "MA-09"},
		{"l7rayfiya li matloubin bzf f marrakech", tools.NameTopOccupations, "MA-07"},
		{"ina 7irfa fiha lkhdma ktar f tanja?", tools.NameTopOccupations, "MA-01"},
		{"quels sont les artisans les plus demandés à Fès ?", tools.NameTopOccupations, "MA-03"},
		{"which crafts are most in demand in Marrakech?", tools.NameTopOccupations, "MA-07"},
		// of an occupation: its profile; of an indicator: the indicator
		{"wach lplombi fih lkhdma bzaf?", tools.NameOccupationProfile, ""},
		{"الحرفة ديال النجار واش فيها الخدمة بزاف؟", tools.NameOccupationProfile, ""},
		{"ina jiha fiha bzaf dyal chomage?", "", ""},
	}
	for _, c := range cases {
		q, got := routeAlone(c.msg)
		if got.tool != c.tool || q.region() != c.region {
			t.Errorf("%q: tool %q, region %q; want %q, %q", c.msg, got.tool, q.region(), c.tool, c.region)
		}
	}
}
