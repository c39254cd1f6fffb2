package chart

import (
	"context"
	"testing"
)

// BenchmarkDraw reads one tool result of a real turn and draws its SVG,
// as each chart of a turn costs before it is stored.
func BenchmarkDraw(b *testing.B) {
	for _, q := range []struct{ name, question string }{
		{"line_fr_9_years", "taux de chômage au Maroc 2015-2023"},
		{"bars_ar_7_regions", "معدل البطالة حسب الجهات"},
	} {
		b.Run(q.name, func(b *testing.B) {
			turn, _ := ask(b, q.question)
			r := *turn.ToolCalls[0].Result
			b.ReportAllocs()
			for b.Loop() {
				f, ok, err := figureOf(turn.Lang, r)
				if err != nil || !ok {
					b.Fatal(ok, err)
				}
				_ = f.svg()
			}
		})
	}
}

// BenchmarkCharts makes the chart of a turn whose picture is stored
// already: what a repeated question costs.
func BenchmarkCharts(b *testing.B) {
	turn, store := ask(b, "taux de chômage au Maroc 2015-2023")
	m := NewMaker(store)
	b.ReportAllocs()
	for b.Loop() {
		if cs, err := m.Charts(context.Background(), turn); err != nil || len(cs) != 1 {
			b.Fatal(cs, err)
		}
	}
}
