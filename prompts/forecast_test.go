package prompts

import (
	"strings"
	"testing"
)

// forecastFixtures are the forecast_demand answers: one occupation, one
// asked for a year beyond the horizon, a ranking asked for more months
// than Marsad forecasts (with a fallback row), and a too-short history.
func forecastFixtures() map[string]any {
	base := ForecastView{Place: "dans la région Casablanca-Settat", Asked: "Casablanca", Months: "6", From: "novembre 2025", To: "avril 2026",
		HistoryFrom: "janvier 2019", HistoryTo: "octobre 2025", Kind: "projection (pas un constat)", Coverage: "80 %", MaxMonths: "12", TrendMonths: "12"}
	one := base
	one.Occupation = "Infirmier"
	one.Points = []ForecastPoint{{Period: "novembre 2025", Value: "37", Lo: "28", Hi: "48"}, {Period: "décembre 2025", Value: "38", Lo: "29", Hi: "51"}}
	one.Method, one.SMAPE, one.MASE = "holt_winters", "13,3 %", "0,53"
	one.Change, one.Rising, one.Next, one.YearBefore, one.PrevFrom, one.PrevTo = "+0,4 %", true, "244", "243", "novembre 2024", "avril 2025"
	beyond := one
	beyond.AskedYear, beyond.Trend, beyond.TrendFrom, beyond.Method, beyond.Fallback, beyond.Change, beyond.Rising = "2030", "-1,2 %", "novembre 2024", "seasonal_naive", true, "", false
	rank := base
	rank.Place, rank.Asked, rank.AskedMonths, rank.Months = "au Maroc", "", "24", "12"
	rank.Rows = []ForecastRankRow{{Rank: 1, Name: "Plombier", Change: "+15,3 %", Rising: true, SMAPE: "14,7 %"},
		{Rank: 2, Name: "Soudeur", Change: "-2,1 %", Falling: true, SMAPE: "9,8 %", Fallback: true}}
	rank.Ranked, rank.NoForecast = "75", "2"
	rankBeyond := rank
	rankBeyond.AskedYear, rankBeyond.AskedMonths = "2030", ""
	rankBeyond.Rows = []ForecastRankRow{{Rank: 1, Name: "Plombier", Change: "+15,3 %", Rising: true, SMAPE: "14,7 %", Trend: "+4,2 %"},
		{Rank: 2, Name: "Soudeur", Change: "-2,1 %", Falling: true, SMAPE: "9,8 %", Fallback: true, Trend: "-0,5 %"}}
	short := base
	short.Occupation, short.TooShort, short.Found, short.Needed = "Cuisinier", true, "20", "36"
	return map[string]any{"forecast_demand": one, "forecast_demand-beyond": beyond, "forecast_demand-ranking": rank,
		"forecast_demand-ranking-beyond": rankBeyond, "forecast_demand-short": short}
}

func TestForecastGolden(t *testing.T) {
	checkGolden(t, forecastFixtures())
	checkGolden(t, map[string]any{"forecast_skills": nil})
}

// The answer to skills of a time to come says Marsad does not know them
// (an unknown answer, which the question sets check as such) and writes
// no number.
func TestForecastSkillsIsAnUnknownAnswer(t *testing.T) {
	for _, l := range Languages {
		got, err := Render("forecast_skills", l, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !SaysUnknown(l, got) {
			t.Errorf("%s: %q holds no phrase of UnknownPhrases", l, got)
		}
		if i := strings.IndexAny(got, "0123456789٠١٢٣٤٥٦٧٨٩"); i >= 0 && !inArabiziWord(got, i) {
			t.Errorf("%s writes a digit at %q", l, got[max(0, i-20):min(len(got), i+20)])
		}
	}
}

// The forecast templates add no number of their own: the interval's
// coverage and the horizons come from the data too.
func TestForecastTemplatesWriteNoDigit(t *testing.T) {
	r := strings.NewReplacer("0", "x", "1", "x", "2", "x", "3", "x", "4", "x", "5", "x", "6", "x", "7", "x", "8", "x", "9", "x")
	for _, l := range Languages {
		for name, data := range forecastFixtures() {
			v := data.(ForecastView)
			for _, s := range []*string{&v.Months, &v.From, &v.To, &v.SMAPE, &v.MASE, &v.Change, &v.Next, &v.YearBefore, &v.PrevFrom, &v.PrevTo,
				&v.Trend, &v.TrendFrom, &v.HistoryFrom, &v.HistoryTo, &v.AskedYear, &v.AskedMonths, &v.Found, &v.Needed, &v.Ranked,
				&v.NoForecast, &v.Coverage, &v.MaxMonths, &v.TrendMonths} {
				*s = r.Replace(*s)
			}
			v.Points, v.Rows = nil, nil
			got, err := Render("forecast_demand", l, v)
			if err != nil {
				t.Fatal(err)
			}
			got = strings.NewReplacer("sMAPE", "", "MASE", "").Replace(got)
			if i := strings.IndexAny(got, "0123456789٠١٢٣٤٥٦٧٨٩"); i >= 0 && !inArabiziWord(got, i) {
				t.Errorf("%s/%s writes a digit of its own at %q", l, name, got[max(0, i-20):min(len(got), i+20)])
			}
		}
	}
}
