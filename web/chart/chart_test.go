package chart

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/marsad/marsad/assistant"
	"github.com/marsad/marsad/prompts"
	"github.com/marsad/marsad/retrieval/lang"
	"github.com/marsad/marsad/tools"
)

// onlyChart returns the one chart of a turn and its parsed SVG.
func onlyChart(t *testing.T, turn assistant.Turn, store *Store) (assistant.Chart, svgDoc) {
	t.Helper()
	if len(turn.Charts) != 1 {
		t.Fatalf("%q: %d charts, want 1: %+v", turn.Question, len(turn.Charts), turn.Charts)
	}
	c := turn.Charts[0]
	b, err := store.Read(strings.TrimPrefix(c.URL, URLPrefix))
	if err != nil {
		t.Fatalf("chart %s: %v", c.URL, err)
	}
	return c, mustParse(t, b)
}

func resultOf[T any](t *testing.T, turn assistant.Turn, tool string) T {
	t.Helper()
	for _, call := range turn.ToolCalls {
		if call.Name == tool && call.Result != nil {
			d, err := tools.DataAs[T](*call.Result)
			if err != nil {
				t.Fatal(err)
			}
			return d
		}
	}
	t.Fatalf("%q called no %s: %+v", turn.Question, tool, turn.ToolCalls)
	var zero T
	return zero
}

func TestSeriesQuestionGivesALineOfItsYearsWithItsBreaks(t *testing.T) {
	turn, store := ask(t, "taux de chômage au Maroc 2015-2023")
	c, svg := onlyChart(t, turn, store)
	if c.Title != "Taux de chômage au Maroc" || svg.Title != c.Title {
		t.Errorf("title %q (SVG %q)", c.Title, svg.Title)
	}
	if !strings.Contains(c.Caption, "HCP") || !strings.Contains(c.Caption, "de 2015 à 2023") {
		t.Errorf("caption %q, want the publisher and the period", c.Caption)
	}
	var years []tools.Observation
	for _, o := range resultOf[tools.SeriesResult](t, turn, "indicator_series").Observations {
		if tools.PeriodFrequency(o.Period) == tools.FreqAnnual {
			years = append(years, o)
		}
	}
	if len(years) != 9 || len(c.Table.Rows) != len(years) || strings.Join(c.Table.Columns, "|") != "Période|Valeur" {
		t.Fatalf("table %+v, want the %d years of the tool result", c.Table, len(years))
	}
	for i, o := range years {
		want := []string{o.Period, prompts.Value("fr", o.Value, o.Unit)}
		if strings.Join(c.Table.Rows[i], "|") != strings.Join(want, "|") {
			t.Errorf("row %d = %v, want %v", i, c.Table.Rows[i], want)
		}
		if !strings.Contains(turn.Answer, want[1]) {
			t.Errorf("the answer does not write %q as the table does", want[1])
		}
	}
	// 2015-2016 | 2017 reform | 2017-2018 (2018 read before the 2019
	// revision: hollow) | revision | 2019-2023.
	dashed, hollow := 0, 0
	for _, l := range svg.Lines {
		if l.Dash != "" {
			dashed++
		}
	}
	for _, c := range svg.Circles {
		if c.Fill == "#ffffff" {
			hollow++
		}
	}
	if len(svg.Polylines) != 3 || dashed != 2 || hollow != 1 || len(svg.Circles) != 9 {
		t.Errorf("%d segments, %d break rules, %d hollow of %d dots; want 3, 2, 1 of 9", len(svg.Polylines), dashed, hollow, len(svg.Circles))
	}
	if svg.Direction != "ltr" || svg.textX(t, "2015") >= svg.textX(t, "2023") {
		t.Errorf("French chart: direction %q, 2015 at %v, 2023 at %v; want left to right", svg.Direction, svg.textX(t, "2015"), svg.textX(t, "2023"))
	}
}

