package forecast

import "testing"

// BenchmarkForecast1000 forecasts 1,000 monthly count series of 82 months
// (the length of the demo ad history) 12 months ahead, backtest included.
func BenchmarkForecast1000(b *testing.B) {
	series := make([]Series, 1000)
	for i := range series {
		c := synth{n: 82, level: 50 + float64(i%40), slope: 0.2, amp: 10, sd: 4, seed: uint64(i)}
		s := c.series()
		for j, v := range s.Values {
			s.Values[j] = max(0, v)
		}
		s.Counts = true
		series[i] = s
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range series {
			if _, err := Forecast(s, 12); err != nil {
				b.Fatal(err)
			}
		}
	}
}
