package forecast

import "math"

// Method names, as Result.Method and Score.Method write them.
const (
	SeasonalNaive  = "seasonal_naive"   // the value one season back: the baseline
	Naive          = "naive"            // the last value
	Drift          = "drift"            // the last value plus the mean step so far
	HoltWinters    = "holt_winters"     // additive, damped trend, fitted on one-step SSE
	HoltWintersLog = "holt_winters_log" // the same on log(1+y), for counts
)

// method forecasts horizons 1..h from history y of season m. y has at
// least 2m values (MinLength minus the backtest window).
type method struct {
	name     string
	forecast func(y []float64, m, h int) []float64
}

// methods returns the candidates for one series, the baseline first so
// that it wins ties. Holt-Winters keeps its last weights between calls to
// warm-start the next origin's fit: call methods afresh for each series.
func methods(counts bool) []method {
	var hw, hwLog hwFitter
	ms := []method{
		{SeasonalNaive, seasonalNaive},
		{Naive, naive},
		{Drift, drift},
		{HoltWinters, func(y []float64, m, h int) []float64 { return hw.fit(y, m).forecast(h) }},
	}
	if counts {
		ms = append(ms, method{HoltWintersLog, func(y []float64, m, h int) []float64 { return holtWintersLog(&hwLog, y, m, h) }})
	}
	return ms
}

func seasonalNaive(y []float64, m, h int) []float64 {
	out := make([]float64, h)
	n := len(y)
	for i := range out {
		// Horizon i+1 repeats the value of the same period in the last
		// season seen.
		out[i] = y[n-m+i%m]
	}
	return out
}

func naive(y []float64, _, h int) []float64 {
	out := make([]float64, h)
	for i := range out {
		out[i] = y[len(y)-1]
	}
	return out
}

func drift(y []float64, _, h int) []float64 {
	n := len(y)
	slope := (y[n-1] - y[0]) / float64(n-1)
	out := make([]float64, h)
	for i := range out {
		out[i] = y[n-1] + slope*float64(i+1)
	}
	return out
}

// holtWintersLog fits Holt-Winters to log(1+y) and transforms back, so a
// count's seasonal swing scales with its level and never goes below zero.
// The back-transform gives the median, not the mean: on skewed counts that
// is the better point for an absolute-error score like MASE.
func holtWintersLog(f *hwFitter, y []float64, m, h int) []float64 {
	ly := make([]float64, len(y))
	for i, v := range y {
		ly[i] = math.Log1p(math.Max(v, 0))
	}
	out := f.fit(ly, m).forecast(h)
	for i, v := range out {
		out[i] = math.Expm1(v)
	}
	return out
}