func TestArabicSeriesReadsFromTheRight(t *testing.T) {
	turn, store := ask(t, "تطور معدل البطالة في المغرب من 2015 إلى 2023")
	c, svg := onlyChart(t, turn, store)
	if turn.Lang != "ar" || !strings.Contains(c.Title, "معدل البطالة") || svg.Title != c.Title {
		t.Errorf("lang %s title %q (SVG %q), want the Arabic name", turn.Lang, c.Title, svg.Title)
	}
	if svg.Direction != "rtl" || svg.Lang != "ar" {
		t.Errorf("direction %q lang %q, want rtl ar", svg.Direction, svg.Lang)
	}
	if first, last := svg.textX(t, "2015"), svg.textX(t, "2023"); first <= last {
		t.Errorf("2015 at x=%v, 2023 at x=%v: want the first year on the right", first, last)
	}
	if !strings.Contains(c.Caption, "المصدر") || !strings.Contains(c.Caption, "من 2015 إلى 2023") {
		t.Errorf("caption %q, want an Arabic source line and period", c.Caption)
	}
	if c.Table.Columns[0] != "الفترة" || c.Table.Rows[0][0] != "2015" || c.Table.Rows[0][1] != "9,7%" {
		t.Errorf("table %+v, want Arabic headers, oldest first, values as the answer writes them", c.Table)
	}
}

func TestRegionComparisonInArabicIsRankedBarsFromTheRight(t *testing.T) {
	turn, store := ask(t, "معدل البطالة حسب الجهات")
	c, svg := onlyChart(t, turn, store)
	if !strings.Contains(c.Title, "معدل البطالة حسب الجهات") || svg.Title != c.Title {
		t.Errorf("title %q (SVG %q)", c.Title, svg.Title)
	}
	rows := resultOf[tools.CompareResult](t, turn, "compare_indicator").Rows
	if len(c.Table.Rows) != len(rows) || c.Table.Columns[0] != "الجهة" {
		t.Fatalf("table %+v, want %d regions", c.Table, len(rows))
	}
	for i, r := range rows {
		if name := lang.RegionName(r.Geo, lang.Arabic); c.Table.Rows[i][0] != name {
			t.Errorf("row %d names %q, want %q (the tool's rank)", i, c.Table.Rows[i][0], name)
		}
	}
	xs, ws := svg.bars()
	if len(xs) != len(rows) {
		t.Fatalf("%d bars, want %d", len(xs), len(rows))
	}
	w := svg.width(t)
	for i := range xs {
		// Bars grow leftwards from one baseline right of the middle, the
		// longest first, the region names on their right.
		if end := xs[i] + ws[i]; end <= w/2 || math.Abs(end-(xs[0]+ws[0])) > 0.01 || (i > 0 && ws[i] > ws[i-1]) {
			t.Errorf("bar %d spans %v..%v; want right-aligned bars, longest first", i, xs[i], end)
		}
		if x := svg.textX(t, c.Table.Rows[i][0]); x <= xs[i]+ws[i] {
			t.Errorf("label of bar %d at x=%v, left of its bar's end %v", i, x, xs[i]+ws[i])
		}
	}
}

func TestWomenAgainstMenIsABarChart(t *testing.T) {
	turn, store := ask(t, "chômage des femmes vs hommes")
	c, svg := onlyChart(t, turn, store)
	if len(c.Table.Rows) != 2 || c.Table.Rows[0][0] != "Femmes" || c.Table.Rows[1][0] != "Hommes" || c.Table.Columns[0] != "Sexe" {
		t.Errorf("table %+v, want women then men", c.Table)
	}
	if xs, _ := svg.bars(); len(xs) != 2 || !strings.Contains(c.Title, "par sexe") {
		t.Errorf("%d bars, title %q", len(xs), c.Title)
	}
}

