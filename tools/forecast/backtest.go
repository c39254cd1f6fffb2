package forecast

import "math"

// Score is one method's backtest over the final season of a series.
type Score struct {
	Method string      `json:"method"`
	MASE   float64     `json:"mase"`  // over every origin and horizon
	SMAPE  float64     `json:"smape"` // percent, over every origin and horizon
	ByH    []HScore    `json:"by_horizon"`
	errs   [][]float64 // errs[h-1]: actual − forecast at horizon h, by origin
}

// HScore is a method's backtest error at one horizon.
type HScore struct {
	Horizon int     `json:"horizon"`
	N       int     `json:"n"` // origins with an actual at this horizon
	MASE    float64 `json:"mase"`
	SMAPE   float64 `json:"smape"`
}

// Backtest is every candidate's rolling-origin score on one series.
type Backtest struct {
	Window  int     `json:"window"`  // held-out final periods: one or two seasons
	Origins int     `json:"origins"` // forecast origins, one period apart
	Scale   float64 `json:"scale"`   // in-sample seasonal-naive MAE, MASE's unit
	Scores  []Score `json:"scores"`  // the candidates, seasonal naive first
}

// window is how many final periods the backtest holds out: what is left
// after two seasons of training, at least one season and at most two. A
// second season doubles the errors behind each interval and steadies MASE
// when the series is long enough to afford it.
func window(n, m int) int { return min(max(n-2*m, m), 2*m) }

// backtest scores every method: origins at n−w, …, n−1, each forecasting
// horizons 1..m as far as the data go, after refitting on what precedes it.
func backtest(y []float64, m int, counts bool) Backtest {
	n, w := len(y), window(len(y), m)
	bt := Backtest{Window: w, Origins: w, Scale: floorScale(seasonalMAE(y[:n-w], m), y[:n-w])}
	for _, meth := range methods(counts) {
		sc := Score{Method: meth.name, errs: make([][]float64, m)}
		var sumA, sumS float64
		var cnt int
		for o := n - w; o < n; o++ {
			f := meth.forecast(y[:o], m, min(m, n-o))
			for h := 1; h <= len(f); h++ {
				e := y[o+h-1] - f[h-1]
				sc.errs[h-1] = append(sc.errs[h-1], e)
				sumA += math.Abs(e)
				sumS += smape(y[o+h-1], f[h-1])
				cnt++
			}
		}
		sc.MASE, sc.SMAPE = scaled(sumA/float64(cnt), bt.Scale), sumS/float64(cnt)
		for h, es := range sc.errs {
			var a, s float64
			for i, e := range es {
				// Origin n−w+i forecast horizon h+1 for the period at o+h.
				act := y[n-w+i+h]
				a += math.Abs(e)
				s += smape(act, act-e)
			}
			k := float64(len(es))
			sc.ByH = append(sc.ByH, HScore{Horizon: h + 1, N: len(es), MASE: scaled(a/k, bt.Scale), SMAPE: s / k})
		}
		bt.Scores = append(bt.Scores, sc)
	}
	return bt
}

// seasonalMAE is the mean absolute change from one season to the next.
func seasonalMAE(y []float64, m int) float64 {
	var s float64
	for t := m; t < len(y); t++ {
		s += math.Abs(y[t] - y[t-m])
	}
	return s / float64(len(y)-m)
}

// scaled divides an error by MASE's scale.
func scaled(mae, scale float64) float64 { return mae / scale }

// floorScale keeps MASE finite where the past repeated its seasons exactly
// (all zeros, a pure season) and the seasonal-naive MAE is 0: the scale
// becomes a millionth of the series' mean absolute level (or of 1), so
// that exactness still scores 0, any error scores enormous, and the result
// stays a number JSON can carry.
func floorScale(scale float64, y []float64) float64 {
	if scale > 0 {
		return scale
	}
	var lvl float64
	for _, v := range y {
		lvl += math.Abs(v)
	}
	return 1e-6 * max(lvl/float64(len(y)), 1)
}

// smape is one term of sMAPE, in percent; two zeros agree perfectly.
func smape(actual, fc float64) float64 {
	d := math.Abs(actual) + math.Abs(fc)
	if d == 0 {
		return 0
	}
	return 200 * math.Abs(actual-fc) / d
}