func TestJobAdRankingSaysItCountsAds(t *testing.T) {
	turn, store := ask(t, "Quels sont les métiers les plus demandés à Tanger ?")
	c, svg := onlyChart(t, turn, store)
	rows := resultOf[tools.TopOccupationsResult](t, turn, "top_occupations").Rows
	if len(c.Table.Rows) != len(rows) || len(c.Table.Columns) != 3 || c.Table.Rows[0][0] != rows[0].Name {
		t.Errorf("table %+v, want the %d occupations with ads and share", c.Table, len(rows))
	}
	if !strings.Contains(c.Caption, "décompte d'offres d'emploi") || !strings.Contains(c.Title, "Tanger") {
		t.Errorf("title %q caption %q", c.Title, c.Caption)
	}
	if xs, _ := svg.bars(); len(xs) != len(rows) {
		t.Errorf("%d bars, want %d", len(xs), len(rows))
	}
}

func TestOccupationDemandTrendIsALine(t *testing.T) {
	turn, store := ask(t, "c'est quoi le métier d'infirmier")
	c, svg := onlyChart(t, turn, store)
	trend := resultOf[tools.ProfileResult](t, turn, "occupation_profile").Trend
	if len(c.Table.Rows) != len(trend) || len(svg.Circles) != len(trend) || !strings.Contains(c.Title, "Infirmier") {
		t.Errorf("title %q, %d rows and %d dots for %d months", c.Title, len(c.Table.Rows), len(svg.Circles), len(trend))
	}
}

func TestQuestionsWithoutASeriesOrRankingGiveNoChart(t *testing.T) {
	for _, q := range []string{
		"bonjour",
		"Comment devenir infirmier ?",           // trainings
		"Quel est le taux de chômage en 2024 ?", // one figure
		"chno howa lbitala f lyon?",             // unknown place
	} {
		turn, _ := ask(t, q)
		if turn.Charts == nil || len(turn.Charts) != 0 {
			t.Errorf("%q: charts %+v, want an empty list", q, turn.Charts)
		}
	}
}

func TestEachLanguageLabelsItsChart(t *testing.T) {
	for _, c := range []struct{ q, lang, name, period string }{
		{"taux de chômage au Maroc 2015-2023", "fr", "Taux de chômage", "Période"},
		{"تطور معدل البطالة في المغرب من 2015 إلى 2023", "ar", "معدل البطالة", "الفترة"},
		{"شحال كانت البطالة ف المغرب من 2016 حتى 2024؟", "ary", "معدل البطالة", "الفترة"},
		{"chhal lbitala f lmghrib mn 2016 l 2024", "ary-Latn", "Taux de chômage", "Periode"},
		{"unemployment rate in Morocco from 2015 to 2023", "en", "Unemployment rate", "Period"},
	} {
		turn, store := ask(t, c.q)
		if turn.Lang != c.lang {
			t.Errorf("%q read as %s, want %s", c.q, turn.Lang, c.lang)
			continue
		}
		chart, svg := onlyChart(t, turn, store)
		if !strings.HasPrefix(chart.Title, c.name) || chart.Table.Columns[0] != c.period {
			t.Errorf("%s: title %q columns %v", c.lang, chart.Title, chart.Table.Columns)
		}
		if want := map[bool]string{true: "rtl", false: "ltr"}[rightToLeft(c.lang)]; svg.Direction != want {
			t.Errorf("%s: direction %q, want %s", c.lang, svg.Direction, want)
		}
	}
}

func TestSameRowsDrawTheSameBytes(t *testing.T) {
	a, storeA := ask(t, "معدل البطالة حسب الجهات")
	b, storeB := ask(t, "معدل البطالة حسب الجهات")
	if len(a.Charts) != 1 || len(b.Charts) != 1 || a.Charts[0].URL != b.Charts[0].URL {
		t.Fatalf("charts %+v and %+v, want one same URL", a.Charts, b.Charts)
	}
	name := strings.TrimPrefix(a.Charts[0].URL, URLPrefix)
	x, errA := storeA.Read(name)
	y, errB := storeB.Read(name)
	if errA != nil || errB != nil || !bytes.Equal(x, y) {
		t.Errorf("stored pictures differ (%v, %v)", errA, errB)
	}
}
